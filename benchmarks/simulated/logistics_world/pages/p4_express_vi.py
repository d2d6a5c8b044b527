"""Last-mile express and food courier, Vietnamese, on Nuxt 2 (SSR, vue-meta, scoped CSS) with a Strapi CMS. The
title and date line come from the page template, the body from the CMS rich text (v-html). Inside the declared
article: the scoped-CSS data-v-xxxxxxxx attributes of the template elements, which change on each deploy with the
/_nuxt/ chunk hashes (sticky); the v-if placeholders. Per request: window.__NUXT__'s serverTime and the request
id. Outside: a rotating promo bar (sticky)."""
import datetime as dt
import html
import json

import common as C

URL = "https://giaonhanh.vn/chinh-sach-bao-mat"

POLICY = """# Chính sách bảo mật thông tin cá nhân

Cập nhật lần cuối: {UPDATED}

Công ty Cổ phần Giao Nhận Nhanh Việt Nam ("GiaoNhanh", "chúng tôi") hiểu rằng thông tin cá nhân của khách hàng là tài sản quan trọng. Chính sách này giải thích cách chúng tôi thu thập, sử dụng, chia sẻ và bảo vệ thông tin cá nhân của người gửi hàng, người nhận hàng, người dùng ứng dụng GiaoNhanh và các đối tác tài xế khi sử dụng dịch vụ giao hàng nhanh, giao đồ ăn và đi chợ hộ của chúng tôi.

## 1. Thông tin chúng tôi thu thập

Chúng tôi chỉ thu thập những thông tin cần thiết để cung cấp dịch vụ, bao gồm:

- Thông tin định danh: họ và tên, số điện thoại, địa chỉ email, ảnh đại diện (nếu có);
- Thông tin giao nhận: địa chỉ lấy hàng, địa chỉ giao hàng, tọa độ định vị, tên và số điện thoại người nhận, mô tả hàng hóa, giá trị tiền thu hộ (COD);
- Thông tin đơn hàng đồ ăn và đi chợ: cửa hàng đã chọn, món ăn, ghi chú cho tài xế, lịch sử đặt hàng;
- Thông tin thanh toán: phương thức thanh toán, mã giao dịch ví điện tử; chúng tôi không lưu trữ đầy đủ số thẻ ngân hàng của bạn;
- Thông tin thiết bị và truy cập: địa chỉ IP, loại thiết bị, hệ điều hành, mã định danh quảng cáo, nhật ký sử dụng ứng dụng;
- Đối với tài xế: số căn cước công dân, giấy phép lái xe, đăng ký xe, ảnh chân dung, số tài khoản ngân hàng và vị trí trong thời gian nhận đơn.

## 2. Mục đích sử dụng thông tin

Thông tin cá nhân được sử dụng cho các mục đích sau:

- Tiếp nhận, điều phối và giao đơn hàng; thông báo trạng thái đơn hàng qua SMS, Zalo hoặc thông báo đẩy;
- Tính cước phí, thu hộ và đối soát tiền COD với người bán;
- Giải quyết khiếu nại, bồi thường hàng hóa bị hư hỏng hoặc thất lạc;
- Xác minh danh tính tài xế và bảo đảm an toàn cho khách hàng trong quá trình giao nhận;
- Phòng chống gian lận, đơn hàng ảo và lạm dụng mã khuyến mãi;
- Gửi thông tin khuyến mãi, ưu đãi nếu bạn đồng ý nhận;
- Phân tích, thống kê nhằm cải thiện tuyến giao hàng và chất lượng dịch vụ.

## 3. Chia sẻ thông tin

GiaoNhanh không bán thông tin cá nhân của bạn. Chúng tôi chỉ chia sẻ thông tin trong các trường hợp sau:

| Bên nhận | Thông tin được chia sẻ | Mục đích |
| Tài xế nhận đơn | tên, số điện thoại, địa chỉ giao nhận | thực hiện giao hàng |
| Nhà hàng, cửa hàng đối tác | tên, món đã đặt, ghi chú | chuẩn bị đơn hàng |
| Người bán gửi hàng | trạng thái giao hàng, ảnh xác nhận giao | đối soát đơn hàng |
| Ví điện tử MoMo, ZaloPay | mã đơn hàng, số tiền | xử lý thanh toán |
| Amazon Web Services | toàn bộ dữ liệu hệ thống | lưu trữ máy chủ tại Singapore |

Chúng tôi cũng có thể cung cấp thông tin cho cơ quan nhà nước có thẩm quyền khi có yêu cầu theo quy định của pháp luật.

## 4. Thời gian lưu trữ

Thông tin đơn hàng được lưu trữ trong thời gian 24 tháng kể từ ngày hoàn tất đơn hàng để phục vụ việc đối soát và giải quyết khiếu nại. Dữ liệu vị trí của tài xế được lưu trong 6 tháng. Hóa đơn và chứng từ kế toán được lưu trữ theo thời hạn của Luật Kế toán. Khi bạn xóa tài khoản, chúng tôi sẽ xóa hoặc ẩn danh hóa thông tin cá nhân trong vòng 30 ngày, trừ những thông tin chúng tôi có nghĩa vụ phải lưu giữ theo pháp luật.

## 5. Bảo mật thông tin

Chúng tôi áp dụng các biện pháp kỹ thuật và tổ chức phù hợp để bảo vệ thông tin của bạn, bao gồm mã hóa dữ liệu khi truyền tải, phân quyền truy cập theo vai trò, và che số điện thoại của người nhận trên ứng dụng tài xế. Tài xế chỉ có thể gọi cho khách hàng qua tổng đài trung gian trong thời gian đơn hàng đang được thực hiện.

Không có phương thức truyền tải nào trên Internet là an toàn tuyệt đối. Nếu phát hiện sự cố rò rỉ dữ liệu, chúng tôi sẽ thông báo cho bạn và cơ quan có thẩm quyền theo quy định.

## 6. Quyền của bạn

Bạn có quyền:

- Được biết về hoạt động xử lý dữ liệu cá nhân của mình;
- Truy cập, chỉnh sửa thông tin cá nhân trong mục "Tài khoản" của ứng dụng;
- Rút lại sự đồng ý nhận thông tin quảng cáo bất kỳ lúc nào;
- Yêu cầu xóa tài khoản và dữ liệu cá nhân;
- Khiếu nại, tố cáo hoặc khởi kiện theo quy định của pháp luật.

Để thực hiện các quyền trên, vui lòng gửi yêu cầu qua email baomat@giaonhanh.vn. Chúng tôi sẽ phản hồi trong vòng 15 ngày làm việc.

## 7. Cookie và công nghệ theo dõi

Trang web của chúng tôi sử dụng cookie để ghi nhớ đăng nhập, ngôn ngữ và phân tích lưu lượng truy cập thông qua Google Analytics và Facebook Pixel. Bạn có thể tắt cookie trong phần cài đặt trình duyệt, tuy nhiên một số tính năng như theo dõi đơn hàng có thể không hoạt động đầy đủ.

## 8. Trẻ em

Dịch vụ của GiaoNhanh không dành cho người dưới 16 tuổi. Chúng tôi không cố ý thu thập thông tin của trẻ em. Nếu phát hiện đã thu thập thông tin của trẻ em mà không có sự đồng ý của cha mẹ hoặc người giám hộ, chúng tôi sẽ xóa thông tin đó.

## 9. Liên hệ

Mọi thắc mắc về chính sách này, vui lòng liên hệ:

@ Công ty Cổ phần Giao Nhận Nhanh Việt Nam
@ Tầng 8, Tòa nhà Viettel, 285 Cách Mạng Tháng Tám, Phường 12, Quận 10, TP. Hồ Chí Minh
@ Hotline: 1900 6868
@ Email: baomat@giaonhanh.vn
"""


