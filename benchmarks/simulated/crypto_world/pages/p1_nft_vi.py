"""SenMarket: the NFT marketplace of a Vietnamese web3 game studio, an Angular Universal (SSR, Express) app whose
legal pages come from Strapi "blocks" rich text rendered element by element by an Angular component (so every
policy element carries the component's `_ngcontent-*` attribute, renamed by every Angular release and, from
Angular 16, by every redeploy that touches the component's styles). Live RON price / 24h volume / floor-price
ticker in the header and in the `ng-state` transfer-state JSON, a rotating mint-event banner, Cloudflare's
per-request challenge-platform snippet, Angular 15 -> 16 -> 17 -> 18 upgrades over the years."""
import datetime as dt
import html
import json
import math
import re

import common as C

URL = "https://market.sengame.vn/vi/chinh-sach-bao-mat"

POLICY = """
# Chính sách quyền riêng tư

Cập nhật lần cuối: {UPDATED}

Chính sách này giải thích cách SenMarket, chợ giao dịch vật phẩm số (NFT) chính thức của trò chơi Kỳ Lân Đại Chiến, thu thập, sử dụng, chia sẻ và bảo vệ dữ liệu cá nhân của bạn khi bạn truy cập market.sengame.vn, sử dụng ứng dụng SenMarket trên điện thoại hoặc kết nối ví tiền mã hóa với nền tảng của chúng tôi.

SenMarket do **Sen Labs Pte. Ltd.** (Singapore) vận hành, với sự hỗ trợ của **Công ty TNHH Sen Game Việt Nam** đối với hoạt động chăm sóc khách hàng tại Việt Nam (gọi chung là "Sen Labs" hoặc "chúng tôi"). Chúng tôi là bên kiểm soát dữ liệu cá nhân theo Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân và các quy định pháp luật có liên quan.

## 1. Phạm vi áp dụng

Chính sách này áp dụng cho mọi người dùng SenMarket, bao gồm người mua, người bán, người tham gia sự kiện mint và khách truy cập không đăng nhập. Chính sách không áp dụng cho các ví tiền mã hóa của bên thứ ba (như Ronin Wallet hay MetaMask), các sàn giao dịch hoặc dịch vụ nạp tiền pháp định mà bạn tự lựa chọn; các dịch vụ đó có chính sách quyền riêng tư riêng.

## 2. Dữ liệu chúng tôi thu thập

Tùy theo cách bạn sử dụng SenMarket, chúng tôi có thể xử lý các loại dữ liệu sau:

- **Dữ liệu ví:** địa chỉ ví công khai bạn dùng để đăng nhập, chữ ký xác thực và lịch sử giao dịch gắn với địa chỉ đó.
- **Dữ liệu tài khoản:** tên hiển thị, ảnh đại diện, địa chỉ email (nếu bạn đăng ký nhận thông báo) và mã giới thiệu.
- **Dữ liệu giao dịch:** lệnh niêm yết, trả giá, mua bán, đấu giá, phí giao dich và phí bản quyền của nhà sáng tạo.
- **Dữ liệu hỗ trợ:** nội dung yêu cầu hỗ trợ, ảnh chụp màn hình và thư từ trao đổi với đội ngũ chăm sóc khách hàng.
- **Dữ liệu kỹ thuật:** địa chỉ IP, loại trình duyệt, hệ điều hành, mã nhận dạng thiết bị, ngôn ngữ, múi giờ và nhật ký truy cập.
- **Dữ liệu định danh (KYC):** chỉ khi bạn tham gia giải đấu có thưởng hoặc rút thưởng vượt hạn mức, chúng tôi mới yêu cầu họ tên, ngày sinh, số căn cước công dân hoặc hộ chiếu và ảnh chân dung để xác minh danh tính.

Chúng tôi không bao giờ thu thập khóa riêng tư (private key) hay cụm từ khôi phục (seed phrase) của bạn. Bất kỳ ai yêu cầu các thông tin này nhân danh SenMarket đều là kẻ lừa đảo; hãy báo ngay cho chúng tôi qua kênh hỗ trợ chính thức.

## 3. Dữ liệu trên chuỗi khối

Mọi giao dịch NFT trên SenMarket đều được ghi lên chuỗi khối công khai. Địa chỉ ví, số lượng token, thời điểm và mã băm giao dịch vì vậy có thể được bất kỳ ai xem qua các trình khám phá khối. Do đặc tính bất biến của chuỗi khối, chúng tôi không thể sửa hay xóa dữ liệu đã được ghi lên đó, kể cả khi bạn yêu cầu xóa tài khoản SenMarket.

## 4. Mục đích và cơ sở xử lý

| Mục đích | Dữ liệu sử dụng | Cơ sở xử lý |
| Cung cấp chợ giao dịch, hiển thị tài sản và thực hiện lệnh | Dữ liệu ví, dữ liệu giao dịch | Thực hiện hợp đồng với bạn |
| Gửi thông báo về lệnh, trả giá và sự kiện | Email, dữ liệu tài khoản | Sự đồng ý của bạn |
| Phát hiện gian lận, giao dịch rửa (wash trading) và tài khoản giả mạo | Dữ liệu ví, dữ liệu kỹ thuật | Lợi ích hợp pháp và nghĩa vụ pháp lý |
| Xác minh danh tính khi trả thưởng | Dữ liệu định danh | Nghĩa vụ pháp lý về phòng, chống rửa tiền |
| Phân tích và cải thiện sản phẩm | Dữ liệu kỹ thuật đã được giả danh hóa | Sự đồng ý đối với cookie phân tích |

## 5. Chia sẻ dữ liệu

Chúng tôi không bán dữ liệu cá nhân của bạn. Chúng tôi chỉ chia sẻ dữ liệu với các bên xử lý được liệt kê dưới đây, theo hợp đồng có điều khoản bảo vệ dữ liệu, hoặc với cơ quan nhà nước có thẩm quyền khi pháp luật yêu cầu.

| Bên nhận | Dịch vụ | Vị trí |
| Amazon Web Services | Lưu trữ máy chủ và cơ sở dữ liệu | Singapore |
| Cloudflare | Phân phối nội dung, chống tấn công DDoS | Hoa Kỳ |
| Sumsub | Xác minh danh tính (KYC) | Vương quốc Anh |
| Zendesk | Hệ thống hỗ trợ khách hàng | Hoa Kỳ |
| Google Analytics | Thống kê truy cập | Hoa Kỳ |

Khi bạn mua NFT bằng thẻ ngân hàng, việc thanh toán do đối tác nạp tiền pháp định xử lý trực tiếp; chúng tôi chỉ nhận được trạng thái giao dịch và địa chỉ ví nhận.

## 6. Chuyển dữ liệu ra nước ngoài

Vì máy chủ và một số đối tác của chúng tôi đặt ngoài Việt Nam, dữ liệu cá nhân của bạn sẽ được chuyển ra nước ngoài. Chúng tôi lập và lưu giữ hồ sơ đánh giá tác động chuyển dữ liệu cá nhân ra nước ngoài theo Điều 25 Nghị định 13/2023/NĐ-CP và áp dụng các biện pháp bảo vệ tương đương với tiêu chuẩn tại Việt Nam.

## 7. Thời gian lưu trữ

- Dữ liệu tài khoản: trong suốt thời gian bạn sử dụng dịch vụ và 24 tháng sau lần đăng nhập cuối cùng.
- Dữ liệu định danh (KYC): 5 năm kể từ ngày kết thúc quan hệ, theo quy định về phòng, chống rửa tiền.
- Nhật ký truy cập: 12 tháng.
- Thư từ hỗ trợ: 3 năm kể từ khi yêu cầu được đóng.

## 8. Quyền của bạn

Theo quy định pháp luật, bạn có các quyền sau đối với dữ liệu cá nhân của mình:

- Quyền được biết và quyền truy cập dữ liệu.
- Quyền đồng ý và rút lại sự đồng ý.
- Quyền chỉnh sửa dữ liệu không chính xác.
- Quyền xóa dữ liệu, trừ dữ liệu trên chuỗi khối và dữ liệu chúng tôi phải lưu giữ theo luật.
- Quyền hạn chế xử lý và phản đối xử lý.
- Quyền khiếu nại, tố cáo và yêu cầu bồi thường thiệt hại.

Để thực hiện các quyền trên, vui lòng gửi yêu cầu qua biểu mẫu trong mục Trợ giúp hoặc email tới [privacy@sengame.vn](mailto:privacy@sengame.vn). Chúng tôi sẽ phản hồi trong vòng 72 giờ và xử lý yêu cầu trong thời hạn luật định.

## 9. Người chưa thành niên

SenMarket chỉ dành cho người từ đủ 18 tuổi trở lên. Chúng tôi không cố ý thu thập dữ liệu của trẻ em. Nếu phát hiện tài khoản của người chưa thành niên, chúng tôi sẽ khóa tài khoản và xóa dữ liệu liên quan.

## 10. Bảo mật

Chúng tôi mã hóa dữ liệu khi truyền và khi lưu trữ, giới hạn quyền truy cập nội bộ theo nguyên tắc cần biết và kiểm tra bảo mật hợp đồng thông minh định kỳ với đơn vị kiểm toán độc lập. Tuy nhiên, không hệ thống nào an toàn tuyệt đối; bạn cần tự bảo quản thiết bị và ví của mình.

## 11. Cookie

Chúng tôi dùng cookie thiết yếu để duy trì phiên kết nối ví và cookie phân tích khi bạn đồng ý. Bạn có thể thay đổi lựa chọn bất cứ lúc nào qua liên kết "Cài đặt cookie" ở cuối trang.

## 12. Liên hệ

@ Sen Labs Pte. Ltd.
@ 8 Marina View, #40-01 Asia Square Tower 1, Singapore 018960

@ Công ty TNHH Sen Game Việt Nam
@ Tầng 12, Tòa nhà Saigon Centre, 67 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh
@ Hotline: 028 7300 1868
@ Email: privacy@sengame.vn
"""

