"""Vietnamese hair-salon chain's booking site on Nuxt 2 (SSR, `nuxt start`) with Strapi as CMS: the policy is a
Strapi "page" entry whose Markdown body (rendered by markdown-it into `v-html`) follows the page component's title.

Per visit: the top bar's live "Hôm nay đã có N khách đặt lịch" counter and the open-salon count (a `fetch()`
component, `data-fetch-key="TopBar:0"`), the same numbers again in `window.__NUXT__`'s fetch state, and at each
deploy new `/_nuxt/` chunk hashes and, for the components whose source changed, new `data-v-*` scope ids.
Inside the declared `article.policy`: the month's booking banner (a link around an `<img>`, no text of its own,
new campaign, image hash and UTM tags every month), and the page component's `data-v-*` attributes on the
article, title and body; the curator leaves them (nothing in them is text).
"""
import datetime as dt
import hashlib
import html
import json

import common as C

URL = "https://tocxinh.vn/chinh-sach-bao-mat"

POLICY = """
# Chính sách bảo mật thông tin khách hàng

Cập nhật lần cuối: {UPDATED}

Công ty TNHH Tóc Xinh Việt Nam (sau đây gọi là "Tóc Xinh" hoặc "chúng tôi") vận hành chuỗi salon tóc Tóc Xinh, website tocxinh.vn và ứng dụng đặt lịch Tóc Xinh. Chúng tôi tôn trọng và cam kết bảo vệ dữ liệu cá nhân của khách hàng theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân và các quy định pháp luật có liên quan. Chính sách này giải thích chúng tôi thu thập những dữ liệu nào, sử dụng vào mục đích gì và quyền của bạn đối với dữ liệu đó.

## 1. Dữ liệu cá nhân chúng tôi thu thập

- Họ tên, số điện thoại, ngày sinh và giới tính khi bạn đặt lịch hoặc đăng ký thành viên.
- Lịch sử sử dụng dịch vụ: salon đã đến, stylist phục vụ, dịch vụ đã dùng, sản phẩm đã mua và đánh giá của bạn.
- Ảnh kiểu tóc trước và sau khi làm tóc, nếu bạn đồng ý cho chúng tôi chụp.
- Thông tin thanh toán như phương thức thanh toán và mã giao dịch; chúng tôi không lưu số thẻ ngân hàng đầy đủ.
- Dữ liệu kỹ thuật: địa chỉ IP, loại thiết bị, hệ điều hành, mã định danh quảng cáo và cookie.

## 2. Mục đích sử dụng dữ liệu

- Xác nhận, nhắc lịch và thay đổi lịch hẹn qua SMS, Zalo hoặc cuộc gọi.
- Ghi nhớ kiểu tóc, màu nhuộm và thói quen của bạn để stylist tư vấn phù hợp hơn ở lần sau.
- Tích điểm, xét hạng thành viên và gửi ưu đãi sinh nhật.
- Gửi thông tin khuyến mãi khi bạn đồng ý nhận.
- Chăm sóc khách hàng, giải quyết khiếu nai và nâng cao chất lượng dịch vụ.
- Thực hiện nghĩa vụ theo quy định của pháp luật, bao gồm nghĩa vụ về hóa đơn điện tử và thuế.

## 3. Chia sẻ dữ liệu với bên thứ ba

Tóc Xinh không bán dữ liệu cá nhân của bạn. Chúng tôi chỉ chia sẻ dữ liệu với các đối tác xử lý dữ liệu thay mặt chúng tôi, trong phạm vi cần thiết:

| Đối tác | Mục đích |
| Công ty Cổ phần VNG (Zalo) | Gửi tin nhắn xác nhận và nhắc lịch qua Zalo ZNS |
| Công ty Cổ phần Giải pháp Thanh toán Việt Nam (VNPAY) | Xử lý thanh toán trực tuyến |
| Công ty Cổ phần Dịch vụ Di động Trực tuyến (MoMo) | Xử lý thanh toán qua ví điện tử |
| Amazon Web Services | Lưu trữ dữ liệu của hệ thống đặt lịch |
| Google, Meta | Phân tích truy cập và quảng cáo |

Các đối tác này phải tuân thủ hợp đồng xử lý dữ liệu và chỉ được sử dụng dữ liệu theo chỉ dẫn của chúng tôi. Chúng tôi có thể cung cấp dữ liệu cho cơ quan nhà nước có thẩm quyền khi có yêu cầu theo quy định của pháp luật.

Khi bạn đặt lịch qua nền tảng của đối tác như Zalo Mini App hoặc Google Maps, việc xử lý dữ liệu trên các nền tảng đó còn chịu sự điều chỉnh của chính sách bảo mật của đối tác.

## 4. Thời gian lưu trữ

Dữ liệu tài khoản thành viên được lưu trữ trong suốt thời gian bạn sử dụng dịch vụ và tối đa 24 tháng kể từ lần sử dụng dịch vụ cuối cùng. Ảnh kiểu tóc được lưu trữ tối đa 12 tháng. Chứng từ kế toán được lưu trữ theo thời hạn do pháp luật về kế toán quy định. Khi hết thời hạn lưu trữ, dữ liệu sẽ được xóa hoặc ẩn danh hóa để không thể xác định được bạn.

## 5. Quyền của khách hàng

Theo Nghị định 13/2023/NĐ-CP, bạn có các quyền sau:

- Quyền được biết và quyền đồng ý hoặc rút lại sự đồng ý.
- Quyền truy cập, chỉnh sửa và yêu cầu cung cấp dữ liệu cá nhân.
- Quyền xóa dữ liệu và quyền hạn chế xử lý dữ liệu.
- Quyền phản đối việc xử lý dữ liệu cho mục đích quảng cáo, tiếp thị.
- Quyền khiếu nại, tố cáo và yêu cầu bồi thường thiệt hại theo quy định của pháp luật.

Bạn có thể thực hiện các quyền này trong mục "Tài khoản" của ứng dụng hoặc bằng cách liên hệ với chúng tôi theo thông tin tại mục 7. Chúng tôi sẽ phản hồi trong vòng 72 giờ kể từ khi nhận được yêu cầu.

## 6. Bảo mật dữ liệu

Chúng tôi áp dụng các biện pháp kỹ thuật và tổ chức phù hợp như mã hóa kết nối, phân quyền truy cập theo vai trò và ghi nhật ký truy cập để bảo vệ dữ liệu của bạn. Nhân viên salon chỉ xem được thông tin cần thiết cho lịch hẹn của bạn. Trong trường hợp xảy ra sự cố rò rỉ dữ liệu, chúng tôi sẽ thông báo cho Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an trong vòng 72 giờ theo quy định.

Website và ứng dụng sử dụng cookie và các công nghệ tương tự để ghi nhớ phiên đăng nhập, lưu salon bạn thường chọn và đo lường hiệu quả quảng cáo. Bạn có thể xóa hoặc chặn cookie trong phần cài đặt của trình duyệt; khi đó một số chức năng như đặt lịch nhanh có thể không hoạt động đầy đủ.

## 7. Thông tin liên hệ

@ Công ty TNHH Tóc Xinh Việt Nam
@ Địa chỉ: 25 Nguyễn Thị Minh Khai, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh
@ Hotline: 1900 6868 (8:00 - 21:00 tất cả các ngày trong tuần)
@ Email: hotro@tocxinh.vn
"""

