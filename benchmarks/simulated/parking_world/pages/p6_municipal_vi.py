"""DNPark (Vietnamese municipal smart-parking payment app of Đà Nẵng: street parking paid by app, e-wallets, SMS),
the operator's portal on Liferay DXP 7.4 (custom theme, an Asset Publisher with a custom display template showing the
web content in full, the way Vietnamese public portals present articles). Inside the asset block: the view counter
('Lượt xem'), the publish-date line, the star rating with its vote count and the print/e-mail/share tool bar;
around it: the header's date line, the scrolling notice strip (chữ chạy), Liferay's per-session authToken and the
combo-servlet timestamps."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import pkkit as K  # noqa: E402

POLICY = """
## Chính sách bảo mật thông tin cá nhân

Cập nhật lần cuối: {UPDATED}

Công ty Cổ phần Quản lý Bãi đỗ xe Đà Nẵng (sau đây gọi là “DNPark” hoặc “chúng tôi”) là đơn vị vận hành ứng dụng DNPark và hệ thống thu phí đỗ xe thông minh trên các tuyến phố của thành phố Đà Nẵng. Chính sách này giải thích cách chúng tôi thu thập, sử dụng, chia sẻ và bảo vệ dữ liệu cá nhân của người sử dụng dịch vụ, phù hợp với Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.

### 1. Dữ liệu cá nhân được thu thập

- Họ tên, số điện thoại, địa chỉ email khi đăng ký tài khoản;
- Biển số xe, loại phương tiện (ô tô, xe máy);
- Vị trí, thời gian bắt đầu và kết thúc đỗ xe, số tiền phí đã thanh toán;
- Thông tin thanh toán qua ví điện tử hoặc thẻ ngân hàng (chúng tôi không lưu trữ số thẻ đầy đủ);
- Hình ảnh phương tiện do camera tại các điểm đỗ xe ghi lại;
- Vị trí thiết bị khi bạn tìm kiếm điểm đỗ xe gần nhất, nếu bạn cho phép.

### 2. Mục đích xử lý dữ liệu

- Cung cấp dịch vụ tìm kiếm, đặt chỗ và thanh toán phí đỗ xe;
- Kiểm tra việc nộp phí và lập biên bản đối với phương tiện đỗ xe không nộp phí;
- Gửi thông báo sắp hết thời gin đỗ xe và biên lai điện tử;
- Giải quyết khiếu nại, phản ánh của người dùng;
- Thống kê, phân tích nhằm quy hoạch và quản lý điểm đỗ xe của thành phố.

### 3. Chia sẻ dữ liệu

Chúng tôi chỉ chia sẻ dữ liệu cá nhân với các bên sau đây, trong phạm vi cần thiết để cung cấp dịch vụ:

| Bên nhận | Mục đích |
| Công ty Cổ phần Dịch vụ Di động Trực tuyến (ví MoMo) | Thanh toán phí đỗ xe |
| Công ty Cổ phần Giải pháp Thanh toán Việt Nam (VNPAY) | Thanh toán qua ngân hàng và mã QR |
| Công ty Cổ phần ZION (ví ZaloPay) | Thanh toán phí đỗ xe |
| Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) | Gửi tin nhắn SMS |
| Sở Giao thông vận tải thành phố Đà Nẵng | Quản lý nhà nước về điểm đỗ xe |

Ngoài ra, dữ liệu có thể được cung cấp cho cơ quan nhà nước có thẩm quyền theo quy định của pháp luật.

### 4. Thời gian lưu trữ

Dữ liệu tài khoản được lưu trữ trong thời gian bạn sử dụng dịch vụ. Lịch sử đỗ xe và thanh toán được lưu trữ 5 năm. Hình ảnh từ camera được lưu trữ tối đa 90 ngày, trừ trường hợp cần phục vụ giải quyết khiếu nại hoặc xử lý vi phạm.

### 5. Quyền của chủ thể dữ liệu

Theo Nghị định 13/2023/NĐ-CP, bạn có quyền được biết, đồng ý, truy cập, rút lại sự đồng ý, xóa, hạn chế xử lý, phản đối xử lý dữ liệu, khiếu nại, tố cáo và yêu cầu bồi thường thiệt hại. Bạn có thể xóa tài khoản trực tiếp trong mục “Cài đặt” của ứng dụng.

