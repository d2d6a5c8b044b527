"""XeGo (ride-hailing) - vi-VN - Angular Universal (server-side rendered Angular app).

The policy comes from the CMS as HTML bound with [innerHTML] into <app-legal-document> (one section component per
heading); the component also renders a table of contents and, after the third section, an <app-download-banner>
card whose Firebase dynamic link carries a per-visit click id. Each deploy renumbers the _ngcontent-scNN /
_nghost-scNN attributes; Angular 12 -> 14 -> 16 (ng-server-context, _ngcontent-ng-cNNNNNNNNNN, ng-state instead of
serverApp-state with &q; escaping) -> 17 (hydration: ngh attributes, CSP nonce). Transfer state repeats the policy
and carries the session, city and surge figures."""
import datetime as dt
import html
import json
import random
import common as C

URL = "https://www.xego.vn/chinh-sach-bao-mat"


def fmt_date(d):
    return "ngày %d tháng %d năm %d" % (d.day, d.month, d.year)


POLICY = """
# Chính sách bảo mật

Cập nhật lần cuối: {UPDATED}

Công ty Cổ phần Công nghệ XeGo ("XeGo", "chúng tôi") tôn trọng quyền riêng tư của người dùng ứng dụng XeGo, bao gồm hành khách, tài xế đối tác và người dùng dịch vụ giao hàng. Chính sách này giải thích cách chúng tôi thu thập, sử dụng và bảo vệ dữ liệu cá nhân của bạn.

## 1. Dữ liệu chúng tôi thu thập

- Thông tin tài khoản: họ tên, số điện thoại, địa chỉ email, ảnh đại diện.
- Dữ liệu vị trí: vị trí đón, điểm đến và lộ trình chuyến đi, được thu thập khi ứng dụng đang mở.
- Thông tin thanh toán: phương thức thanh toán, lịch sử giao dịch.
- Đối với tài xế đối tác: giấy phép lái xe, căn cước công dân, thông tin phương tiện và lý lịch tư pháp.

## 2. Mục đích sử dụng

Chúng tôi sử dụng dữ liệu để kết nối hành khách với tài xế, tính cước phí, xử lý thanh toán, hỗ trợ khách hàng, phòng chống gian lận và nâng cao an toàn cho mỗi chuyến đi.

## 3. Chia sẻ dữ liệu

Chúng tôi chỉ chia sẻ dữ liệu cá nhân với các bên sau:

| Bên nhận | Mục đích | Quốc gia |
| Tài xế đối tác | Thực hiện chuyến đi (tên, ảnh và vị trí đón của hành khách) | Việt Nam |
| Công ty Cổ phần Thanh toán Quốc gia Việt Nam (NAPAS) | Xử lý thanh toán thẻ | Việt Nam |
| Amazon Web Services Singapore Pte. Ltd. | Lưu trữ dữ liệu | Singapore |

## 4. Lưu trữ dữ liệu

Dữ liệu hành trình được lưu trữ trong 5 năm kể từ ngày hoàn thành chuyến đi. Khi bạn xóa tài khoản, thông tin tài khoản sẽ bị xóa trong vòng 30 ngày, trừ trường hợp pháp luật yêu cầu lưu giữ lâu hơn.

## 5. Quyền của bạn

Bạn có quyền truy cập, chỉnh sửa, yêu cầu xóa dữ liệu cá nhân và rút lại sự đồng ý bất cứ lúc nào trong mục Cài đặt > Quyền riêng tư của ứng dụng.

## 6. Liên hệ

@ Bộ phận Bảo vệ dữ liệu cá nhân, Công ty Cổ phần Công nghệ XeGo
@ Tầng 12, Tòa nhà Bitexco, 2 Hải Triều, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh
@ Hotline: 1900 6868
@ Email: [privacy@xego.vn](mailto:privacy@xego.vn)
"""

