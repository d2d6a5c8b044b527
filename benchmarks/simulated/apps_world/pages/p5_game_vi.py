"""Long Kiếm Truyền Kỳ (mobile MMORPG, Mây Trắng Games, Hà Nội) - vi - the policy is an article of the studio's
Zendesk Guide help centre (Copenhagen theme, customised): the store listings link to it.

Noise: CSRF token, per-visit Zendesk/Google Analytics ids, vote counters ("12 trên 30 người thấy bài viết này hữu
ích"), the JS-filled related/recent articles, the language picker (a locale added), the help centre's notification
banner (server maintenance, events), theme asset hashes, and the article's "Đã cập nhật" time in the article
header, which moves on every save: with real edits, and when an agent re-saves the article without changing its
text (label fix, section move).
"""
import datetime as dt
import random
import common as C

URL = "https://hotro.maytrang.vn/hc/vi/articles/4409183725561-Ch%C3%ADnh-s%C3%A1ch-b%E1%BA%A3o-m%E1%BA%ADt"


def fmt_date(d):
    return "ngày %02d tháng %02d năm %d" % (d.day, d.month, d.year)


POLICY = """
# Chính sách bảo mật

Cập nhật lần cuối: {UPDATED}

Công ty Cổ phần Giải trí Mây Trắng ("Mây Trắng", "chúng tôi") là nhà phát hành trò chơi Long Kiếm Truyền Kỳ tại Việt Nam theo Quyết định phê duyệt nội dung, kịch bản trò chơi điện tử G1 trên mạng của Bộ Thông tin và Truyền thông. Chúng tôi tôn trọng và cam kết bảo vệ thông tin cá nhân của người chơi. Chính sách bảo mật này giải thích chúng tôi thu thập những thông tin nào, sử dụng chúng ra sao và bạn có những quyền gì đối với thông tin của mình.

Bằng việc tải, cài đặt, đăng nhập hoặc sử dụng trò chơi, bạn xác nhận đã đọc, hiểu và đồng ý với Chính sách bảo mật này. Nếu không đồng ý, vui lòng ngừng sử dụng trò chơi.

## 1. Phạm vi áp dụng

Chính sách này áp dụng cho trò chơi Long Kiếm Truyền Kỳ trên Android và iOS, trang chủ longkiem.maytrang.vn, trang nạp thẻ nap.maytrang.vn và Trung tâm hỗ trợ hotro.maytrang.vn.

## 2. Thông tin chúng tôi thu thập

- **Thông tin tài khoản:** tài khoản Mây ID, số điện thoại, địa chỉ email; hoặc mã định danh tài khoản Facebook, Google, Apple khi bạn chọn đăng nhập bằng các tài khoản này. Chúng tôi không nhận mật khẩu của các tài khoản bên thứ ba.
- **Thông tin thiết bị:** kiểu máy, hệ điều hành, ngôn ngữ, nhà mạng, địa chỉ IP, mã định danh quảng cáo (IDFA, GAID) và mã định danh thiết bị do trò chơi tạo ra.
- **Dữ liệu trong trò chơi:** mã nhân vật, tên nhân vật, máy chủ, cấp độ, vật phẩm, lịch sử giao dịch trong trò chơi, nội dung trò chuyện trên kênh thế giới, kênh bang hội và tin nhắn riêng.
- **Thông tin thanh toán:** mã giao dịch, số tiền, thời gian và kênh nạp (Google Play, App Store, thẻ cào, ví điện tử MoMo, ZaloPay). Chúng tôi không lưu số thẻ ngân hàng của bạn.
- **Thông tin bạn gửi cho bộ phận hỗ trợ:** nội dung yêu cầu, ảnh chụp màn hình và các giấy tờ bạn cung cấp để xác minh quyền sở hữu tài khoản.

## 3. Mục đích sử dụng thông tin

Chúng tôi sử dụng thông tin của bạn để:

- tạo và duy trì tài khoản, lưu tiến trình chơi trên máy chủ;
- xử lý giao dịch nạp, đối soát và hoàn tiền khi có lỗi;
- phát hiện và ngăn chặn gian lận, sử dụng phần mềm thứ ba (hack, auto), mua bán tài khoản trái phép;
- giải quyết khiếu nại, hỗ trợ khôi phục tài khoản bị mất;
- phân tích, đo lường hiệu quả quảng cáo và cải thiện trò chơi;
- gửi thông báo về sự kiện, bảo trì và quà tặng trong trò chơi;
- thực hiện các nghĩa vụ theo quy định của pháp luật Việt Nam.

## 4. Chia sẻ thông tin

Chúng tôi không bán thông tin cá nhân của bạn. Thông tin chỉ được chia sẻ trong các trường hợp sau:

- với nhà phát triển trò chơi và các đối tác kỹ thuật để vận hành máy chủ, sửa lỗi và chống gian lận;
- với các đối tác cung cấp công cụ phân tích và quảng cáo: Google Firebase, AppsFlyer và Meta (Facebook SDK), nhằm đo lường lượt cài đặt và hiệu quả chiến dịch;
- với các cổng thanh toán và nhà mạng để xử lý giao dịch;
- với cơ quan nhà nước có thẩm quyền khi có yêu cầu theo quy định của pháp luật.

## 5. Lưu trữ và bảo mật thông tin

Dữ liệu của người chơi được lưu trữ trên hệ thống máy chủ đặt tại Việt Nam. Chúng tôi áp dụng các biện pháp kỹ thuật như mã hóa đường truyền, phân quyền truy cập và ghi nhật ký truy cập để bảo vệ dữ liệu.

Thông tin tài khoản và dữ liệu trò chơi được lưu trong suốt thời gian tài khoản còn hoạt động. Lịch sử giao dịch được lưu tối thiểu 2 năm để phục vụ đối soát và giải quyết khiếu nại. Nội dung trò chuyện được lưu 90 ngày.

## 6. Quyền của người chơi

Bạn có quyền xem và cập nhật thông tin tài khoản trong mục Tài khoản của Mây ID. Bạn có thể yêu cầu xóa tài khoản bằng cách gửi yêu cầu tới bộ phận hỗ trợ; sau khi xóa, toàn bộ nhân vật, vật phẩm và số dư trong trò chơi sẽ không thể khôi phục.

## 7. Người chơi dưới 18 tuổi

Trò chơi phù hợp với người chơi từ 12 tuổi trở lên. Người chơi dưới 18 tuổi cần có sự đồng ý của cha mẹ hoặc người giám hộ khi đăng ký tài khoản và thực hiện giao dịch nạp. Theo Nghị định 72/2013/NĐ-CP và Thông tư 24/2014/TT-BTTTT, tổng thời gian chơi của người chơi dưới 18 tuổi không vượt quá 180 phút mỗi ngày; hệ thống sẽ tự động nhắc nhở và giảm điểm kinh nghiệm khi vượt quá thời gian này.

Nếu bạn là cha mẹ và phát hiện con mình đã cung cấp thông tin cá nhân mà không có sự đồng ý của bạn, vui lòng liên hệ với chúng tôi để được hỗ trợ.

## 8. Thay đổi Chính sách bảo mật

Chúng tôi có thể cập nhật Chính sách này theo thời gian. Phiên bản mới sẽ được đăng tại trang này kèm ngày cập nhật. Với các thay đổi quan trọng, chúng tôi sẽ thông báo trong trò chơi.

## 9. Liên hệ

@ Công ty Cổ phần Giải trí Mây Trắng
@ Tầng 9, Tòa nhà Sông Đà, 18 Phạm Hùng, phường Mỹ Đình 1, quận Nam Từ Liêm, Hà Nội
@ Email: [hotro@maytrang.vn](mailto:hotro@maytrang.vn)
@ Hotline: 1900 6896 (8:00 - 22:00 hằng ngày)
"""