### 6. Bảo mật dữ liệu

Dữ liệu được mã hóa trên đường truyền và lưu trữ tại trung tâm dữ liệu đặt tại Việt Nam. Chỉ nhân viên được phân quyền mới có thể truy cập dữ liệu cá nhân.

### 7. Liên hệ

@ Công ty Cổ phần Quản lý Bãi đỗ xe Đà Nẵng
@ Địa chỉ: 42 Hồ Xuân Hương, phường Khuê Mỹ, quận Ngũ Hành Sơn, thành phố Đà Nẵng
@ Tổng đài hỗ trợ: 1900 6868 27
@ Email: [baomat@dnpark.vn](mailto:baomat@dnpark.vn)
"""

EDITS = [
    {"note": "recipient row added: Viettel Solutions (e-invoices)",
     "repl": [("| Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) | Gửi tin nhắn SMS |",
               "| Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) | Gửi tin nhắn SMS |\n"
               "| Tổng Công ty Giải pháp Doanh nghiệp Viettel | Phát hành hóa đơn điện tử |")]},
    {"note": "typo fixed (thời gin -> thời gian), date unchanged", "bump": False,
     "repl": [("sắp hết thời gin đỗ xe", "sắp hết thời gian đỗ xe")]},
    {"note": "list item added: citizen ID number for monthly parking passes",
     "repl": [("- Biển số xe, loại phương tiện (ô tô, xe máy);\n",
               "- Biển số xe, loại phương tiện (ô tô, xe máy);\n- Số căn cước khi đăng ký vé đỗ xe theo tháng;\n")]},
    {"note": "camera images retention shortened from 90 to 30 days",
     "repl": [("được lưu trữ tối đa 90 ngày", "được lưu trữ tối đa 30 ngày")]},
    {"note": "sentence added: requests answered within 72 hours",
     "repl": [("trong mục “Cài đặt” của ứng dụng.",
               "trong mục “Cài đặt” của ứng dụng. Chúng tôi phản hồi yêu cầu của bạn trong thời hạn 72 giờ kể từ khi "
               "nhận được yêu cầu.")]},
    {"note": "address changed after the July 2025 reform of local government (districts abolished, wards merged)",
     "repl": [("phường Khuê Mỹ, quận Ngũ Hành Sơn, thành phố Đà Nẵng", "phường Ngũ Hành Sơn, thành phố Đà Nẵng")]},
]

NOTICES = [
    (dt.date(2023, 5, 25), dt.date(2023, 6, 18), "Tạm dừng thu phí đỗ xe trên đường Bạch Đằng phục vụ Lễ hội pháo hoa quốc tế Đà Nẵng 2023."),
    (dt.date(2023, 12, 20), dt.date(2024, 1, 2), "Miễn phí đỗ xe tại các điểm đỗ trên đường Trần Phú trong dịp Tết Dương lịch 2024."),
    (dt.date(2024, 2, 1), dt.date(2024, 2, 20), "Thông báo thời gian hoạt động của tổng đài hỗ trợ trong dịp Tết Nguyên đán Giáp Thìn."),
    (dt.date(2024, 5, 20), dt.date(2024, 7, 15), "Tạm dừng thu phí đỗ xe khu vực sông Hàn trong các đêm thi Lễ hội pháo hoa quốc tế Đà Nẵng 2024."),
    (dt.date(2024, 10, 1), dt.date(2024, 10, 31), "Bổ sung 12 điểm đỗ xe thu phí qua ứng dụng DNPark tại quận Hải Châu."),
    (dt.date(2025, 1, 15), dt.date(2025, 2, 10), "Thông báo thời gian hoạt động của tổng đài hỗ trợ trong dịp Tết Nguyên đán Ất Tỵ."),
    (dt.date(2025, 5, 25), dt.date(2025, 7, 13), "Điều chỉnh tổ chức giao thông và điểm đỗ xe phục vụ Lễ hội pháo hoa quốc tế Đà Nẵng 2025."),
    (dt.date(2025, 7, 1), dt.date(2025, 9, 30), "Cập nhật địa chỉ hành chính của các điểm đỗ xe theo đơn vị hành chính mới."),
]

_PUBLISHED = {}


def fmt_date(d):
    return "ngày %d tháng %d năm %d" % (d.day, d.month, d.year)


def noise(rng, when, i, prev):
    p = prev or {}
    days = (when.date() - dt.date(2023, 4, 1)).days
    votes = C.keep_or(rng, p.get("rating"), 0.15, lambda: (9 + days // 45 + rng.randint(0, 3), rng.choice([38, 40, 42, 43])))
    if p.get("rating") and votes[0] < p["rating"][0]:
        votes = p["rating"]
    return {
        "auth": C.alnum(rng, 8),
        "views": 1730 + days * 7 + rng.randint(0, 6),
        "rating": votes,
        "combo_t": C.keep_or(rng, p.get("combo_t"), 0.12, lambda: C.epoch(when) * 1000 - rng.randint(3600, 86400 * 20) * 1000),
    }


LABELS = {
    "auth": "Liferay.authToken (per session)",
    "views": "'Lượt xem' view counter (INSIDE .asset-full-content; removed by the declaration)",
    "rating": "star rating vote count (INSIDE .asset-full-content; removed by the declaration)",
    "combo_t": "combo servlet / theme CSS ?t= timestamp (deploy, restart)",
    "date": "header date line",
    "notice": "scrolling notice strip (chữ chạy)",
    "published": "asset publish/modified date line (INSIDE; removed) and article version id",
}


def _content(blocks):
    def table(rows, inl):
        head = "".join('<th scope="col">%s</th>' % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<table border="1" cellpadding="1" cellspacing="1" style="width:100%%"><thead><tr>%s</tr></thead>'
                '<tbody>%s</tbody></table>' % (head, body))

    return K.render_blocks(blocks, tags={"p": ' style="text-align: justify;"'}, table=table, sep="\n")


def render(state, blocks, when):
    loc, _ = K.local(when, "ict")
    key = C.det_sha(repr(blocks))
    if key not in _PUBLISHED:
        _PUBLISHED[key] = (loc - dt.timedelta(hours=30 + int(key[:3], 16) % 300), 48219 + 3 * len(_PUBLISHED))
    pub, art_id = _PUBLISHED[key]
    state["published"] = art_id
    state["date"] = loc.date()
    title, body = blocks[0][1], blocks[1:]
    notes = [n for n in NOTICES if n[0] <= loc.date() <= n[1]]
    notice = notes[-1][2] if notes else "Người dân có thể thanh toán phí đỗ xe qua ứng dụng DNPark, ví MoMo, ZaloPay, VNPAY hoặc tin nhắn SMS."
    state["notice"] = notice
    score, stars10 = state["rating"][0], state["rating"][1]
    inst = "kXr3Qa9mBv2E"
    pid = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_" + inst
    t = state["combo_t"]
    u = "https://dnpark.vn"
    return """<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="vi-VN">