EDITS = [
    {"note": "sharing table: new row for the MoMo e-wallet (payment processor added)",
     "repl": [("| Amazon Web Services Singapore Pte. Ltd. | Lưu trữ dữ liệu | Singapore |",
               "| Công ty Cổ phần Dịch vụ Di động Trực tuyến (MoMo) | Thanh toán qua ví điện tử | Việt Nam |\n"
               "| Amazon Web Services Singapore Pte. Ltd. | Lưu trữ dữ liệu | Singapore |")]},
    {"note": "location bullet reworded: driver partners' location also collected in the background during shifts",
     "repl": [("được thu thập khi ứng dụng đang mở.",
               "được thu thập khi ứng dụng đang mở và, đối với tài xế đối tác, cả khi ứng dụng chạy nền trong ca làm việc.")]},
    {"note": "new section 6 on Decree 13/2023/ND-CP (consent, impact assessment, cross-border transfer); contact becomes 7",
     "repl": [("## 6. Liên hệ",
               "## 6. Tuân thủ Nghị định 13/2023/NĐ-CP\n\nXeGo xử lý dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân. Chúng tôi đã lập hồ sơ đánh giá tác động xử lý dữ liệu cá nhân và hồ sơ đánh giá tác động chuyển dữ liệu cá nhân ra nước ngoài, và gửi Bộ Công an theo quy định.\n\n## 7. Liên hệ")]},
    {"note": "retention of trip data 5 -> 3 years",
     "repl": [("được lưu trữ trong 5 năm kể từ", "được lưu trữ trong 3 năm kể từ")]},
    {"note": "contact hotline changed 1900 6868 -> 1900 2323 (date not bumped)", "bump": False,
     "repl": [("@ Hotline: 1900 6868", "@ Hotline: 1900 2323")]},
]

CITIES = [("hcm", "TP. Hồ Chí Minh", "Quận 1", "Sân bay Tân Sơn Nhất"), ("hn", "Hà Nội", "Hoàn Kiếm", "Sân bay Nội Bài"),
          ("dn", "Đà Nẵng", "Hải Châu", "Sân bay Đà Nẵng")]
PROMOS = [("XEGO50", "Giảm 50% tối đa 30.000đ cho chuyến XeGo Bike đầu tiên"),
          ("DIMUA20", "Giảm 20% khi thanh toán bằng thẻ Napas"),
          ("SANBAY", "Đồng giá 99.000đ chuyến đi sân bay"),
          ("TET2024", "Lì xì 100.000đ cho 3 chuyến đi dịp Tết")]
VERSIONS = [(dt.datetime(2000, 1, 1), "12.2.16"), (dt.datetime(2022, 6, 20), "14.2.12"),
            (dt.datetime(2023, 9, 5), "16.2.12"), (dt.datetime(2024, 6, 18), "17.3.11")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = (C.uuid4(rng), C.b64tok(rng, 16), C.hexs(rng, 24))
    s["city"] = rng.choice([0, 0, 0, 1, 1, 2])
    s["live"] = (rng.randint(300, 2600), rng.choice([1.0, 1.0, 1.2, 1.3, 1.5, 1.8]), rng.randint(2, 9))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.5, lambda: rng.randrange(len(PROMOS)))
    ver = [v for d, v in VERSIONS if when >= d][-1]
    s["build"] = C.keep_or(rng, prev.get("build") if prev.get("build", (ver,))[0] == ver else None, 0.4,
                           lambda: (ver, C.hexs(rng, 16), rng.randint(10, 120), C.hexs(rng, 16)))
    return s


LABELS = {
    "tokens": "per-visit tokens (session id in transfer state, CSP nonce, dynamic-link click id in the app banner)",
    "city": "city picked from the crawler's IP (header, fare widget)",
    "live": "live figures: active drivers, surge multiplier, ETA",
    "promo": "promo-code bar rotated",
    "build": "deploy: bundle hashes, renumbered _ngcontent/_nghost ids, Angular upgrades (12/14/16/17)",
}