CHILDREN = """## 7. Dữ liệu cá nhân của trẻ em

Dịch vụ cắt tóc cho trẻ em dưới 16 tuổi chỉ được đặt lịch bởi cha, mẹ hoặc người giám hộ. Chúng tôi chỉ xử lý dữ liệu cá nhân của trẻ em khi có sự đồng ý của trẻ (đối với trẻ từ đủ 7 tuổi trở lên) và của cha, mẹ hoặc người giám hộ, và không sử dụng hình ảnh của trẻ em cho mục đích quảng cáo.

## 8. Thông tin liên hệ"""

EDITS = [
    {"note": "processor row added: MISA (e-invoices)",
     "repl": [("| Amazon Web Services | Lưu trữ dữ liệu của hệ thống đặt lịch |",
               "| Amazon Web Services | Lưu trữ dữ liệu của hệ thống đặt lịch |\n| Công ty Cổ phần MISA | Xuất hóa đơn điện tử |")]},
    {"note": "diacritic typo fixed: khiếu nai -> khiếu nại (no new date)", "bump": False,
     "repl": [("giải quyết khiếu nai", "giải quyết khiếu nại")]},
    {"note": "hairstyle photo retention shortened from 12 to 6 months",
     "repl": [("Ảnh kiểu tóc được lưu trữ tối đa 12 tháng.", "Ảnh kiểu tóc được lưu trữ tối đa 6 tháng.")]},
    {"note": "call recordings added to the data collected (new list item)",
     "repl": [("- Dữ liệu kỹ thuật: địa chỉ IP,",
               "- Ghi âm cuộc gọi khi bạn liên hệ tổng đài, nhằm kiểm soát chất lượng dịch vụ.\n- Dữ liệu kỹ thuật: địa chỉ IP,")]},
    {"note": "new section 7 on children's data; contact renumbered 8 and the cross-reference updated",
     "repl": [("## 7. Thông tin liên hệ", CHILDREN), ("theo thông tin tại mục 7.", "theo thông tin tại mục 8.")]},
    {"note": "address rewritten after the 2025 administrative reform (Phường Sài Gòn, no district)",
     "repl": [("Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", "Phường Sài Gòn, TP. Hồ Chí Minh")]},
]