<head>
	<title>Chính sách bảo mật - DNPark - Đỗ xe thông minh Đà Nẵng</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<script type="importmap">{"imports":{"@clayui/breadcrumb":"/o/frontend-taglib-clay/__liferay__/exports/@clayui$breadcrumb.js","react":"/o/frontend-js-react-web/__liferay__/exports/react.js","react-dom":"/o/frontend-js-react-web/__liferay__/exports/react-dom.js"},"scopes":{}}</script><script data-senna-track="temporary">var Liferay = window.Liferay || {};Liferay.Icons = Liferay.Icons || {};Liferay.Icons.controlPanelSpritemap = '%(u)s/o/admin-theme/images/clay/icons.svg';Liferay.Icons.spritemap = '%(u)s/o/dnpark-theme/images/clay/icons.svg';</script>
<link data-senna-track="temporary" href="%(u)s/web/guest/chinh-sach-bao-mat" rel="canonical" />
<link data-senna-track="temporary" href="%(u)s/web/guest/chinh-sach-bao-mat" hreflang="vi-VN" rel="alternate" />
<link data-senna-track="temporary" href="%(u)s/en/web/guest/chinh-sach-bao-mat" hreflang="en-US" rel="alternate" />
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="DNPark">
<meta property="og:title" content="Chính sách bảo mật - DNPark - Đỗ xe thông minh Đà Nẵng">
<link href="%(u)s/o/dnpark-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="%(u)s/o/dnpark-theme/css/clay.css?browserId=chrome&amp;themeId=dnpark_WAR_dnparktheme&amp;languageId=vi_VN&amp;t=%(t)d" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="%(u)s/o/frontend-css-web/main.css?browserId=chrome&amp;themeId=dnpark_WAR_dnparktheme&amp;languageId=vi_VN&amp;t=%(t2)d" id="liferayPortalCSS" rel="stylesheet" type="text/css" />
<link data-senna-track="permanent" href="%(u)s/combo?browserId=chrome&amp;minifierType=&amp;themeId=dnpark_WAR_dnparktheme&amp;languageId=vi_VN&amp;com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_%(inst)s:%%2Fo%%2Fasset-publisher-web%%2Fcss%%2Fmain.css&amp;com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_templateSearch:%%2Fo%%2Fportal-search-web%%2Fcss%%2Fmain.css&amp;t=%(t)d" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {};