EDITS = [
    {"note": "processor added to the sharing table: Sentry (application error monitoring, USA)",
     "repl": [("| Zendesk | Hệ thống hỗ trợ khách hàng | Hoa Kỳ |",
               "| Zendesk | Hệ thống hỗ trợ khách hàng | Hoa Kỳ |\n| Sentry | Giám sát lỗi ứng dụng | Hoa Kỳ |")]},
    {"note": "typo fixed: 'giao dich' -> 'giao dịch' (missing diacritic), date not bumped",
     "repl": [("phí giao dich và", "phí giao dịch và")], "bump": False},
    {"note": "retention of access logs shortened from 12 to 6 months",
     "repl": [("- Nhật ký truy cập: 12 tháng.", "- Nhật ký truy cập: 6 tháng.")]},
    {"note": "sentence added to rights section: direct contact of the data protection unit (dpo@)",
     "repl": [("xử lý yêu cầu trong thời hạn luật định.",
               "xử lý yêu cầu trong thời hạn luật định. Bạn cũng có thể liên hệ trực tiếp với bộ phận bảo vệ dữ liệu "
               "cá nhân của chúng tôi qua email [dpo@sengame.vn](mailto:dpo@sengame.vn).")]},
    {"note": "Vietnam office moved (new building and floor) and hotline number changed",
     "repl": [("@ Tầng 12, Tòa nhà Saigon Centre, 67 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
               "@ Tầng 9, Tòa nhà Friendship Tower, 31 Lê Duẩn, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh"),
              ("@ Hotline: 028 7300 1868", "@ Hotline: 028 7109 6868")]},
]