EDITS = [
    {"note": "attribution SDK changed: AppsFlyer replaced by Adjust; TikTok added to the ad partners",
     "repl": [("Google Firebase, AppsFlyer và Meta (Facebook SDK), nhằm đo lường lượt cài đặt và hiệu quả chiến dịch;",
               "Google Firebase, Adjust, Meta (Facebook SDK) và TikTok for Business, nhằm đo lường lượt cài đặt và hiệu quả chiến dịch. Các đối tác này có thể nhận mã định danh quảng cáo của thiết bị nếu bạn cho phép theo dõi (trên iOS);")]},
    {"note": "rights section rewritten for Decree 13/2023/NĐ-CP on personal data protection (list of data-subject rights, 72-hour response)",
     "repl": [("Bạn có quyền xem và cập nhật thông tin tài khoản trong mục Tài khoản của Mây ID. Bạn có thể yêu cầu xóa tài khoản bằng cách gửi yêu cầu tới bộ phận hỗ trợ; sau khi xóa, toàn bộ nhân vật, vật phẩm và số dư trong trò chơi sẽ không thể khôi phục.",
               "Theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, bạn có các quyền sau đối với dữ liệu cá nhân của mình:\n\n- quyền được biết và quyền đồng ý hoặc không đồng ý với việc xử lý dữ liệu;\n- quyền truy cập, xem, chỉnh sửa dữ liệu và yêu cầu cung cấp bản sao dữ liệu;\n- quyền rút lại sự đồng ý;\n- quyền xóa dữ liệu và quyền hạn chế xử lý dữ liệu;\n- quyền phản đối việc xử lý dữ liệu cho mục đích quảng cáo, tiếp thị;\n- quyền khiếu nại, tố cáo, khởi kiện và yêu cầu bồi thường thiệt hại theo quy định của pháp luật.\n\nBạn có thể xem và cập nhật thông tin tài khoản trong mục Tài khoản của Mây ID, hoặc gửi yêu cầu tới bộ phận hỗ trợ. Yêu cầu rút lại sự đồng ý hoặc hạn chế xử lý sẽ được thực hiện trong vòng 72 giờ. Sau khi tài khoản bị xóa, toàn bộ nhân vật, vật phẩm và số dư trong trò chơi sẽ không thể khôi phục.")]},
    {"note": "support e-mail changed hotro@ -> cskh@ (silent, date not bumped)", "bump": False,
     "repl": [("@ Email: [hotro@maytrang.vn](mailto:hotro@maytrang.vn)", "@ Email: [cskh@maytrang.vn](mailto:cskh@maytrang.vn)")]},
    {"note": "new processing country: game servers for the SEA release hosted in Singapore; chat retention 90 -> 180 days",
     "repl": [("Dữ liệu của người chơi được lưu trữ trên hệ thống máy chủ đặt tại Việt Nam.",
               "Dữ liệu của người chơi Việt Nam được lưu trữ trên hệ thống máy chủ đặt tại Việt Nam. Dữ liệu nhật ký trò chơi và dữ liệu phân tích được sao lưu trên hạ tầng điện toán đám mây của Amazon Web Services tại Singapore; việc chuyển dữ liệu ra nước ngoài được thực hiện sau khi chúng tôi lập hồ sơ đánh giá tác động chuyển dữ liệu theo quy định."),
              ("Nội dung trò chuyện được lưu 90 ngày.", "Nội dung trò chuyện được lưu 180 ngày.")]},
    {"note": "minors section rewritten for Decree 147/2024/NĐ-CP: account verification by Vietnamese mobile number, 60-minute session / 180-minute day limits",
     "repl": [("Theo Nghị định 72/2013/NĐ-CP và Thông tư 24/2014/TT-BTTTT, tổng thời gian chơi của người chơi dưới 18 tuổi không vượt quá 180 phút mỗi ngày; hệ thống sẽ tự động nhắc nhở và giảm điểm kinh nghiệm khi vượt quá thời gian này.",
               "Theo Nghị định 147/2024/NĐ-CP, tài khoản trò chơi phải được xác thực bằng số điện thoại di động tại Việt Nam; với người chơi dưới 16 tuổi, tài khoản được đăng ký bằng thông tin của cha mẹ hoặc người giám hộ. Mỗi lần chơi của người chơi dưới 18 tuổi không quá 60 phút và tổng thời gian chơi không quá 180 phút mỗi ngày; hệ thống sẽ tự động nhắc nhở và tạm dừng trò chơi khi vượt quá thời gian này.")]},
]