Liferay.Browser = {
	acceptsGzip: function() {return true;},
	getMajorVersion: function() {return 124.0;},
	getRevision: function() {return '537.36';},
	getVersion: function() {return '124.0';},
	isAir: function() {return false;},
	isChrome: function() {return true;},
	isEdge: function() {return false;},
	isFirefox: function() {return false;},
	isGecko: function() {return true;},
	isIe: function() {return false;},
	isIphone: function() {return false;},
	isLinux: function() {return true;},
	isMac: function() {return false;},
	isMobile: function() {return false;},
	isMozilla: function() {return false;},
	isOpera: function() {return false;},
	isRtf: function() {return true;},
	isSafari: function() {return true;},
	isSun: function() {return false;},
	isWebKit: function() {return true;},
	isWindows: function() {return false;}
};

Liferay.Data = Liferay.Data || {};
Liferay.Data.ICONS_INLINE_SVG = true;
Liferay.Data.NAV_SELECTOR = '#navigation';
Liferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';
Liferay.Data.isCustomizationView = function() {return false;};
Liferay.Data.notices = [null];

Liferay.PortletKeys = {
	DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet',
	DYNAMIC_DATA_MAPPING: 'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet',
	ITEM_SELECTOR: 'com_liferay_item_selector_web_portlet_ItemSelectorPortlet'
};

Liferay.PropsValues = {
	JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,
	UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600
};

Liferay.ThemeDisplay = {
	getLayoutId: function() {return '14';},
	getLayoutRelativeControlPanelURL: function() {return '/group/guest/~/control_panel/manage';},
	getLayoutRelativeURL: function() {return '/web/guest/chinh-sach-bao-mat';},
	getLayoutURL: function() {return '%(u)s/web/guest/chinh-sach-bao-mat';},
	getParentLayoutId: function() {return '0';},
	isControlPanel: function() {return false;},
	isPrivateLayout: function() {return 'false';},
	isVirtualLayout: function() {return false;},
	getBCP47LanguageId: function() {return 'vi-VN';},
	getCanonicalURL: function() {return '%(u)s\\x2fweb\\x2fguest\\x2fchinh-sach-bao-mat';},
	getCDNBaseURL: function() {return '%(u)s';},
	getCDNDynamicResourcesHost: function() {return '';},
	getCDNHost: function() {return '';},
	getCompanyGroupId: function() {return '20123';},
	getCompanyId: function() {return '20097';},
	getDefaultLanguageId: function() {return 'vi_VN';},
	getDoAsUserIdEncoded: function() {return '';},
	getLanguageId: function() {return 'vi_VN';},
	getParentGroupId: function() {return '20121';},
	getPathContext: function() {return '';},
	getPathImage: function() {return '/image';},
	getPathJavaScript: function() {return '/o/frontend-js-web';},
	getPathMain: function() {return '/c';},
	getPathThemeImages: function() {return '%(u)s/o/dnpark-theme/images';},
	getPathThemeRoot: function() {return '/o/dnpark-theme';},
	getPlid: function() {return '37';},
	getPortalURL: function() {return '%(u)s';},
	getRealUserId: function() {return '20101';},
	getRemoteAddr: function() {return '10.12.0.14';},
	getRemoteHost: function() {return '10.12.0.14';},
	getScopeGroupId: function() {return '20121';},
	getScopeGroupIdOrLiveGroupId: function() {return '20121';},
	getSessionId: function() {return '';},
	getSiteAdminURL: function() {return '%(u)s/group/guest/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_v_l_s_g_id=20121';},
	getSiteGroupId: function() {return '20121';},
	getURLControlPanel: function() {return '/group/control_panel?refererPlid=37';},
	getURLHome: function() {return '%(u)s\\x2fweb\\x2fguest';},
	getUserEmailAddress: function() {return '';},
	getUserId: function() {return '20101';},
	getUserName: function() {return '';},
	isAddSessionIdToURL: function() {return false;},
	isImpersonated: function() {return false;},
	isSignedIn: function() {return false;},
	isStagedPortlet: function() {return false;},
	isStateExclusive: function() {return false;},
	isStateMaximized: function() {return false;},
	isStatePopUp: function() {return false;}
};

