"""Sen Yoga & Thiền, Đà Nẵng: a yoga studio's site built and published with LadiPage (the Vietnamese landing-page
builder), Vietnamese. The policy page is LadiPage's absolutely positioned markup: `.ladi-section` blocks, one
`.ladi-element` per headline or paragraph (lists typed as "•" lines with <br>), tables in HTML-code elements, all
positions in `<style id="style_element">` (they shift whenever the text's length changes).

The studio republishes the page every week or so (the class schedule and the monthly offer live on every page),
so each capture is a new publish: `runtime.publish_time` and the per-publish `eventData`. Inside the declared
`#SECTION7` (the policy's section) the offer group `#GROUP41` sits under the policy: a headline with this month's
offer, a countdown (end time in the event data, "00" digits server-side) and a register button; the curator removes
it. Beside: the weekly schedule section with places left, and LadiPage's runtime version in the script URLs.
"""
import datetime as dt
import html
import json
from urllib.parse import quote

import common as C


def fmt_date(d):
    return "Cập nhật lần cuối: ngày %d tháng %d năm %d" % (d.day, d.month, d.year)


POLICY = """
# CHÍNH SÁCH BẢO MẬT THÔNG TIN

{UPDATED}

Sen Yoga & Thiền (sau đây gọi là “Sen Yoga” hoặc “chúng tôi”) tôn trọng và cam kết bảo mật thông tin cá nhân của học viên và khách hàng truy cập website senyoga.vn. Chính sách này mô tả cách chúng tôi thu thập, sử dụng, lưu trữ và bảo vệ thông tin của bạn khi bạn đăng ký tập thử, mua thẻ tập, đặt lịch lớp học hoặc liên hệ với chúng tôi qua website, Zalo và Facebook.

## 1. Mục đích và phạm vi thu thập thông tin

Chúng tôi thu thập các thông tin sau:

- Họ và tên, số điện thoại, địa chỉ email
- Ngày sinh và giới tính, để xếp lớp phù hợp
- Thông tin sức khỏe do bạn tự cung cấp khi đăng ký, ví dụ đang mang thai, chấn thương cột sống, cao huyết áp hoặc tiền sử phẫu thuật, nhằm giúp huấn luyện viên điều chỉnh bài tập an toàn
- Lịch sử tập luyện: gói thẻ tập đã mua, số buổi đã sử dụng, lớp đã đăng ký
- Thông tin thanh toán: hình thức thanh toán và mã giao dịch (chúng tôi không lưu số thẻ ngân hàng)
- Hình ảnh và video được ghi lại trong các buổi tập và sự kiện, nếu bạn đồng ý

Thông tin sức khỏe là dữ liệu cá nhân nhạy cảm. Chúng tôi chỉ ghi nhận khi bạn tự nguyện cung cấp và chỉ huấn luyện viên phụ trách lớp của bạn được xem.

## 2. Phạm vi sử dụng thông tin

Thông tin của bạn được sử dụng để:

- Liên hệ xác nhận đăng ký tập thử, xếp lớp và nhắc lịch học
- Quản lý thẻ tập, gia hạn và bảo lưu thẻ
- Điều chỉnh giáo án phù hợp với tình trạng sức khỏe của bạn
- Gửi thông báo về lịch nghỉ lễ, lớp mới, workshop và chương trình ưu đãi qua Zalo, SMS hoặc email (bạn có thể từ chối nhận bất cứ lúc nào)
- Giải quyết khiếu nại và nâng cao chất lượng dịch vụ

## 3. Thời gian lưu trữ thông tin

Thông tin cá nhân được lưu trữ cho đến khi hết thời hạn dưới đây hoặc khi bạn yêu cầu hủy bỏ, trừ trường hợp pháp luật yêu cầu lưu trữ lâu hơn:

| Loại thông tin | Thời gian lưu trữ |
| Hồ sơ học viên và lịch sử tập luyện | Trong thời gian thẻ tập còn hiệu lực và 24 tháng sau khi thẻ hết hạn |
| Thông tin sức khỏe | Đến khi bạn yêu cầu xóa hoặc khi thẻ tập hết hạn |
| Đăng ký tập thử nhưng không tham gia | 6 tháng |
| Chứng từ thanh toán, hóa đơn | 10 năm theo quy định của pháp luật về kế toán |

## 4. Những người hoặc tổ chức có thể được tiếp cận với thông tin

Chúng tôi không bán, trao đổi hay cho thuê thông tin cá nhân của bạn. Thông tin chỉ được chia sẻ với:

| Đơn vị | Mục đích |
| Huấn luyện viên và nhân viên lễ tân của Sen Yoga | Xếp lớp, điểm danh, hỗ trợ tập luyện |
| Công ty Cổ phần LadiPage Việt Nam | Lưu trữ website và dữ liệu form đăng ký |
| Công ty Cổ phần VNG (Zalo OA) | Gửi tin nhắn xác nhận và nhắc lịch |
| Meta Platforms (Facebook, Instagram) | Trả lời tin nhắn và quảng cáo |
| Công ty Cổ phần Dịch vụ Di động Trực tuyến (MoMo) | Thanh toán thẻ tập trực tuyến |

Ngoài ra, chúng tôi có thể cung cấp thông tin khi có yêu cầu hợp pháp của cơ quan nhà nước có thẩm quyền.

## 5. Địa chỉ của đơn vị thu thập và quản lý thông tin

@ HỘ KINH DOANH SEN YOGA & THIỀN
@ Địa chỉ: 45 Trần Bạch Đằng, phường Mỹ An, quận Ngũ Hành Sơn, thành phố Đà Nẵng
@ Mã số hộ kinh doanh: 32H8012345
@ Hotline/Zalo: 0905 123 456
@ Email: hello@senyoga.vn

## 6. Phương tiện và công cụ để người dùng tiếp cận và chỉnh sửa dữ liệu cá nhân

Bạn có thể yêu cầu xem, chỉnh sửa hoặc xóa thông tin cá nhân của mình bằng cách nhắn tin cho Zalo OA “Sen Yoga Đà Nẵng”, gửi email đến hello@senyoga.vn hoặc liên hệ trực tiếp tại quầy lễ tân. Chúng tôi sẽ xử lý yêu cầu trong vòng 72 giờ làm việc.

## 7. Cam kết bảo mật thông tin cá nhân

- Thông tin cá nhân của học viên được bảo mật theo chính sách này và chỉ được sử dụng cho đúng mục đích đã nêu.
- Chúng tôi không sử dụng hình ảnh học viên cho mục đích quảng cáo khi chưa có sự đồng ý.
- Trong trường hợp máy chủ lưu trữ thông tin bị tấn công dẫn đến mất dữ liệu, chúng tôi sẽ thông báo cho cơ quan chức năng và cho học viên được biết.
- Sổ điểm danh và phiếu đăng ký bằng giấy được lưu giữ trong tủ có khóa tại studio.

## 8. Cơ chế tiếp nhận và giải quyết khiếu nại

Mọi khiếu nại liên quan đến việc sử dụng thông tin cá nhân, vui lòng liên hệ hotline 0905 123 456 hoặc email hello@senyoga.vn. Chúng tôi sẽ phản hồi trong vòng 3 ngày làm việc và nỗ lực giải quyết trên tinh thần thương lương, hòa giải.

## 9. Cookie

Website sử dụng cookie và Facebook Pixel để ghi nhận lượt truy cập và hiển thị quảng cáo phù hợp với bạn trên Facebook và Instagram. Bạn có thể tắt cookie trong phần cài đặt của trình duyệt; một số chức năng như ghi nhớ thông tin form đăng ký có thể không hoạt động.
"""