ARTICLES = [("Điều khoản sử dụng", "4409183725432-Điều-khoản-sử-dụng"),
            ("Hướng dẫn xóa tài khoản Mây ID", "4409201836617-Hướng-dẫn-xóa-tài-khoản-Mây-ID"),
            ("Quy định về tên nhân vật và trò chuyện", "4409204417285-Quy-định-về-tên-nhân-vật"),
            ("Nạp thẻ không nhận được KNB?", "4409311906513-Nạp-thẻ-không-nhận-được-KNB"),
            ("Chính sách hoàn tiền", "4409322451209-Chính-sách-hoàn-tiền"),
            ("Cách liên kết tài khoản với Facebook, Google, Apple", "4410027745168-Liên-kết-tài-khoản"),
            ("Quản lý giờ chơi cho người chơi dưới 18 tuổi", "4410093372249-Quản-lý-giờ-chơi")]
NOTICES = [None, "Bảo trì định kỳ các máy chủ từ 9:00 đến 11:00 sáng thứ Ba hằng tuần.",
           "Sự kiện Trung Thu: nhận Lồng Đèn Ngọc Thố khi đăng nhập 7 ngày liên tiếp.",
           "Cảnh báo: Mây Trắng không bao giờ yêu cầu bạn cung cấp mật khẩu hoặc mã OTP.",
           "Máy chủ mới S128 - Thiên Long mở lúc 10:00, đăng ký nhận quà tân thủ ngay!"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["csrf"] = (C.b64tok(rng, 64), str(rng.randint(10 ** 9, 2 * 10 ** 9)))
    up0, tot0 = prev.get("votes", (9, 16))
    dt_ = rng.randint(0, 9)
    s["votes"] = (up0 + rng.randint(0, dt_), tot0 + dt_ + 1)
    s["related"] = C.keep_or(rng, prev.get("related"), 0.5, lambda: tuple(rng.sample(range(len(ARTICLES)), 4)))
    s["locales"] = 3 if when < dt.datetime(2024, 6, 1) else 4
    s["notice"] = C.keep_or(rng, prev.get("notice"), 0.5, lambda: rng.randrange(len(NOTICES)))
    s["theme"] = C.keep_or(rng, prev.get("theme"), 0.2, lambda: (C.hexs(rng, 40), C.hexs(rng, 40)))
    # the article's edited_at: carried over; an agent re-save moves it without touching the text
    art = prev.get("article")
    if art is not None and rng.random() < 0.12:
        art = (art[0], C.iso(when - dt.timedelta(hours=rng.randint(2, 200))))
    s["article"] = art
    return s


LABELS = {
    "csrf": "CSRF token and per-visit ids",
    "votes": "article vote counters ('x trên y người thấy bài viết này hữu ích')",
    "related": "related articles block (JS-filled) rotated",
    "locales": "language picker: Bahasa Indonesia added",
    "notice": "help-centre notification banner (maintenance / events)",
    "theme": "Guide theme asset hashes",
    "article": "article 'Đã cập nhật' time (new save of the article)",
}


def _vn_time(iso_):
    d = dt.datetime.strptime(iso_, "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(hours=7)
    return "ngày %d tháng %d, %d %02d:%02d" % (d.day, d.month, d.year, d.hour, d.minute)


def render(s, blocks, when):
    chash = C.det_sha("article", repr(blocks))
    if s["article"] is None or s["article"][0] != chash:
        s["article"] = (chash, C.iso(when - dt.timedelta(hours=2 + int(chash[:2], 16) % 60)))
    edited = s["article"][1]
    tok, gaid = s["csrf"]
    up, tot = s["votes"]
    th_css, th_js = s["theme"]
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:], sep="")
    vote_label = "%d trên %d người thấy bài viết này hữu ích" % (up, tot)
    locales = [("vi", "Tiếng Việt"), ("en-us", "English (US)"), ("th", "ไทย"), ("id", "Bahasa Indonesia")][:s["locales"]]
    picker = "".join('<a href="/hc/change_language/%s?return_to=%%2Fhc%%2F%s%%2Farticles%%2F4409183725561" dir="ltr" rel="nofollow" role="menuitem">%s</a>' % (c, c, n)
                     for c, n in locales[1:])
    related = "".join('<li><a href="/hc/vi/related/click?data=%s&amp;url=%%2Fhc%%2Fvi%%2Farticles%%2F%s">%s</a></li>' % (C.hexs(random.Random(a[1]), 24), a[1].split("-")[0], a[0])
                      for a in (ARTICLES[k] for k in s["related"]))
    notice = NOTICES[s["notice"]]
    banner = ('<div class="notification-banner notification-banner--info" role="status"><div class="container"><p>%s</p></div></div>' % notice) if notice else ""
    side = "".join('<li><a href="/hc/vi/articles/%s" class="sidenav-item%s">%s</a></li>' % (a[1].split("-")[0], "", a[0]) for a in ARTICLES[:3])
    return """<!DOCTYPE html>
<html dir="ltr" lang="vi">
<head>
  <meta charset="utf-8" />
  <!-- v26831 -->
  <title>Chính sách bảo mật &ndash; Trung tâm hỗ trợ Mây Trắng</title>
  <meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="%s">
  <link rel="canonical" href="%s">
<link rel="alternate" hreflang="vi" href="%s">
  <meta content="width=device-width, initial-scale=1.0" name="viewport" />
  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-f34d73e002337ab267a13449ad9d7955.css" media="all" id="stylesheet" />
  <link rel="stylesheet" type="text/css" href="/hc/theming_assets/01HZ4Q2N8B3K7T5V1W9X6Y0C2D?digest=%s" />
  <link rel="icon" type="image/x-icon" href="/hc/theming_assets/01HZ4Q2P3C8RRM2M6BQW0Q3F9A">
  <script src="/hc/theming_assets/01HZ4Q2Q1VQ4GZ3F8E2J0N6K5M?digest=%s"></script>
  <script>window.HelpCenter = {"account":{"subdomain":"maytrang"},"user":{"role":"anonymous","locale":"vi"},"locale":"vi","gaClientId":"%s"};</script>
</head>
<body class="">
  <a class="skip-navigation" tabindex="1" href="#main-content">Chuyển tới nội dung chính</a>
<header class="header">
  <div class="logo">
    <a title="Trang chủ" href="/hc/vi">
      <img src="/hc/theming_assets/01HZ4Q2R7MJ5K1S3T0B8N4V6X2" alt="Trang chủ của Trung tâm trợ giúp Trung tâm hỗ trợ Mây Trắng">
    </a>
  </div>
  <div class="nav-wrapper-desktop">
    <nav class="user-nav" id="user-nav" aria-label="Menu người dùng">
      <ul class="user-nav-list">
        <li><a href="https://longkiem.maytrang.vn">Trang chủ game</a></li>
        <li><a href="https://nap.maytrang.vn">Nạp thẻ</a></li>
        <li><a class="submit-a-request" href="/hc/vi/requests/new">Gửi yêu cầu</a></li>
      </ul>
    </nav>
      <a class="sign-in" rel="nofollow" data-auth-action="signin" title="Mở một hộp thoại" role="button" href="/hc/vi/signin?return_to=%%2Fhc%%2Fvi%%2Farticles%%2F4409183725561">Đăng nhập</a>
  </div>
  <div class="dropdown language-selector">
    <button class="dropdown-toggle" aria-haspopup="true">Tiếng Việt</button>
    <span class="dropdown-menu dropdown-menu-end" role="menu">%s</span>
  </div>
</header>
%s
  <main role="main">
    <div class="container-divider"></div>
<div class="container">
  <div class="sub-nav">
    <nav aria-label="Trang hiện tại">
  <ol class="breadcrumbs">
      <li title="Trung tâm hỗ trợ Mây Trắng"><a href="/hc/vi">Trung tâm hỗ trợ Mây Trắng</a></li>
      <li title="Chính sách &amp; Quy định"><a href="/hc/vi/categories/4409162230017-Chính-sách-Quy-định">Chính sách &amp; Quy định</a></li>
      <li title="Long Kiếm Truyền Kỳ"><a href="/hc/vi/sections/4409171135985-Long-Kiếm-Truyền-Kỳ">Long Kiếm Truyền Kỳ</a></li>
  </ol>
</nav>
    <div class="search-container">
      <form role="search" class="search" data-search="" action="/hc/vi/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Tìm kiếm" aria-label="Tìm kiếm" /></form>
    </div>
  </div>
  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
        <div class="collapsible-sidebar">
          <h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Các bài viết trong phần này</h3>
          <ul><li><a href="/hc/vi/articles/4409183725561" class="sidenav-item current-article" aria-current="page">Chính sách bảo mật</a></li>%s</ul>
        </div>
    </aside>
    <article id="main-content" class="article">
      <header class="article-header">
        <h1 title="%s" class="article-title">
          %s
        </h1>
        <div class="article-author">
            <div class="avatar article-avatar"><img src="https://hotro.maytrang.vn/system/photos/4409/avatar-mt.png" alt="" class="user-avatar"/></div>
          <div class="article-meta">
              Đội ngũ Mây Trắng
            <ul class="meta-group">
                <li class="meta-data"><time datetime="%s" title="%s" data-datetime="calendar">%s</time></li>
                <li class="meta-data">Đã cập nhật</li>
            </ul>
          </div>
        </div>
          <a class="article-subscribe button-secondary" title="Mở một hộp thoại" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" href="/hc/vi/articles/4409183725561/subscription.html">Theo dõi</a>
      </header>
      <section class="article-info">
        <div class="article-content">
          <div class="article-body">%s</div>
        </div>
      </section>
      <footer>
          <div class="article-votes">
            <h2 class="article-votes-question" id="article-votes-label">Bài viết này có hữu ích không?</h2>
            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
              <button type="button" class="button article-vote article-vote-up" data-helper="vote" data-item="article" data-type="up" data-id="4409183725561" data-upvote-count="%d" data-vote-count="%d" data-vote-sum="%d" data-vote-url="/hc/vi/articles/4409183725561/vote" data-value="null" data-label="%s" data-selected-class="button-primary" aria-label="Bài viết này hữu ích" aria-pressed="false">Có</button>
              <button type="button" class="button article-vote article-vote-down" data-helper="vote" data-item="article" data-type="down" data-id="4409183725561" data-upvote-count="%d" data-vote-count="%d" data-vote-sum="%d" data-vote-url="/hc/vi/articles/4409183725561/vote" data-value="null" data-label="%s" data-selected-class="button-primary" aria-label="Bài viết này không hữu ích" aria-pressed="false">Không</button>
            </div>
            <small class="article-votes-count">
              <span class="article-vote-label" data-helper="vote" data-item="article" data-type="label" data-id="4409183725561" data-label="%s">%s</span>
            </small>
          </div>
        <div class="article-more-questions">
          Có thêm câu hỏi? <a href="/hc/vi/requests/new">Gửi yêu cầu</a>
        </div>
        <div class="article-return-to-top">
          <a href="#article-container">Quay lại đầu trang</a>
        </div>
      </footer>
      <div class="article-relatives">
          <div data-recent-articles></div>
          <section class="related-articles">
            <h2 class="related-articles-title">Bài viết liên quan</h2>
            <ul>%s</ul>
          </section>
      </div>
    </article>
  </div>
</div>
  </main>
<footer class="footer">
  <div class="footer-inner">
    <a title="Trang chủ" href="/hc/vi">Trung tâm hỗ trợ Mây Trắng</a>
    <div class="footer-language-selector">&copy; Công ty Cổ phần Giải trí Mây Trắng. Giấy phép G1 số 412/QĐ-PTTH&amp;TTĐT.</div>
  </div>
</footer>
  <script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=7c1f0b36-2a1d-4c55-9e8e-3b0a2f6d4e19"></script>
</body>
</html>
""" % (tok, URL, URL, th_css, th_js, gaid, picker, banner, side, title, C.inline_html(title), edited, edited.replace("T", " ")[:16],
       _vn_time(edited), body, up, tot, 2 * up - tot, vote_label, up, tot, 2 * up - tot, vote_label, vote_label, vote_label,
       related)


PAGE = {
    "service": "Long Kiem Truyen Ky", "url": URL, "lang": "vi", "platform": "Zendesk Guide (Copenhagen theme)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-Zendesk-Origin-Server", "app-server-6d9f7c8b5-x2k4p")),
    "n": 31, "start": dt.date(2022, 10, 3), "end": dt.date(2026, 3, 28),
    "policy": POLICY, "first_updated": dt.date(2022, 6, 20), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".article-title", ".article-body"]},
}