var themeDisplay = Liferay.ThemeDisplay;

Liferay.AUI = {
	getCombine: function() {return true;},
	getComboPath: function() {return '/combo/?browserId=chrome&minifierType=&languageId=vi_VN&t=%(t)d&';},
	getDateFormat: function() {return '%%d/%%m/%%Y';},
	getEditorCKEditorPath: function() {return '/o/frontend-editor-ckeditor-web';},
	getFilter: function() {return 'min';},
	getFilterConfig: function() {return null;},
	getJavaScriptRootPath: function() {return '/o/frontend-js-web';},
	getPortletRootPath: function() {return '/html/portlet';},
	getStaticResourceURLParams: function() {return '?browserId=chrome&minifierType=&languageId=vi_VN&t=%(t)d';}
};

Liferay.authToken = '%(auth)s';

Liferay.currentURL = '\\x2fweb\\x2fguest\\x2fchinh-sach-bao-mat';
Liferay.currentURLEncoded = '\\x252Fweb\\x252Fguest\\x252Fchinh-sach-bao-mat';
// ]]>
</script>
<script data-senna-track="permanent" src="%(u)s/combo?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;t=%(t)d&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-jquery-web/jquery/init.js&amp;/o/frontend-js-jquery-web/jquery/ajax.js&amp;/o/frontend-js-jquery-web/jquery/bootstrap.bundle.min.js" type="text/javascript"></script>
<script data-senna-track="permanent" src="%(u)s/o/frontend-js-aui-web/aui/aui/aui-min.js?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;t=%(t)d" type="text/javascript"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QD2MH3ZKP"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-7QD2MH3ZKP');</script>
</head>

<body class="chrome controls-visible  yui3-skin-sam guest-site signed-out public-page site">