EDITS = [
    {"note": "VNPAY QR payments added to the recipients table",
     "repl": [("| Công ty Cổ phần Dịch vụ Di động Trực tuyến (MoMo) | Thanh toán thẻ tập trực tuyến |",
               "| Công ty Cổ phần Dịch vụ Di động Trực tuyến (MoMo) | Thanh toán thẻ tập trực tuyến |\n"
               "| Công ty Cổ phần Giải pháp Thanh toán Việt Nam (VNPAY) | Thanh toán bằng mã QR tại quầy |")]},
    {"note": "typo fixed: 'thương lương' -> 'thương lượng' (no new date)", "bump": False,
     "repl": [("trên tinh thần thương lương,", "trên tinh thần thương lượng,")]},
    {"note": "member records kept 12 months after the card expires instead of 24",
     "repl": [("và 24 tháng sau khi thẻ hết hạn", "và 12 tháng sau khi thẻ hết hạn")]},
    {"note": "studio moved: new address",
     "repl": [("@ Địa chỉ: 45 Trần Bạch Đằng, phường Mỹ An,", "@ Địa chỉ: 112 Hồ Xuân Hương, phường Khuê Mỹ,")]},
    {"note": "Decree 13/2023/NĐ-CP: legal basis named in the intro and a section on the data subject's rights added",
     "repl": [("Chính sách này mô tả cách chúng tôi",
               "Chính sách này được xây dựng theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân và mô tả "
               "cách chúng tôi"),
              ("## 9. Cookie",
               "## 9. Quyền của chủ thể dữ liệu\n\n"
               "Theo Nghị định 13/2023/NĐ-CP, bạn có các quyền sau đối với dữ liệu cá nhân của mình:\n\n"
               "- Quyền được biết và quyền đồng ý hoặc rút lại sự đồng ý\n"
               "- Quyền truy cập, yêu cầu cung cấp và chỉnh sửa dữ liệu\n"
               "- Quyền xóa dữ liệu và hạn chế xử lý dữ liệu\n"
               "- Quyền phản đối xử lý dữ liệu nhằm mục đích quảng cáo, tiếp thị\n"
               "- Quyền khiếu nại, tố cáo, khởi kiện và yêu cầu bồi thường thiệt hại\n\n"
               "Việc rút lại sự đồng ý không ảnh hưởng đến tính hợp pháp của việc xử lý dữ liệu đã được thực "
               "hiện trước đó.\n\n"
               "## 10. Cookie")]},
    {"note": "new hotline number (both places)",
     "repl": [("@ Hotline/Zalo: 0905 123 456", "@ Hotline/Zalo: 0236 3958 688"),
              ("liên hệ hotline 0905 123 456", "liên hệ hotline 0236 3958 688")]},
]