# ---------------------------------------------------------------- noise

ANGULAR = [  # (valid from, version)
    (dt.date(2000, 1, 1), "15.2.9"),
    (dt.date(2023, 9, 12), "16.2.4"),
    (dt.date(2024, 4, 22), "17.3.5"),
    (dt.date(2025, 1, 20), "18.2.13"),
]

PROMOS = [
    ("Sự kiện mint <b>Kỳ Lân Lửa</b> mở cho danh sách trắng", "/vi/mint/ky-lan-lua", "Xem chi tiết"),
    ("Mùa giải 7: nhận gấp đôi điểm thưởng khi giao dịch trang bị huyền thoại", "/vi/su-kien/mua-7", "Tham gia"),
    ("Phí nền tảng chỉ còn 1,5% đến hết tháng này", "/vi/tin-tuc/giam-phi", "Tìm hiểu"),
    ("Bộ sưu tập <b>Rồng Đá Hạ Long</b> đã lên sàn thứ cấp", "/vi/bo-suu-tap/rong-da", "Khám phá"),
    ("Cảnh báo: SenMarket không bao giờ nhắn tin yêu cầu cụm từ khôi phục", "/vi/tro-giup/an-toan", "Đọc thêm"),
]


def ngver(when):
    v = ANGULAR[0][1]
    for d, ver in ANGULAR:
        if when.date() >= d:
            v = ver
    return v