def fmt_date(d):
    return "ngày %02d tháng %02d năm %d" % (d.day, d.month, d.year)


EDITS = [
    {"note": "processor row added (Google Maps Platform)",
     "repl": [("| Amazon Web Services | toàn bộ dữ liệu hệ thống | lưu trữ máy chủ tại Singapore |",
               "| Amazon Web Services | toàn bộ dữ liệu hệ thống | lưu trữ máy chủ tại Singapore |\n"
               "| Google Maps Platform | địa chỉ, tọa độ | tìm đường và ước tính thời gian giao |")]},
    {"note": "Decree 13/2023/ND-CP reference added to the rights section",
     "repl": [("Bạn có quyền:\n", "Theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, bạn có quyền:\n")]},
    {"note": "driver location retention changed from 6 to 12 months",
     "repl": [("Dữ liệu vị trí của tài xế được lưu trong 6 tháng.",
               "Dữ liệu vị trí của tài xế được lưu trong 12 tháng.")]},
    {"note": "word inserted: app name GiaoNhanh in the rights list (no date bump)", "bump": False,
     "repl": [("trong mục \"Tài khoản\" của ứng dụng;", "trong mục \"Tài khoản\" của ứng dụng GiaoNhanh;")]},
    {"note": "office moved (address and hotline changed)",
     "repl": [("@ Tầng 8, Tòa nhà Viettel, 285 Cách Mạng Tháng Tám, Phường 12, Quận 10, TP. Hồ Chí Minh\n@ Hotline: 1900 6868",
               "@ Tầng 15, Tòa nhà Saigon Centre, 67 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh\n"
               "@ Hotline: 1900 6869")]},
]