TEACHERS = ["cô Linh", "cô Hà", "thầy Minh", "cô Trâm", "thầy Quân"]
CLASSES = ["Hatha Yoga", "Vinyasa Flow", "Yin Yoga", "Yoga bầu", "Thiền buổi tối", "Yoga trị liệu cột sống",
           "Aerial Yoga"]
THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
OFFERS = ["Giảm 30% thẻ tập 3 tháng", "Tặng 2 buổi Aerial Yoga khi mua thẻ 6 tháng",
          "Giảm 20% cho học viên đăng ký theo nhóm 2 người", "Tập thử miễn phí 1 buổi + tặng thảm tập",
          "Giảm 25% thẻ tập 12 tháng"]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    # every capture is a republish (the studio updates the weekly schedule)
    last = prev.get("publish") or int((when - dt.timedelta(days=3) - dt.datetime(1970, 1, 1)).total_seconds()
                                      * 1000)
    pub = int((when - dt.timedelta(hours=rng.randint(2, 60)) - dt.datetime(1970, 1, 1)).total_seconds() * 1000)
    st["publish"] = max(pub + rng.randint(0, 999), last + 1000)
    st["runtime"] = C.keep_or(rng, prev.get("runtime"), 0.3,
                              lambda: int((when - dt.timedelta(days=rng.randint(3, 40)) -
                                           dt.datetime(1970, 1, 1)).total_seconds()) * 1000)
    st["runtime"] = max(st["runtime"], prev.get("runtime") or 0)
    d = when.date()
    monday = d - dt.timedelta(days=d.weekday())
    st["schedule"] = [monday.isoformat()] + [[rng.choice(CLASSES), rng.choice(TEACHERS), rng.randint(0, 6)]
                                             for _ in range(7)]
    end = dt.datetime(d.year + (d.month == 12), d.month % 12 + 1, 1) - dt.timedelta(hours=7)
    st["offer"] = [(d.month + d.year) % len(OFFERS), d.month,
                   int((end - dt.datetime(1970, 1, 1)).total_seconds() * 1000)]
    return st