def render(s, blocks, when):
    sid, nonce, cid = s["tokens"]
    ver, mainh, base, polyh = s["build"]
    major = int(ver.split(".")[0])
    rng = random.Random(mainh)
    if major < 16:
        ids = {k: "sc%d" % (base + n * rng.randint(1, 9)) for n, k in enumerate(["root", "header", "page", "doc", "banner", "footer"])}
    else:
        ids = {k: "ng-c%d" % rng.randint(10 ** 9, 4 * 10 ** 9) for k in ["root", "header", "page", "doc", "banner", "footer"]}
    ids["root"] = "sc0" if major < 16 else "ng-c0"

    def c(k):  # attributes of an element in component k's template
        return '_ngcontent-%s=""' % ids[k]

    def host(k, n=None):
        h = '_nghost-%s=""' % ids[k]
        if major >= 17 and n is not None:
            h += ' ngh="%d"' % n
        return h

    city = CITIES[s["city"]]
    drivers, surge, eta = s["live"]
    code, ptext = PROMOS[s["promo"]]
    head, secs = C.split_sections(blocks)
    h1, lead = head[0], head[1:]
    toc = "".join('<li %s><a %s href="/chinh-sach-bao-mat#muc-%d">%s</a></li>' % (c("doc"), c("doc"), n, C.inline_html(t))
                  for n, (t, _) in enumerate(secs, 1))
    parts = []
    for n, (t, bl) in enumerate(secs, 1):
        parts.append('<section %s class="legal-section" id="muc-%d"><h2 %s class="legal-section__title">%s</h2>'
                     '<div %s class="legal-section__body">%s</div></section>' % (c("doc"), n, c("doc"), C.inline_html(t), c("doc"), C.blocks_html(bl, sep="")))
        if n == 3:
            link = "https://xego.page.link/?link=https%%3A%%2F%%2Fxego.vn%%2Fapp&amp;apn=vn.xego.passenger&amp;isi=1523456789&amp;ibi=vn.xego.passenger&amp;utm_source=web&amp;utm_medium=legal&amp;cid=%s" % cid
            parts.append('<app-download-banner %s %s><div %s class="app-banner"><img %s src="https://api.xego.vn/qr?data=%s" alt="QR">'
                         '<div %s class="app-banner__text"><p %s class="app-banner__title">Tải ứng dụng XeGo</p><p %s>Đặt xe nhanh hơn, nhận ưu đãi %s</p></div>'
                         '<a %s class="app-banner__cta" href="%s">Tải ngay</a></div></app-download-banner>'
                         % (c("doc"), host("banner", 4), c("banner"), c("banner"), cid, c("banner"), c("banner"), c("banner"), code, c("banner"), link))
    doc = ('<app-legal-document %s %s><article %s class="legal">'
           '<header %s class="legal__header">%s<div %s class="legal__intro">%s</div></header>'
           '<nav %s class="legal-toc"><p %s class="legal-toc__title">Mục lục</p><ul %s>%s</ul></nav>%s</article></app-legal-document>'
           % (c("page"), host("doc", 3), c("doc"), c("doc"), C.block_html(h1), c("doc"), C.blocks_html(lead, sep=""),
              c("doc"), c("doc"), c("doc"), toc, "".join(parts)))
    header = ('<app-header %s %s><div %s class="promo-bar"><span %s>Nhập mã <b %s>%s</b>: %s</span></div>'
              '<nav %s class="topnav"><a %s class="logo" href="/"><img %s src="/assets/img/logo-xego.svg" alt="XeGo"></a>'
              '<a %s href="/di-chuyen">Di chuyển</a><a %s href="/giao-hang">Giao hàng</a><a %s href="/tai-xe">Trở thành tài xế</a>'
              '<button %s class="city-picker">%s</button><button %s class="lang">VI</button></nav></app-header>'
              % (c("root"), host("header", 0), c("header"), c("header"), c("header"), code, ptext, c("header"), c("header"), c("header"),
                 c("header"), c("header"), c("header"), c("header"), city[1], c("header")))
    fare = ('<aside %s class="fare-widget"><p %s class="fare-widget__live">%s tài xế đang hoạt động tại %s</p>'
            '<p %s>Ước tính: %s → %s <strong %s>%s</strong></p><p %s class="fare-widget__eta">Tài xế gần nhất: %d phút</p>%s</aside>'
            % (c("page"), c("page"), "{:,}".format(drivers).replace(",", "."), city[1], c("page"), city[2], city[3], c("page"),
               "{:,}đ".format(int(round(98000 * surge, -3))).replace(",", "."), c("page"), eta,
               ('<p %s class="fare-widget__surge">Giờ cao điểm x%.1f</p>' % (c("page"), surge)) if surge > 1 else ""))
    page = ('<main %s><app-legal-page %s %s><div %s class="legal-wrapper">%s%s</div></app-legal-page></main>'
            % (c("root"), c("root"), host("page", 2), c("page"), doc, fare))
    footer = ('<app-footer %s %s><footer %s class="footer"><p %s>© %d Công ty Cổ phần Công nghệ XeGo. GCNĐKDN số 0316789012.</p>'
              '<a %s href="/dieu-khoan-su-dung">Điều khoản sử dụng</a><a %s href="/chinh-sach-bao-mat">Chính sách bảo mật</a></footer></app-footer>'
              % (c("root"), host("footer", 5), c("footer"), c("footer"), when.year, c("footer"), c("footer")))
    state_key = "legal.vi.chinh-sach-bao-mat"
    cms_html = C.blocks_html(blocks, sep="")
    state = {state_key: {"title": h1[1], "html": cms_html}, "session": {"id": sid, "city": city[0]},
             "live": {"drivers": drivers, "surge": surge}}
    if major < 16:
        st = json.dumps(state, ensure_ascii=False)
        for a, b in (("&", "&a;"), ('"', "&q;"), ("'", "&s;"), ("<", "&l;"), (">", "&g;")):
            st = st.replace(a, b)
        state_script = '<script id="serverApp-state" type="application/json">%s</script>' % st
        root_attrs = 'ng-version="%s"' % ver
        style = '<style ng-transition="serverApp">.legal-section[_ngcontent-%s]{margin-bottom:2rem}</style>' % ids["doc"]
    else:
        st = json.dumps(state, ensure_ascii=False).replace("<", "\\u003C")
        nattr = ' nonce="%s"' % nonce if major >= 17 else ""
        state_script = '<script id="ng-state" type="application/json"%s>%s</script>' % (nattr, st)
        root_attrs = 'ng-version="%s" ng-server-context="ssr"%s' % (ver, ' ngCspNonce="%s"' % nonce if major >= 17 else "")
        style = '<style ng-app-id="ng"%s>.legal-section[_ngcontent-%s]{margin-bottom:2rem}</style>' % (nattr, ids["doc"])
    return ('<!DOCTYPE html><html lang="vi"><head>\n<meta charset="utf-8">\n<title>Chính sách bảo mật | XeGo</title>\n'
            '<base href="/">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="stylesheet" href="styles.%s.css">%s</head>\n'
            '<body><app-root _nghost-%s="" %s>%s%s%s</app-root>\n'
            '<script src="runtime.%s.js" type="module"></script><script src="polyfills.%s.js" type="module"></script>'
            '<script src="main.%s.js" type="module"></script>\n%s\n</body></html>\n'
            % (polyh, style, ids["root"], root_attrs, header, page, footer, mainh[:16], polyh, mainh, state_script))


PAGE = {
    "service": "XeGo", "url": URL, "lang": "vi-VN", "platform": "Angular Universal",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "Express"), ("Vary", "Accept-Encoding")),
    "n": 30, "start": dt.date(2021, 6, 1), "end": dt.date(2026, 8, 15), "hours": (1, 5, 9, 13, 17),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 22), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["app-legal-document"], "remove": [".legal-toc", "app-download-banner"]},
}