def fmt_date(d):
    return "ngày %d tháng %d năm %d" % (d.day, d.month, d.year)


CAMPAIGNS = ["tet-ruc-ro", "combo-cat-goi", "uon-phong-cach", "nhuom-thoi-trang", "he-mat-lanh", "tuu-truong",
             "khach-moi-giam-30", "cao-mat-thu-gian", "sinh-nhat-vang", "black-friday", "noel-sang-trong", "tet-duong-lich"]
COMPONENTS = ["layout", "topbar", "header", "policy", "banner", "footer"]


def h7(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:7]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    deploy = C.keep_or(rng, p.get("deploy"), 0.16, lambda: C.hexs(rng, 8))
    st["deploy"] = deploy
    if p.get("deploy") == deploy:
        st["scopes"] = p["scopes"]
    else:
        old = p.get("scopes") or {}
        st["scopes"] = {c: (C.hexs(rng, 8) if c not in old or rng.random() < 0.35 else old[c]) for c in COMPONENTS}
    local = when + dt.timedelta(hours=7)
    open_min = max(0, (local.hour - 8) * 60 + local.minute)
    st["booked"] = int(open_min * rng.uniform(2.2, 3.6)) + rng.randint(180, 420)  # overnight app bookings
    st["open"] = rng.randint(96, 118) if 8 <= local.hour < 21 else 0
    st["campaign"] = CAMPAIGNS[local.month - 1] + "-%d" % local.year
    return st


LABELS = {"deploy": "/_nuxt/ chunk hashes (deploy)", "scopes": "data-v-* scope ids (components changed at a deploy)",
          "booked": "'khách đặt lịch hôm nay' live counter (top bar and __NUXT__)", "open": "open-salon count",
          "campaign": "monthly booking banner inside article.policy (img src, UTM)"}


def esc(s):
    return html.escape(s, quote=False)