<div class="d-flex flex-column min-vh-100">
	<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
		<header id="banner" role="banner">
			<div class="top-bar">
				<div class="container">
					<span class="top-bar__date">%(weekday)s, ngày %(dmy)s</span>
					<span class="top-bar__hotline">Tổng đài: <a href="tel:1900686827">1900 6868 27</a></span>
					<span class="top-bar__lang"><a href="%(u)s/web/guest/chinh-sach-bao-mat" class="active">VI</a> | <a href="%(u)s/en/web/guest/chinh-sach-bao-mat">EN</a></span>
				</div>
			</div>
			<div class="navbar navbar-classic navbar-top py-3">
				<div class="container user-personal-bar">
					<a class="logo custom-logo" href="%(u)s/web/guest" title="Đi tới DNPark">
						<img alt="DNPark" height="56" src="/image/layout_set_logo?img_id=41233&amp;t=1676012345678" width="210" />
					</a>
					<a class="btn btn-primary btn-sm sign-in" href="%(u)s/c/portal/login?p_l_id=37" data-redirect="false">Đăng nhập</a>
				</div>
			</div>
			<nav class="navbar navbar-expand-md navbar-light navigation-bar" id="navigation" role="navigation">
				<div class="container">
					<ul class="navbar-nav" role="menubar">
						<li class="nav-item" role="presentation"><a class="nav-link" href="%(u)s/web/guest/trang-chu" role="menuitem"><span class="text-truncate">Trang chủ</span></a></li>
						<li class="nav-item" role="presentation"><a class="nav-link" href="%(u)s/web/guest/diem-do-xe" role="menuitem"><span class="text-truncate">Điểm đỗ xe</span></a></li>
						<li class="nav-item" role="presentation"><a class="nav-link" href="%(u)s/web/guest/bang-gia" role="menuitem"><span class="text-truncate">Bảng giá</span></a></li>
						<li class="nav-item" role="presentation"><a class="nav-link" href="%(u)s/web/guest/huong-dan-thanh-toan" role="menuitem"><span class="text-truncate">Hướng dẫn thanh toán</span></a></li>
						<li class="nav-item" role="presentation"><a class="nav-link" href="%(u)s/web/guest/tin-tuc" role="menuitem"><span class="text-truncate">Tin tức</span></a></li>
						<li class="nav-item" role="presentation"><a class="nav-link" href="%(u)s/web/guest/lien-he" role="menuitem"><span class="text-truncate">Liên hệ</span></a></li>
					</ul>
				</div>
			</nav>
			<div class="notice-marquee"><div class="container"><span class="notice-marquee__label">Thông báo:</span><marquee behavior="scroll" direction="left" scrollamount="4" onmouseover="this.stop();" onmouseout="this.start();">%(notice)s</marquee></div></div>
		</header>

		<section class="flex-fill" id="content">
			<h2 class="hide-accessible sr-only" role="heading" aria-level="1">Chính sách bảo mật</h2>
			<div class="layout-content portlet-layout" id="main-content" role="main">
				<div class="container">
					<div class="row">
						<div class="col-md-9 portlet-column portlet-column-first" id="column-1">
							<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_  portlet-static portlet-static-end portlet-barebone portlet-asset-publisher " id="p_p_id_%(pid)s_">
	<span id="p_%(pid)s"></span>
	<section class="portlet" id="portlet_%(pid)s">
		<div class="portlet-content">
			<div class=" portlet-content-container">
				<div class="portlet-body">
<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title" tabindex="0">
	<h2 class="asset-title component-title">%(title)s</h2>
	<div class="asset-metadata">
		<span class="metadata-entry metadata-publish-date"><svg class="lexicon-icon lexicon-icon-calendar" role="presentation"><use xlink:href="%(u)s/o/dnpark-theme/images/clay/icons.svg#calendar"></use></svg> Ngày đăng: %(pub)s</span>
		<span class="metadata-entry metadata-view-count"><svg class="lexicon-icon lexicon-icon-view" role="presentation"><use xlink:href="%(u)s/o/dnpark-theme/images/clay/icons.svg#view"></use></svg> Lượt xem: %(views)s</span>
	</div>
	<span class="asset-anchor lfr-asset-anchor" id="%(artid)d"></span>
	<div class="asset-content mb-3">
		<div class="journal-content-article " data-analytics-asset-id="48213" data-analytics-asset-title="Chính sách bảo mật thông tin cá nhân" data-analytics-asset-type="web-content" data-analytics-web-content-resource-pk="48215">
%(content)s
		</div>
	</div>
	<div class="asset-ratings mb-3">
		<div class="taglib-ratings stars" id="_%(pid)s_ratings"><div class="liferay-rating-vote" id="_%(pid)s_ratingStar"><span class="rating-label">Đánh giá bài viết:</span> <span class="rating-average">Trung bình (%(score)d Phiếu)</span> <span class="rating-stars" data-average="%(avg)s">★★★★☆</span></div></div>
	</div>
	<div class="tool-bar asset-toolbar">
		<a class="tool-bar__print" href="javascript:window.print();">In bài viết</a>
		<a class="tool-bar__email" href="mailto:?subject=Ch%%C3%%ADnh%%20s%%C3%%A1ch%%20b%%E1%%BA%%A3o%%20m%%E1%%BA%%ADt&amp;body=%(u)s/web/guest/chinh-sach-bao-mat">Gửi email</a>
		<a class="tool-bar__share" href="https://www.facebook.com/sharer/sharer.php?u=%(u)s/web/guest/chinh-sach-bao-mat" target="_blank" rel="noopener">Chia sẻ</a>
	</div>
</div>
				</div>
			</div>
		</div>
	</section>