def noise(rng, when, i, prev):
    prev = prev or {}
    ver = ngver(when)
    build = C.keep_or(rng, prev.get("build") if prev.get("angular") == ver else None, 0.3,
                      lambda: {"main": C.hexs(rng, 16), "polyfills": C.hexs(rng, 16), "runtime": C.hexs(rng, 16),
                               "styles": C.hexs(rng, 16), "chunks": [C.hexs(rng, 16) for _ in range(3)]})
    days = (when - dt.datetime(2023, 1, 1)).days
    ron = max(0.35, 1.6 + 0.9 * math.sin(days / 140.0) + 0.4 * math.sin(days / 37.0)) * (1 + rng.gauss(0, 0.03))
    ticker = {
        "ron": round(ron, 3),
        "ron_chg": round(rng.gauss(0, 3.2), 2),
        "vol24h": int(abs(rng.gauss(160000, 60000)) + 5000),
        "floor": round(max(0.004, 0.03 + 0.015 * math.sin(days / 90.0) + rng.gauss(0, 0.004)), 4),
        "listed": 9000 + days * 4 + rng.randint(-300, 300),
        "owners": 41000 + days * 19 + rng.randint(0, 120),
    }
    promo = C.keep_or(rng, prev.get("promo"), 0.35, lambda: rng.randrange(len(PROMOS)))
    cf = {"r": C.hexs(rng, 16), "t": C.b64tok(rng, 12)}
    return {"angular": ver, "build": build, "ticker": ticker, "promo": promo, "cf": cf}


LABELS = {
    "angular": "Angular upgrade (ng-version, _ngcontent attribute naming, transfer-state script id)",
    "build": "redeploy: runtime/polyfills/main/styles hashes and component style ids (_ngcontent-ng-c*)",
    "ticker": "RON price, 24h volume, Kỳ Lân floor, listed items in header ticker and ng-state JSON",
    "promo": "rotating mint/event banner at the top",
    "cf": "Cloudflare challenge-platform snippet (__CF$cv$params r/t per request)",
}

# ---------------------------------------------------------------- render


def _vn(x, nd=0):
    s = ("{:,.%df}" % nd).format(x)
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _ids(s):
    """Component id attributes as this Angular build emits them."""
    old = s["angular"].startswith("15")
    names = ["app", "banner", "header", "ticker", "legal", "rich", "footer"]
    out = {}
    for k, n in enumerate(names):
        if old:
            cid = "serverApp-c%d" % (31 + k * 7)
        else:
            cid = "ng-c%d" % (int(C.det_sha(s["build"]["styles"], n)[:8], 16) % 9000000000 + 1000000000)
        out[n] = cid
    return out


def _c(ids, n):
    return '_ngcontent-%s=""' % ids[n]


def _h(ids, n):
    return '_nghost-%s=""' % ids[n]


def _rich(blocks, attr):
    parts = []
    for b in blocks:
        h = C.block_html(b)
        h = re.sub(r"<([a-z][a-z0-9]*)(?=[\s>])", lambda m: "<%s %s" % (m.group(1), attr), h)
        parts.append(h + "<!---->")
    return "".join(parts)