LABELS = {"publish": "LadiPage republish: runtime.publish_time",
          "runtime": "LadiPage runtime version in script URLs",
          "schedule": "weekly class schedule section (places left)",
          "offer": "monthly offer group with countdown inside the policy section (removed by the declaration)"}


def _t(s):
    return C.inline_html(s)


def policy_elements(blocks):
    """(html, css): a ladi-element per block, tops stacked from the text lengths."""
    els, css = [], []
    top = 40
    n = {"HEADLINE": 10, "PARAGRAPH": 10, "HTML_CODE": 3}

    def nid(kind):
        n[kind] += 1
        return "%s%d" % (kind, n[kind])

    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            eid = nid("HEADLINE")
            tag = "h1" if kind == "h1" else "h3"
            els.append('<div id="%s" class="ladi-element"><%s class="ladi-headline">%s</%s></div>'
                       % (eid, tag, _t(v), tag))
            h = 44 if kind == "h1" else 32 * (1 + len(v) // 70)
        elif kind == "table":
            eid = nid("HTML_CODE")
            head = "".join("<th>%s</th>" % _t(x) for x in v[0])
            body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % _t(x) for x in r) for r in v[1:])
            els.append('<div id="%s" class="ladi-element"><div class="ladi-html-code"><table class="sy-table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div></div>'
                       % (eid, head, body))
            h = 48 + 42 * len(v)
        else:
            eid = nid("PARAGRAPH")
            if kind == "ul":
                inner = "<br>".join("• " + _t(x) for x in v)
                length = sum(len(x) + 60 for x in v)
            elif kind == "addr":
                inner = "<br>".join(_t(x) for x in v)
                length = 100 * len(v)
            else:
                inner = _t(v)
                length = len(v)
            els.append('<div id="%s" class="ladi-element"><div class="ladi-paragraph">%s</div></div>' % (eid, inner))
            h = 24 * (1 + length // 110)
        css.append("#%s{width:900px;top:%dpx;left:30px;}" % (eid, top))
        top += h + 16
    return "".join(els), "".join(css), top


def render(state, blocks, when):
    pol, pcss, height = policy_elements(blocks)
    oi, om, oend = state["offer"]
    offer = OFFERS[oi]
    group = ('<div id="GROUP41" class="ladi-element"><div class="ladi-group">'
             '<div id="HEADLINE40" class="ladi-element"><h3 class="ladi-headline">Ưu đãi tháng %d: %s</h3></div>'
             '<div id="COUNTDOWN2" class="ladi-element"><div class="ladi-countdown">'
             '%s</div></div>'
             '<div id="BUTTON12" class="ladi-element"><div class="ladi-button"><div class="ladi-button-background">'
             '</div><div id="BUTTON_TEXT12" class="ladi-element ladi-button-headline"><p class="ladi-headline">'
             'ĐĂNG KÝ NGAY</p></div></div></div></div></div>'
             % (om, html.escape(offer), "".join(
                 '<div id="COUNTDOWN_ITEM%d" class="ladi-element"><div class="ladi-countdown-background"></div>'
                 '<div class="ladi-countdown-text"><span>00</span></div></div>' % k for k in range(1, 5))))
    monday = state["schedule"][0]
    sched = "".join('<div id="PARAGRAPH%d" class="ladi-element"><div class="ladi-paragraph"><span style="font-weight: '
                    'bold;">%s</span><br>%s – %s<br>%s</div></div>'
                    % (60 + k, THU[k], html.escape(c), html.escape(t),
                       "Còn %d chỗ" % left if left else "Hết chỗ")
                    for k, (c, t, left) in enumerate(state["schedule"][1:]))
    event_data = {"FORM2": {"type": "form", "option.form_config_id": "6093ab41c2e1f80012a7d5e3",
                            "option.form_send_ladipage": True, "option.thankyou_type": "default",
                            "option.thankyou_value": "Cảm ơn bạn! Sen Yoga sẽ liên hệ trong 24 giờ.",
                            "option.form_auto_funnel": True},
                  "COUNTDOWN2": {"type": "countdown", "option.countdown_type": "endtime",
                                 "option.countdown_endtime": oend},
                  "BUTTON12": {"type": "button", "option.data_event": [{"action": "POPUP_FORM",
                                                                        "type": "popup"}]}}
    ev = json.dumps(event_data, ensure_ascii=False, separators=(",", ":"))
    rv = state["runtime"]
    return """<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Chính sách bảo mật - Sen Yoga &amp; Thiền Đà Nẵng</title><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="Chính sách bảo mật thông tin của Sen Yoga &amp; Thiền Đà Nẵng."><meta property="og:url" content="https://senyoga.vn/chinh-sach-bao-mat"><meta property="og:title" content="Chính sách bảo mật - Sen Yoga &amp; Thiền"><meta property="og:type" content="website"><meta name="format-detection" content="telephone=no"><link rel="shortcut icon" href="https://w.ladicdn.com/s250x250/5f0c2a9be8d1f2001a3b4c5d/logo-sen-20210312081522.png"><link rel="dns-prefetch"><link rel="preconnect" href="https://fonts.googleapis.com/" crossorigin><link rel="preconnect" href="https://w.ladicdn.com/" crossorigin><link rel="preconnect" href="https://s.ladicdn.com/" crossorigin><link rel="preconnect" href="https://api.sales.ldpform.net/" crossorigin><link rel="preload" href="https://fonts.googleapis.com/css?family=Montserrat:bold,regular&display=swap" as="style" onload="this.onload = null; this.rel = 'stylesheet';"><link rel="preload" href="https://w.ladicdn.com/v2/source/ladipagev3.min.js?v=%(rv)d" as="script"><style id="style_ladi" type="text/css">a,abbr,acronym,address,applet,article,aside,audio,b,big,blockquote,body,button,canvas,caption,center,cite,code,dd,del,details,dfn,div,dl,dt,em,embed,fieldset,figcaption,figure,footer,form,h1,h2,h3,h4,h5,h6,header,hgroup,html,i,iframe,img,input,ins,kbd,label,legend,li,mark,menu,nav,object,ol,output,p,pre,q,ruby,s,samp,section,select,small,span,strike,strong,sub,summary,sup,table,tbody,td,textarea,tfoot,th,thead,time,tr,tt,u,ul,var,video{margin:0;padding:0;border:0;outline:0;font-size:100%%;font:inherit;vertical-align:baseline;box-sizing:border-box;-webkit-font-smoothing:antialiased}.ladi-wraper{width:100%%;min-height:100%%;overflow:hidden}.ladi-section{margin:0 auto;position:relative}.ladi-section .ladi-section-background{position:absolute;width:100%%;height:100%%;top:0;left:0;pointer-events:none}.ladi-container{position:relative;margin:0 auto;height:100%%}.ladi-element{position:absolute}.ladi-paragraph{margin:0 auto;word-break:break-word}.ladi-headline{margin:0 auto;word-break:break-word}.ladi-countdown{position:absolute;width:calc(100%% + 20px);margin:0 -10px;height:100%%;display:flex}</style><style id="style_page" type="text/css">@media (min-width: 768px){.ladi-section .ladi-container{width:960px;}}@media (max-width: 767px){.ladi-section .ladi-container{width:420px;}}body{font-family:"Montserrat", sans-serif}</style><style id="style_element" type="text/css">#SECTION_POPUP{height:0px;}#SECTION1{height:96px;}#IMAGE1{width:150px;height:60px;top:18px;left:0px;}#HEADLINE2{width:620px;top:36px;left:330px;}#SECTION7{height:%(sh)dpx;}#SECTION7 > .ladi-section-background{background-color:rgb(255, 251, 245);}%(pcss)s.ladi-headline{color:rgb(92, 64, 51);font-size:16px;line-height:1.6;}#GROUP41{width:900px;height:150px;top:%(gt)dpx;left:30px;}#HEADLINE40{width:900px;top:0px;left:0px;}#COUNTDOWN2{width:300px;height:50px;top:48px;left:300px;}#BUTTON12{width:220px;height:44px;top:106px;left:340px;}#SECTION8{height:320px;}.sy-table{width:100%%;border-collapse:collapse;font-size:15px}.sy-table th,.sy-table td{border:1px solid #d9c8b4;padding:8px 10px;text-align:left}.sy-table th{background:#f3ebe1}#SECTION_FOOTER{height:120px;}</style><style id="style_lazyload" type="text/css">.ladi-section-background, .ladi-image-background, .ladi-button-background, .ladi-headline, .ladi-video-background, .ladi-countdown-background, .ladi-box, .ladi-frame-background, .ladi-tabs-background, .ladi-survey-option-background, .ladi-survey-option-image, .ladi-banner, .ladi-spin-lucky-screen, .ladi-spin-lucky-start, .ladi-form-label-container .ladi-form-label-item.image, .ladi-list-paragraph ul li:before{background-image: none !important;}</style></head><body><svg xmlns="http://www.w3.org/2000/svg" style="width: 0px; height: 0px; position: absolute; overflow: hidden; display: none;"></svg><div class="ladi-wraper"><div id="SECTION_POPUP" class="ladi-section"><div class="ladi-section-background"></div><div class="ladi-container"><div id="POPUP1" class="ladi-element"><div class="ladi-popup"><div class="ladi-popup-background"></div><div id="FORM2" data-config-id="6093ab41c2e1f80012a7d5e3" class="ladi-element"><form autocomplete="off" method="post" class="ladi-form"><div id="FORM_ITEM3" class="ladi-element"><div class="ladi-form-item-container"><div class="ladi-form-item-background"></div><div class="ladi-form-item"><input autocomplete="off" tabindex="1" name="name" required class="ladi-form-control" type="text" placeholder="Họ và tên" value=""></div></div></div><div id="FORM_ITEM4" class="ladi-element"><div class="ladi-form-item-container"><div class="ladi-form-item-background"></div><div class="ladi-form-item"><input autocomplete="off" tabindex="2" name="phone" required class="ladi-form-control" type="tel" placeholder="Số điện thoại" pattern="[0-9]{9,12}" value=""></div></div></div><div id="BUTTON5" class="ladi-element"><div class="ladi-button"><div class="ladi-button-background"></div><div id="BUTTON_TEXT5" class="ladi-element ladi-button-headline"><p class="ladi-headline">GỬI ĐĂNG KÝ</p></div></div></div><button type="submit" class="ladi-hidden"></button></form></div></div></div></div></div><div id="SECTION1" class="ladi-section"><div class="ladi-section-background"></div><div class="ladi-container"><a href="https://senyoga.vn/" id="IMAGE1" class="ladi-element"><div class="ladi-image"><div class="ladi-image-background"></div></div></a><div id="HEADLINE2" class="ladi-element"><p class="ladi-headline"><a href="https://senyoga.vn/">Trang chủ</a> &nbsp; <a href="https://senyoga.vn/lop-hoc">Lớp học</a> &nbsp; <a href="https://senyoga.vn/bang-gia">Bảng giá</a> &nbsp; <a href="https://senyoga.vn/huan-luyen-vien">Huấn luyện viên</a> &nbsp; <a href="https://senyoga.vn/lien-he">Liên hệ</a></p></div></div></div><div id="SECTION7" class="ladi-section"><div class="ladi-section-background"></div><div class="ladi-container">%(pol)s%(group)s</div></div><div id="SECTION8" class="ladi-section"><div class="ladi-section-background"></div><div class="ladi-container"><div id="HEADLINE59" class="ladi-element"><h3 class="ladi-headline">LỊCH LỚP TUẦN NÀY (từ %(monday)s)</h3></div>%(sched)s</div></div><div id="SECTION_FOOTER" class="ladi-section"><div class="ladi-section-background"></div><div class="ladi-container"><div id="PARAGRAPH80" class="ladi-element"><div class="ladi-paragraph">Sen Yoga &amp; Thiền · Đà Nẵng<br><a href="https://senyoga.vn/chinh-sach-bao-mat">Chính sách bảo mật</a> · <a href="https://zalo.me/senyogadanang" target="_blank">Zalo OA</a> · <a href="https://www.facebook.com/senyogadanang" target="_blank">Facebook</a></div></div></div></div></div><div id="backdrop-popup" class="backdrop-popup"></div><div id="backdrop-dropbox" class="backdrop-dropbox"></div><div id="lightbox-screen" class="lightbox-screen"></div><script id="script_lazyload" type="text/javascript">window.lazyload_run = function(dom, is_not_style_lazyload, check_dom_rect) {};</script><!--[if lt IE 9]><script src="https://w.ladicdn.com/v2/source/html5shiv.min.js?v=%(rv)d"></script><script src="https://w.ladicdn.com/v2/source/respond.min.js?v=%(rv)d"></script><![endif]--><link href="https://fonts.googleapis.com/css?family=Montserrat:bold,regular&display=swap" rel="stylesheet" type="text/css"><script src="https://w.ladicdn.com/v2/source/ladipagev3.min.js?v=%(rv)d" type="text/javascript"></script><script id="script_event_data" type="application/json">%(ev)s</script><script id="script_ladipage_run" type="text/javascript">(function () { var run = function () { if (typeof window.LadiPageScript == "undefined" || typeof window.ladi == "undefined" || window.ladi == undefined) { setTimeout(run, 100); return; } window.LadiPageApp = window.LadiPageApp || new window.LadiPageAppV2(); window.LadiPageScript.runtime.ladipage_id = '6093a9f2c2e1f80012a7d2b1'; window.LadiPageScript.runtime.publish_platform = 'LADIPAGEDNS'; window.LadiPageScript.runtime.version = '%(rv)d'; window.LadiPageScript.runtime.cdn_url = 'https://w.ladicdn.com/v2/source/'; window.LadiPageScript.runtime.DOMAIN_SET_COOKIE = ["senyoga.vn"]; window.LadiPageScript.runtime.DOMAIN_FREE = ["preview.ldpdemo.com","ldp.page"]; window.LadiPageScript.runtime.bodyFontSize = 12; window.LadiPageScript.runtime.store_id = "5f0c2a9be8d1f2001a3b4c5d"; window.LadiPageScript.runtime.time_zone = 7; window.LadiPageScript.runtime.currency = "VND"; window.LadiPageScript.runtime.convert_replace_str = true; window.LadiPageScript.runtime.desktop_width = 960; window.LadiPageScript.runtime.mobile_width = 420; window.LadiPageScript.runtime.formdata = true; window.LadiPageScript.runtime.tracking_button_click = true; window.LadiPageScript.runtime.publish_time = %(pub)d; window.LadiPageScript.runtime.lang = "vi"; window.LadiPageScript.runtime.eventData = "%(evq)s"; window.LadiPageScript.run(true); window.LadiPageScript.runEventScroll(); }; run(); })();</script><!--[if lt IE 9]><![endif]--><script async src="https://www.googletagmanager.com/gtag/js?id=AW-10873215567"></script><script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init', '618204937715302');fbq('track', 'PageView');</script><noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=618204937715302&ev=PageView&noscript=1"/></noscript></body></html>
""" % {"rv": rv, "sh": height + 190, "pcss": pcss, "gt": height + 10, "pol": pol, "group": group,
       "monday": dt.date.fromisoformat(monday).strftime("%d/%m"), "sched": sched, "ev": ev,
       "evq": quote(ev, safe=""), "pub": state["publish"]}


PAGE = {
    "service": "Sen Yoga",
    "url": "https://senyoga.vn/chinh-sach-bao-mat",
    "lang": "vi",
    "platform": "LadiPage",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "nginx"), ("Cache-Control", "public, max-age=60"),
                      ("Access-Control-Allow-Origin", "*")],
    "n": 30,
    "start": dt.date(2021, 7, 1),
    "end": dt.date(2024, 12, 15),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2021, 6, 18),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"select": "#SECTION7", "remove": "#GROUP41"},
}