</div>
							</div>
						</div>
						<div class="col-md-3 portlet-column portlet-column-last" id="column-2">
							<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
								<div class="sidebar-box">
									<h3 class="sidebar-box__title">Tải ứng dụng DNPark</h3>
									<a href="https://apps.apple.com/vn/app/dnpark/id1658023114"><img alt="App Store" src="%(u)s/o/dnpark-theme/images/appstore.png" /></a>
									<a href="https://play.google.com/store/apps/details?id=vn.dnpark.app"><img alt="Google Play" src="%(u)s/o/dnpark-theme/images/googleplay.png" /></a>
								</div>
								<div class="sidebar-box">
									<h3 class="sidebar-box__title">Chính sách &amp; Điều khoản</h3>
									<ul class="sidebar-links"><li><a href="%(u)s/web/guest/dieu-khoan-su-dung">Điều khoản sử dụng</a></li><li class="active"><a href="%(u)s/web/guest/chinh-sach-bao-mat">Chính sách bảo mật</a></li><li><a href="%(u)s/web/guest/chinh-sach-hoan-phi">Chính sách hoàn phí</a></li></ul>
								</div>
							</div>
						</div>
					</div>
				</div>
			</div>
		</section>

		<footer id="footer" role="contentinfo">
			<div class="container">
				<p class="footer__org"><strong>CÔNG TY CỔ PHẦN QUẢN LÝ BÃI ĐỖ XE ĐÀ NẴNG</strong></p>
				<p class="footer__info">Giấy chứng nhận đăng ký doanh nghiệp số 0402117845 do Sở Kế hoạch và Đầu tư thành phố Đà Nẵng cấp.<br>Tổng đài hỗ trợ: 1900 6868 27 - Email: hotro@dnpark.vn</p>
				<p class="footer__bct"><a href="http://online.gov.vn/Home/WebDetails/104512" target="_blank"><img alt="Đã thông báo Bộ Công Thương" src="%(u)s/o/dnpark-theme/images/bocongthuong.png" width="130" /></a></p>
			</div>
		</footer>
	</div>
</div>

<script type="text/javascript">
// <![CDATA[
	Liferay.Portlet.register('%(pid)s');
	Liferay.Portlet.onLoad({canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_%(pid)s_', portletId: '%(pid)s', refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d37\\x26p_p_id\\x3d%(pid)s\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dcolumn-1\\x26p_p_col_pos\\x3d0\\x26p_p_col_count\\x3d1\\x26p_p_isolated\\x3d1\\x26currentURL\\x3d\\x252Fweb\\x252Fguest\\x252Fchinh-sach-bao-mat', refreshURLData: {}});
// ]]>
</script>
<script src="%(u)s/o/dnpark-theme/js/main.js?browserId=chrome&amp;languageId=vi_VN&amp;t=%(t)d" type="text/javascript"></script>

</body>

</html>
""" % {"u": u, "t": t, "t2": t + 1817, "inst": inst, "pid": pid, "auth": state["auth"],
       "weekday": K.WEEKDAYS["vi"][loc.weekday()], "dmy": loc.strftime("%d/%m/%Y"), "notice": K.esc(notice),
       "title": K.esc(title), "pub": pub.strftime("%d/%m/%Y %H:%M"), "views": K.group_thousands(state["views"], "."),
       "artid": art_id, "content": _content(body), "score": score, "avg": "%.1f" % (stars10 / 10)}


PAGE = {
    "service": "DNPark",
    "url": "https://dnpark.vn/web/guest/chinh-sach-bao-mat",
    "lang": "vi",
    "platform": "Liferay DXP 7.4 (custom theme, Asset Publisher with a custom ADT), Tomcat behind nginx",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": [("Server", "nginx"), ("Liferay-Portal", "Liferay Digital Experience Platform 7.4"),
                      ("X-Content-Type-Options", "nosniff"), ("Cache-Control", "private, no-cache, no-store, must-revalidate"),
                      ("Set-Cookie", "JSESSIONID=; Path=/; Secure; HttpOnly")],
    "n": 32,
    "start": dt.date(2023, 10, 2),
    "end": dt.date(2025, 9, 26),
    "hours": (0, 3, 6, 9, 12, 15),
    "policy": POLICY,
    "first_updated": dt.date(2023, 7, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://dnpark.vn/web/guest/chinh-sach-bao-mat",
        "select": ".asset-full-content",
        "remove": [".asset-metadata", ".asset-ratings", ".asset-toolbar"],
    },
}