def render(s, blocks, when):
    ids = _ids(s)
    b = s["build"]
    t = s["ticker"]
    old = s["angular"].startswith("15")
    v17 = not old and not s["angular"].startswith("16")
    ngh = (lambda k: ' ngh="%d"' % k) if v17 else (lambda k: "")
    cc = lambda n: _c(ids, n)
    promo_text, promo_href, promo_cta = PROMOS[s["promo"]]
    arrow = "▲" if t["ron_chg"] >= 0 else "▼"
    chg_cls = "up" if t["ron_chg"] >= 0 else "down"
    state = {"market-stats": {"ron_usd": t["ron"], "ron_change_24h": t["ron_chg"], "volume_24h_ron": t["vol24h"],
                              "collections": [{"slug": "ky-lan", "floor_weth": t["floor"], "listed": t["listed"],
                                               "owners": t["owners"]}]},
             "legal-page:chinh-sach-bao-mat": {"slug": "chinh-sach-bao-mat", "locale": "vi", "strapiId": 14}}
    if old:
        sj = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
        sj = sj.replace("&", "&a;").replace('"', "&q;").replace("'", "&s;").replace("<", "&l;").replace(">", "&g;")
        state_script = '<script id="serverApp-state" type="application/json">%s</script>' % sj
        style_tag = '<style ng-transition="serverApp">'
    else:
        if v17:
            state["__nghData__"] = [{"t": {"2": "t0"}, "c": {"2": []}}, {}]
        state_script = '<script id="ng-state" type="application/json">%s</script>' % json.dumps(
            state, ensure_ascii=False, separators=(",", ":"))
        style_tag = '<style ng-app-id="ng">'
    chunks = "".join('<link rel="modulepreload" href="chunk-%s.js">' % h.upper()[:8] for h in b["chunks"]) if v17 else ""
    root_attrs = 'ng-version="%s"' % s["angular"] + ("" if old else ' ng-server-context="ssr"')
    nav = [("/vi/kham-pha", "Khám phá"), ("/vi/bo-suu-tap", "Bộ sưu tập"), ("/vi/xep-hang", "Xếp hạng"),
           ("/vi/hoat-dong", "Hoạt động"), ("https://help.sengame.vn/hc/vi", "Trợ giúp")]
    nav_html = "".join('<a %s class="header__link" routerlinkactive="active" href="%s">%s</a>' % (cc("header"), h, l)
                       for h, l in nav)
    legal_nav = [("/vi/dieu-khoan-dich-vu", "Điều khoản dịch vụ", False), ("/vi/chinh-sach-bao-mat", "Chính sách quyền riêng tư", True),
                 ("/vi/chinh-sach-cookie", "Chính sách cookie", False), ("/vi/quy-tac-cong-dong", "Quy tắc cộng đồng", False)]
    legal_nav_html = "".join('<a %s class="legal-page__tab%s" href="%s">%s</a>' % (
        cc("legal"), " legal-page__tab--active" if a else "", h, l) for h, l, a in legal_nav)
    year = when.year
    return f"""<!DOCTYPE html><html lang="vi" data-critters-container><head>
  <meta charset="utf-8">
  <title>Chính sách quyền riêng tư | SenMarket</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Cách SenMarket thu thập, sử dụng và bảo vệ dữ liệu cá nhân của người chơi Kỳ Lân Đại Chiến.">
  <meta property="og:title" content="Chính sách quyền riêng tư | SenMarket">
  <meta property="og:image" content="https://cdn.sengame.vn/og/senmarket-og.jpg">
  <meta name="theme-color" content="#12091f">
  <link rel="icon" type="image/png" href="assets/favicon-32.png">
  <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
  <script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-K7Q2W9P');</script>
  <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="6f2d81a4-3c0e-4b7a-9a55-0d1e7c3b9f12" data-culture="VI" data-blockingmode="auto" type="text/javascript"></script>
  <style>:root{{--sen-bg:#12091f;--sen-accent:#ff5a36;--sen-text:#f3eefc}}body{{margin:0;background:var(--sen-bg);color:var(--sen-text);font-family:"Be Vietnam Pro",system-ui,sans-serif}}</style><link rel="stylesheet" href="styles.{b['styles']}.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles.{b['styles']}.css"></noscript>{chunks}
  {style_tag}.header[{cc('header').split('=')[0]}]{{display:flex;align-items:center;gap:24px;padding:12px 32px}}.rich-text[{cc('rich').split('=')[0]}] table{{width:100%;border-collapse:collapse}}</style>
</head>
<body>
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7Q2W9P" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
{'<!--nghm-->' if v17 else ''}<app-root {_h(ids, 'app')} {root_attrs}{ngh(0)}>
<app-top-banner {cc('app')} {_h(ids, 'banner')}{ngh(1)}><div {cc('banner')} class="top-banner"><span {cc('banner')} class="top-banner__text">{promo_text}</span><a {cc('banner')} class="top-banner__cta" href="{promo_href}">{promo_cta}</a><button {cc('banner')} class="top-banner__close" aria-label="Đóng"></button></div></app-top-banner>
<app-header {cc('app')} {_h(ids, 'header')}{ngh(2)}><header {cc('header')} class="header"><a {cc('header')} class="header__logo" href="/vi"><img {cc('header')} src="assets/img/logo-senmarket.svg" alt="SenMarket" width="148" height="32"></a><nav {cc('header')} class="header__nav">{nav_html}</nav><app-ticker {cc('header')} {_h(ids, 'ticker')}><div {cc('ticker')} class="ticker"><span {cc('ticker')} class="ticker__item"><img {cc('ticker')} src="assets/img/ron.svg" alt="" width="16"> RON <b {cc('ticker')}>US$ {_vn(t['ron'], 3)}</b> <i {cc('ticker')} class="ticker__chg ticker__chg--{chg_cls}">{arrow} {_vn(abs(t['ron_chg']), 2)}%</i></span><span {cc('ticker')} class="ticker__item">Khối lượng 24h <b {cc('ticker')}>{_vn(t['vol24h'])} RON</b></span><span {cc('ticker')} class="ticker__item">Giá sàn Kỳ Lân <b {cc('ticker')}>{_vn(t['floor'], 4)} WETH</b></span></div></app-ticker><div {cc('header')} class="header__actions"><button {cc('header')} class="btn btn--ghost header__lang">VI</button><button {cc('header')} class="btn btn--primary">Kết nối ví</button></div></header></app-header>
<main {cc('app')} class="main"><router-outlet {cc('app')}></router-outlet><app-legal-page {_h(ids, 'legal')}{ngh(3)}><div {cc('legal')} class="legal-page"><nav {cc('legal')} class="legal-page__tabs" aria-label="Tài liệu pháp lý">{legal_nav_html}</nav><section {cc('legal')} class="legal-page__body"><app-rich-text {cc('legal')} {_h(ids, 'rich')}><div {cc('rich')} class="rich-text">{_rich(blocks, cc('rich'))}</div></app-rich-text><!----></section></div></app-legal-page><!----></main>
<app-footer {cc('app')} {_h(ids, 'footer')}{ngh(4)}><footer {cc('footer')} class="footer"><div {cc('footer')} class="footer__cols"><div {cc('footer')} class="footer__col"><h4 {cc('footer')}>SenMarket</h4><a {cc('footer')} href="/vi/gioi-thieu">Giới thiệu</a><a {cc('footer')} href="/vi/tin-tuc">Tin tức</a><a {cc('footer')} href="/vi/tuyen-dung">Tuyển dụng</a></div><div {cc('footer')} class="footer__col"><h4 {cc('footer')}>Hỗ trợ</h4><a {cc('footer')} href="https://help.sengame.vn/hc/vi">Trung tâm trợ giúp</a><a {cc('footer')} href="/vi/tro-giup/an-toan">Giao dịch an toàn</a><a {cc('footer')} href="javascript:Cookiebot.renew()">Cài đặt cookie</a></div><div {cc('footer')} class="footer__col"><h4 {cc('footer')}>Cộng đồng</h4><a {cc('footer')} href="https://discord.gg/sengame" rel="noopener">Discord</a><a {cc('footer')} href="https://x.com/sengame_vn" rel="noopener">X</a><a {cc('footer')} href="https://www.facebook.com/sengame.vn" rel="noopener">Facebook</a></div></div><p {cc('footer')} class="footer__copy">© {year} Sen Labs Pte. Ltd. Mọi quyền được bảo lưu.</p></footer></app-footer>
</app-root>
<script src="runtime.{b['runtime']}.js" type="module"></script><script src="polyfills.{b['polyfills']}.js" type="module"></script><script src="main.{b['main']}.js" type="module"></script>

{state_script}<script>(function(){{function c(){{var b=a.contentDocument||a.contentWindow.document;if(b){{var d=b.createElement('script');d.innerHTML="window.__CF$cv$params={{r:'{s['cf']['r']}',t:'{s['cf']['t']}'}};var a=document.createElement('script');a.nonce='';a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';document.getElementsByTagName('head')[0].appendChild(a);";b.getElementsByTagName('head')[0].appendChild(d)}}}}if(document.body){{var a=document.createElement('iframe');a.height=1;a.width=1;a.style.position='absolute';a.style.top=0;a.style.left=0;a.style.border='none';a.style.visibility='hidden';document.body.appendChild(a);if('loading'!==document.readyState)c();else if(window.addEventListener)document.addEventListener('DOMContentLoaded',c);else{{var e=document.onreadystatechange||function(){{}};document.onreadystatechange=function(b){{e(b);'loading'!==document.readyState&&(document.onreadystatechange=e,c())}}}}}}}})();</script></body></html>"""


PAGE = {
    "service": "SenMarket",
    "url": URL,
    "lang": "vi",
    "platform": "Angular Universal 15-18 (Express SSR) + Strapi blocks",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-Powered-By", "Express"), ("Cache-Control", "no-store"),
                      ("CF-Cache-Status", "DYNAMIC")),
    "n": 30,
    "start": dt.date(2023, 2, 6),
    "end": dt.date(2025, 10, 28),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2022, 11, 18),
    "fmt_date": lambda d: "%02d/%02d/%04d" % (d.day, d.month, d.year),
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".legal-page__body"},
}