PROMOS = [
    "Freeship 0đ cho đơn đi chợ từ 99K – nhập mã CHOTOT",
    "Giảm 30K phí giao đồ ăn cho đơn đầu tiên trên ứng dụng",
    "Giao hàng nội thành 2 giờ chỉ từ 15.000đ",
    "Thứ 4 vui vẻ: giảm 50% phí ship trà sữa",
    "Tải app GiaoNhanh – nhận ngay combo ưu đãi 100K",
]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "build": C.keep_or(rng, prev.get("build"), 0.2,
                           lambda: {"v": [C.hexs(rng, 8) for _ in range(4)], "chunks": [C.hexs(rng, 7) for _ in range(5)]}),
        "servertime": C.epoch(when) * 1000 + rng.randint(0, 999),
        "promo": C.keep_or(rng, prev.get("promo"), 0.4, lambda: rng.randrange(len(PROMOS))),
    }


LABELS = {"build": "Nuxt deploy (chunk hashes, scoped data-v ids)", "servertime": "__NUXT__ serverTime",
          "promo": "rotating promo bar"}


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace("{{%s}}" % k, str(v))
    return tpl


TPL = """<!doctype html>
<html lang="vi" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22vi%22%7D%7D">
  <head >
    <title>Chính sách bảo mật | GiaoNhanh - Giao hàng nhanh, giao đồ ăn, đi chợ hộ</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="Chính sách bảo mật thông tin cá nhân của GiaoNhanh."><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="Chính sách bảo mật | GiaoNhanh"><meta data-n-head="ssr" data-hid="og:image" property="og:image" content="https://cdn.giaonhanh.vn/uploads/og_default_2b7c1e.png"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" rel="canonical" href="https://giaonhanh.vn/chinh-sach-bao-mat"><script data-n-head="ssr" data-hid="gtm-script">if(!window._gtm_init){window._gtm_init=1;(function(w,n,d,m,e,p){w[d]=(w[d]==1||n[d]=='yes'||n[d]==1||n[m]==1||(w[e]&&w[e][p]&&w[e][p]()))?1:0})(window,navigator,'doNotTrack','msDoNotTrack','external','msTrackingProtectionEnabled');(function(w,d,s,l,x,y){w[x]={};w._gtm_inject=function(i){if(w.doNotTrack||w[x][i])return;w[x][i]=1;w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','_gtm_ids','_gtm_inject')};["GTM-5XKQ9RM"].forEach(function(i){window._gtm_inject(i)})</script><link rel="preload" href="/_nuxt/{{c0}}.js" as="script"><link rel="preload" href="/_nuxt/{{c1}}.js" as="script"><link rel="preload" href="/_nuxt/{{c2}}.js" as="script"><link rel="preload" href="/_nuxt/{{c3}}.js" as="script"><link rel="preload" href="/_nuxt/{{c4}}.js" as="script"><style data-vue-ssr-id="{{v0}}:0 {{v1}}:0 {{v2}}:0 {{v3}}:0">.promo-bar[data-v-{{v0}}]{background:#ff5a1f;color:#fff;font-size:14px;text-align:center;padding:8px 16px}.site-header[data-v-{{v1}}]{position:sticky;top:0;z-index:50;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.08)}.site-header__nav a[data-v-{{v1}}]{color:#222;font-weight:600;margin:0 12px}.policy-page[data-v-{{v2}}]{max-width:860px;margin:0 auto;padding:40px 16px 80px}.policy-page__title[data-v-{{v2}}]{font-size:32px;line-height:1.25;margin-bottom:8px}.policy-page__updated[data-v-{{v2}}]{color:#6b7280;font-size:14px;margin-bottom:32px}.policy-page__body[data-v-{{v2}}] table{width:100%;border-collapse:collapse}.policy-page__body[data-v-{{v2}}] td,.policy-page__body[data-v-{{v2}}] th{border:1px solid #e5e7eb;padding:8px}.site-footer[data-v-{{v3}}]{background:#111827;color:#d1d5db;padding:48px 0}</style>
  </head>
  <body >
    <noscript data-n-head="ssr" data-hid="gtm-noscript" data-pbody="true"><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5XKQ9RM&" height="0" width="0" style="display:none;visibility:hidden" title="gtm"></iframe></noscript><div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div class="app"><div class="promo-bar" data-v-{{v0}}><a href="/khuyen-mai" data-v-{{v0}}>{{promo}}</a></div> <header class="site-header" data-v-{{v1}}><div class="container site-header__inner" data-v-{{v1}}><a href="/" class="site-header__logo nuxt-link-active" data-v-{{v1}}><img src="/logo.svg" alt="GiaoNhanh" width="148" height="36" data-v-{{v1}}></a> <nav class="site-header__nav" data-v-{{v1}}><a href="/giao-hang" data-v-{{v1}}>Giao hàng</a><a href="/do-an" data-v-{{v1}}>Đồ ăn</a><a href="/di-cho" data-v-{{v1}}>Đi chợ</a><a href="/doanh-nghiep" data-v-{{v1}}>Doanh nghiệp</a><a href="/tai-xe" data-v-{{v1}}>Trở thành tài xế</a></nav> <a href="/tra-cuu-don-hang" class="btn btn--primary" data-v-{{v1}}>Tra cứu đơn hàng</a></div></header> <main class="main"><section class="policy-page" data-v-{{v2}}><article class="policy-page__article" data-v-{{v2}}><h1 class="policy-page__title" data-v-{{v2}}>{{title}}</h1> <p class="policy-page__updated" data-v-{{v2}}>{{updated}}</p> <!----> <div class="policy-page__body" data-v-{{v2}}>{{body}}</div> <!----></article></section></main> <footer class="site-footer" data-v-{{v3}}><div class="container" data-v-{{v3}}><div class="site-footer__cols" data-v-{{v3}}><div data-v-{{v3}}><p class="site-footer__brand" data-v-{{v3}}>GiaoNhanh</p> <p data-v-{{v3}}>Công ty Cổ phần Giao Nhận Nhanh Việt Nam. Giấy chứng nhận đăng ký doanh nghiệp số 0314567890 do Sở Kế hoạch và Đầu tư TP. Hồ Chí Minh cấp.</p></div> <ul data-v-{{v3}}><li data-v-{{v3}}><a href="/dieu-khoan-su-dung" data-v-{{v3}}>Điều khoản sử dụng</a></li><li data-v-{{v3}}><a href="/chinh-sach-bao-mat" aria-current="page" class="nuxt-link-exact-active nuxt-link-active" data-v-{{v3}}>Chính sách bảo mật</a></li><li data-v-{{v3}}><a href="/quy-che-hoat-dong" data-v-{{v3}}>Quy chế hoạt động</a></li></ul> <div data-v-{{v3}}><a href="http://online.gov.vn/Home/WebDetails/98765" target="_blank" rel="noopener" data-v-{{v3}}><img src="/images/bo-cong-thuong.png" alt="Đã thông báo Bộ Công Thương" width="140" data-v-{{v3}}></a></div></div> <p class="site-footer__copy" data-v-{{v3}}>© {{year}} GiaoNhanh. All rights reserved.</p></div></footer></div></div></div><script>window.__NUXT__=(function(a,b,c,d){return {layout:"default",data:[{page:{id:7,slug:"chinh-sach-bao-mat",title:{{jtitle}},updatedText:{{jupdated}},content:{{jbody}},seo:{metaTitle:"Chính sách bảo mật | GiaoNhanh",metaDescription:a}}}],fetch:{},error:b,state:{app:{serverTime:{{servertime}},promoIndex:{{promoidx}},city:"hcm"},auth:{user:b,loggedIn:c}},serverRendered:d,routePath:"\\u002Fchinh-sach-bao-mat",config:{apiUrl:"https:\\u002F\\u002Fcms.giaonhanh.vn",_app:{basePath:"\\u002F",assetsPath:"\\u002F_nuxt\\u002F",cdnURL:b}}}}("Chính sách bảo mật thông tin cá nhân của GiaoNhanh.",null,false,true));</script><script src="/_nuxt/{{c0}}.js" defer></script><script src="/_nuxt/{{c1}}.js" defer></script><script src="/_nuxt/{{c2}}.js" defer></script><script src="/_nuxt/{{c3}}.js" defer></script><script src="/_nuxt/{{c4}}.js" defer></script>
  </body>
</html>
"""


def js(s):
    return json.dumps(s, ensure_ascii=False).replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")


def render(s, blocks, when):
    title = blocks[0][1]
    updated = blocks[1][1]
    body = C.blocks_html(blocks[2:], sep="")
    b = s["build"]
    kw = {"v%d" % k: b["v"][k] for k in range(4)}
    kw.update({"c%d" % k: b["chunks"][k] for k in range(5)})
    return fill(TPL, title=html.escape(title, quote=False), updated=html.escape(updated, quote=False), body=body,
                jtitle=js(title), jupdated=js(updated), jbody=js(body), servertime=s["servertime"],
                promo=html.escape(PROMOS[s["promo"]], quote=False), promoidx=s["promo"], year=when.year, **kw)


PAGE = {
    "service": "GiaoNhanh",
    "url": URL,
    "lang": "vi",
    "platform": "Nuxt 2 SSR + Strapi",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx/1.20.1"), ("Vary", "Accept-Encoding"), ("X-Powered-By", "Express"),
                      ("Cache-Control", "no-cache")),
    "n": 31,
    "start": dt.date(2022, 3, 1),
    "end": dt.date(2025, 2, 28),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".policy-page__article"},
}