def md_html(blocks):
    """markdown-it output of the Strapi body: one block per line."""
    out = []
    for kind, v in blocks:
        if kind == "table":
            head = "".join("<th>%s</th>" % C.inline_html(x) for x in v[0])
            rows = "\n".join("<tr>\n%s\n</tr>" % "\n".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
            out.append("<table>\n<thead>\n<tr>\n%s\n</tr>\n</thead>\n<tbody>\n%s\n</tbody>\n</table>" % (head, rows))
        elif kind == "ul":
            out.append("<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % C.inline_html(x) for x in v))
        elif kind == "addr":
            out.append("<p>%s</p>" % "<br>\n".join(C.inline_html(x) for x in v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out) + "\n"


def devalue_str(s):
    return json.dumps(s, ensure_ascii=False).replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")


def render(st, blocks, when):
    sc = st["scopes"]
    dv = {c: "data-v-" + sc[c] for c in COMPONENTS}
    d = st["deploy"]
    chunks = {n: h7(d, n) for n in ("runtime", "commons/app", "vendors/app", "app", "pages/_slug")}
    title = blocks[0][1]
    body_blocks = blocks[1:]
    body = md_html(body_blocks)
    local = when + dt.timedelta(hours=7)
    camp = st["campaign"]
    img = "/_nuxt/img/banner-%s.%s.webp" % (camp.rsplit("-", 1)[0], h7("img", camp))
    booked = "{:,}".format(st["booked"]).replace(",", ".")
    preload = "".join('<link rel="preload" href="/_nuxt/%s.js" as="script">' % chunks[n]
                      for n in ("runtime", "commons/app", "vendors/app", "app", "pages/_slug"))
    scripts = "".join('<script src="/_nuxt/%s.js" defer></script>' % chunks[n]
                      for n in ("runtime", "commons/app", "vendors/app", "app", "pages/_slug"))
    nav = [("Dịch vụ", "/dich-vu"), ("Bảng giá", "/bang-gia"), ("Hệ thống salon", "/he-thong-salon"),
           ("Kiểu tóc đẹp", "/kieu-toc"), ("Tuyển dụng", "/tuyen-dung")]
    navhtml = "".join('<li %s><a href="%s" class="header__link" %s>%s</a></li>' % (dv["header"], u, dv["header"], esc(t))
                      for t, u in nav)
    nuxt_state = ('<script>window.__NUXT__=(function(a,b,c,d){return {layout:"default",data:[{page:{id:7,slug:"chinh-sach-bao-mat",'
                  'title:%s,content:%s,publishedAt:b,locale:"vi"}}],fetch:{"TopBar:0":{bookedToday:%d,openSalons:%d,loading:c}},'
                  'error:a,state:{auth:{user:a,loggedIn:c},booking:{salonId:a,serviceIds:[],step:1},i18n:{locale:"vi"}},'
                  'serverRendered:d,routePath:"\\u002Fchinh-sach-bao-mat",config:{_app:{basePath:"\\u002F",assetsPath:"\\u002F_nuxt\\u002F",cdnURL:a},'
                  'apiBase:"https:\\u002F\\u002Fapi.tocxinh.vn",bookingUrl:"https:\\u002F\\u002Ftocxinh.vn\\u002Fdat-lich"}}}'
                  '(null,"%s",false,true));</script>'
                  % (devalue_str(title), devalue_str(body), st["booked"], st["open"],
                     (when - dt.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%S.000Z")))
    return """<!doctype html>
<html data-n-head-ssr lang="vi" data-n-head="%%7B%%22lang%%22:%%7B%%22ssr%%22:%%22vi%%22%%7D%%7D">
  <head >
    <title>Chính sách bảo mật - Tóc Xinh | Chuỗi salon tóc nam nữ</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="Chính sách bảo mật thông tin khách hàng của chuỗi salon Tóc Xinh."><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="Chính sách bảo mật - Tóc Xinh"><meta data-n-head="ssr" data-hid="og:image" property="og:image" content="https://tocxinh.vn/og-image.jpg"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" rel="canonical" href="https://tocxinh.vn/chinh-sach-bao-mat"><script data-n-head="ssr" data-hid="gtm-script">if(!window._gtm_init){window._gtm_init=1;(function(w,n,d,m,e,p){w[d]=(w[d]==1||n[d]=='yes'||n[d]==1||n[m]==1||(w[e]&&w[e][p]&&w[e][p]()))?1:0})(window,navigator,'doNotTrack','msDoNotTrack','external','msTrackingProtectionEnabled');(function(w,d,s,l,x,y){w[x]={};w._gtm_inject=function(i){if(w.doNotTrack||w[x][i])return;w[x][i]=1;w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','_gtm_ids','_gtm_inject')};["GTM-K8Z3QPN"].forEach(function(i){window._gtm_inject(i)})</script>%(preload)s<style data-vue-ssr-id="%(s1)s:0 %(s2)s:0">.topbar[%(dvt)s]{background:#111;color:#f5c518;font-size:13px}.policy[%(dvp)s]{max-width:860px;margin:0 auto;padding:32px 16px}.policy__title[%(dvp)s]{font-size:28px;font-weight:700}.policy__content[%(dvp)s] table{width:100%%;border-collapse:collapse}.policy__banner[%(dvp)s]{display:block;margin:32px 0;border-radius:12px;overflow:hidden}</style>
  </head>
  <body >
    <noscript data-n-head="ssr" data-hid="gtm-noscript" data-pbody="true"><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K8Z3QPN&" height="0" width="0" style="display:none;visibility:hidden" title="gtm"></iframe></noscript><div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div class="layout-default" %(dvl)s><div data-fetch-key="TopBar:0" class="topbar" %(dvt)s %(dvl)s><div class="container" %(dvt)s><span class="topbar__stat" %(dvt)s>Hôm nay đã có <b %(dvt)s>%(booked)s</b> khách đặt lịch</span> <span class="topbar__stat" %(dvt)s>%(open)d salon đang mở cửa</span> <a href="tel:19006868" class="topbar__hotline" %(dvt)s>Hotline 1900 6868</a></div></div> <header class="header" %(dvh)s %(dvl)s><div class="container header__inner" %(dvh)s><a href="/" class="header__logo nuxt-link-active" %(dvh)s><img src="/logo.svg" alt="Tóc Xinh" width="132" height="40" %(dvh)s></a> <nav class="header__nav" %(dvh)s><ul %(dvh)s>%(nav)s</ul></nav> <a href="/dat-lich" class="btn btn--primary header__cta" %(dvh)s>Đặt lịch ngay</a></div></header> <main class="main" %(dvl)s><article class="policy" %(dvp)s><h1 class="policy__title" %(dvp)s>%(title)s</h1> <div class="policy__content" %(dvp)s>%(body)s</div> <a href="/dat-lich?utm_source=website&amp;utm_medium=policy_banner&amp;utm_campaign=%(camp)s" class="policy__banner" %(dvb)s %(dvp)s><img src="%(img)s" alt="Đặt lịch cắt tóc tại Tóc Xinh" width="860" height="240" loading="lazy" %(dvb)s></a></article></main> <footer class="footer" %(dvf)s %(dvl)s><div class="container" %(dvf)s><div class="footer__col" %(dvf)s><p class="footer__company" %(dvf)s>Công ty TNHH Tóc Xinh Việt Nam</p> <p %(dvf)s>MST: 0316789012 do Sở KH&amp;ĐT TP. Hồ Chí Minh cấp</p></div> <ul class="footer__links" %(dvf)s><li %(dvf)s><a href="/dieu-khoan-su-dung" %(dvf)s>Điều khoản sử dụng</a></li> <li %(dvf)s><a href="/chinh-sach-bao-mat" aria-current="page" class="nuxt-link-exact-active nuxt-link-active" %(dvf)s>Chính sách bảo mật</a></li> <li %(dvf)s><a href="/chinh-sach-dat-lich" %(dvf)s>Chính sách đặt lịch và hủy lịch</a></li></ul> <a href="http://online.gov.vn/Home/WebDetails/104512" target="_blank" rel="noopener" class="footer__bct" %(dvf)s><img src="/images/bct-da-thong-bao.png" alt="Đã thông báo Bộ Công Thương" width="140" %(dvf)s></a></div></footer></div></div></div>%(state)s%(scripts)s
  </body>
</html>
""" % {"preload": preload, "s1": h7("css1", sc["topbar"]), "s2": h7("css2", sc["policy"]), "dvt": dv["topbar"],
       "dvp": dv["policy"], "dvl": dv["layout"], "dvh": dv["header"], "dvf": dv["footer"], "dvb": dv["banner"],
       "booked": booked, "open": st["open"], "nav": navhtml, "title": esc(title), "body": body, "camp": camp,
       "img": img, "state": nuxt_state, "scripts": scripts}


PAGE = {
    "service": "Toc Xinh",
    "url": URL,
    "lang": "vi",
    "platform": "Nuxt 2.17 SSR + Strapi 4 (markdown-it body in v-html)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("X-Powered-By", "Nuxt"), ("Vary", "Accept-Encoding"),
                      ("Cache-Control", "no-cache")),
    "n": 30,
    "start": dt.date(2023, 3, 1),
    "end": dt.date(2025, 12, 28),
    "hours": (1, 5, 9),
    "policy": POLICY,
    "first_updated": dt.date(2023, 2, 14),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.policy"},
}
