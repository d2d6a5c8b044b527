"""Saaya Family Takaful (Pakistani family takaful operator, Karachi; funeral-expense 'kafan dafan' takaful plan), Liferay
DXP 7.4 site in Urdu (RTL): the policy is a Web Content Display portlet's article (`.journal-content-article`); the
header shows the Hijri and Gregorian dates and the company's PSX share price, a carousel portlet rotates plan
banners (a Ramadan banner in Ramadan). The DXP update of November 2023 changed the combo/loader script URLs."""
import datetime as dt
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fwkit as K  # noqa: E402
from fwkit import C  # noqa: E402

POLICY = """
# رازداری کی پالیسی

آخری ترمیم: {UPDATED}

سایہ فیملی تکافل لمیٹڈ ("سایہ" یا "ہم") آپ کی ذاتی معلومات کی حفاظت کو اپنی ذمہ داری سمجھتا ہے۔ یہ پالیسی بیان کرتی ہے کہ ہم اپنے کفن دفن تکافل پلان اور دیگر فیملی تکافل پلانز کے شرکاء، ان کے نامزد افراد (نامینی) اور ہماری ویب سائٹ استعمال کرنے والوں کی معلومات کس طرح جمع، استعمال اور محفوظ کرتے ہیں۔

## ہمارا تعارف

سایہ فیملی تکافل لمیٹڈ سیکیورٹیز اینڈ ایکسچینج کمیشن آف پاکستان (ایس ای سی پی) سے لائسنس یافتہ فیملی تکافل آپریٹر ہے اور تکافل رولز 2012 کے تحت کام کرتا ہے۔ ہمارے تمام پلانز ہمارے شریعہ بورڈ کی منظوری سے جاری کیے جاتے ہیں۔

@ سایہ فیملی تکافل لمیٹڈ
@ چوتھی منزل، الفلاح کورٹ، آئی آئی چندریگر روڈ
@ کراچی 74000

## ہم کون سی معلومات جمع کرتے ہیں

| معلومات کی قسم | تفصیل |
| شناختی معلومات | نام، والد یا شوہر کا نام، شناختی کارڈ (سی این آئی سی) نمبر، تاریخ پیدائش |
| رابطے کی معلومات | موبائل نمبر، پتا، ای میل |
| نامزد افراد کی معلومات | نامینی کا نام، شناختی کارڈ نمبر اور شریک سے رشتہ |
| مالی معلومات | بینک اکاؤنٹ نمبر (آئی بی اے این)، کنٹری بیوشن کی ادئیگی کی تفصیل |
| صحت کی معلومات | صحت سے متعلق اقرار نامہ، جہاں پلان کے لیے ضروری ہو |
| کلیم کی معلومات | ڈیتھ سرٹیفکیٹ، نادرا کا اندراج، تدفین کے اخراجات کی رسیدیں |

## معلومات کا استعمال

- آپ کی شناخت کی تصدیق کے لیے نادرا کے ذریعے شناختی کارڈ کی تصدیق (ویری سس)
- تکافل پلان جاری کرنے، کنٹری بیوشن وصول کرنے اور پلان کے انتظام کے لیے
- کلیم کی جانچ اور نامینی کو رقم کی ادائیگی کے لیے
- انسداد منی لانڈرنگ کے قوانین اور ایس ای سی پی کی ہدایات پر عمل کے لیے
- آپ کی رضامندی سے نئے پلانز کے بارے میں ایس ایم ایس اور کالز کے لیے

## معلومات کن کے ساتھ شیئر کی جاتی ہیں

ہم آپ کی معلومات صرف ضرورت کے مطابق درج ذیل اداروں کو فراہم کرتے ہیں: ری تکافل آپریٹرز، بینک اور ادائیگی کی سہولت دینے والے ادارے (ایزی پیسہ اور جاز کیش)، نادرا، ایس ایم ایس سروس فراہم کرنے والی کمپنی، ہمارا کال سینٹر، اور قانون کے تحت مطالبہ کرنے والے سرکاری ادارے۔ ہم آپ کی معلومات کسی کو فروخت نہیں کرتے۔

## معلومات کتنی دیر محفوظ رکھی جاتی ہیں

پلان اور کلیم کا ریکارڈ پلان ختم ہونے یا آخری ادائیگی کے بعد کم از کم دس سال تک محفوظ رکھا جاتا ہے، جیسا کہ ایس ای سی پی کے قواعد تقاضا کرتے ہیں۔ کال سینٹر کی ریکارڈنگ چھ ماہ تک رکھی جاتی ہے۔

## آپ کے حقوق اور شکایات

آپ اپنی معلومات تک رسائی، ان کی درستی اور مارکیٹنگ پیغامات بند کرنے کی درخواست کر سکتے ہیں۔ شکایت کی صورت میں ہماری ہیلپ لائن 111-722-922 پر رابطہ کریں یا [complaints@saayatakaful.com.pk](mailto:complaints@saayatakaful.com.pk) پر ای میل کریں۔ اگر آپ ہمارے جواب سے مطمئن نہ ہوں تو ایس ای سی پی کے سروس ڈیسک مینجمنٹ سسٹم (ایس ڈی ایم ایس) یا وفاقی انشورنس محتسب سے رجوع کر سکتے ہیں۔
"""

EDITS = [
    {"note": "payment channel added: Raast",
     "repl": [("(ایزی پیسہ اور جاز کیش)", "(ایزی پیسہ، جاز کیش اور راست)")]},
    {"note": "typo fixed (ادئیگی), date unchanged", "bump": False,
     "repl": [("کنٹری بیوشن کی ادئیگی کی تفصیل", "کنٹری بیوشن کی ادائیگی کی تفصیل")]},
    {"note": "table row added: digital data (app and website use, IP address, cookies)",
     "repl": [("| کلیم کی معلومات |",
               "| ڈیجیٹل معلومات | موبائل ایپ اور ویب سائٹ کے استعمال کا ڈیٹا، آئی پی ایڈریس، کوکیز |\n| کلیم کی معلومات |")]},
    {"note": "helpline number changed (UAN -> toll free), date unchanged", "bump": False,
     "repl": [("ہیلپ لائن 111-722-922 پر", "ٹول فری ہیلپ لائن 0800-72292 پر")]},
    {"note": "call-centre recordings kept one year instead of six months",
     "repl": [("کال سینٹر کی ریکارڈنگ چھ ماہ تک رکھی جاتی ہے۔", "کال سینٹر کی ریکارڈنگ ایک سال تک رکھی جاتی ہے۔")]},
    {"note": "list item added: WhatsApp plan information and contribution reminders",
     "repl": [("- آپ کی رضامندی سے نئے پلانز",
               "- واٹس ایپ پر پلان کی معلومات اور کنٹری بیوشن کی یاد دہانی بھیجنے کے لیے، اگر آپ نے اپنا نمبر اس "
               "مقصد کے لیے فراہم کیا ہو\n- آپ کی رضامندی سے نئے پلانز")]},
]


def fmt_date(d):
    return "%d %s %d" % (d.day, K.MONTHS["ur"][d.month - 1], d.year)


UPDATE = dt.datetime(2023, 11, 21, 20, 0)  # DXP 7.4 U72 -> U92

SLIDES = [("kafan-dafan", "کفن دفن تکافل پلان", "صرف 350 روپے ماہانہ میں اپنے پیاروں کو تدفین کے اخراجات کی فکر سے آزاد کریں"),
          ("family-shield", "فیملی شیلڈ تکافل", "آپ کے بعد بھی آپ کے خاندان کا سہارا"),
          ("claims", "کلیم صرف 48 گھنٹوں میں", "کفن دفن کلیم کی ادائیگی دستاویزات مکمل ہونے کے 48 گھنٹوں کے اندر"),
          ("app", "سایہ موبائل ایپ", "کنٹری بیوشن کی ادائیگی اور پلان کی تفصیل اب آپ کے موبائل پر")]
RAMADAN = ("ramadan", "رمضان المبارک مبارک ہو", "اس بابرکت مہینے میں اپنے پیاروں کے تحفظ کا بندوبست کریں")


def _psx(day):
    """Last price of the share on the capture day: a seeded random walk of daily closes."""
    price, prev = 11.80, 11.80
    d = dt.date(2023, 1, 2)
    while d <= day:
        if d.weekday() < 5:
            prev = price
            price = round(max(4.0, price * math.exp(K.day_rng("sftl-psx", d.isoformat()).gauss(0.0004, 0.021))), 2)
        d += dt.timedelta(days=1)
    return price, round(price - prev, 2)


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "pk")
    hy, hm, hd = K.hijri(loc.date())
    slides = ([RAMADAN] if hm == 9 else []) + SLIDES
    upd = when >= UPDATE
    return {
        "auth": C.alnum(rng, 8),
        "dates": (loc.date().isoformat(), hy, hm, hd),
        "psx": _psx(loc.date()),
        "slides": (tuple(s[0] for s in slides), rng.randrange(len(slides))),
        "dxp": "7.4.13-u92" if upd else "7.4.13-u72",
        "combo": C.keep_or(rng, p.get("combo") if p.get("dxp") == ("7.4.13-u92" if upd else "7.4.13-u72") else None,
                           0.1, lambda: C.epoch(when) * 1000 - rng.randint(10 ** 6, 10 ** 9)),
        "year": loc.year,
    }


LABELS = {
    "auth": "Liferay.authToken (per session)",
    "dates": "header Hijri / Gregorian date",
    "psx": "header PSX share price widget",
    "slides": "banner carousel (slides, active slide)",
    "dxp": "Liferay DXP update (loader and combo URLs)",
    "combo": "combo/theme CSS ?t= timestamps (deploys)",
    "year": "footer copyright year",
}

PORTLET = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_kR7mQ2xZpL4a"


def _article(blocks):
    title, rest = K.title_and_rest(blocks)

    def table(rows, inl):
        head = "".join('<th scope="col">%s</th>' % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<div class="table-responsive"><table class="table table-bordered saaya-legal__table"><thead><tr>%s</tr>'
                '</thead><tbody>%s</tbody></table></div>' % (head, body))

    body = K.render_blocks(rest, table=table,
                           addr=lambda lines, inl: '<address class="saaya-legal__address">%s</address>'
                           % "<br />".join(inl(x) for x in lines))
    return ('<div class="saaya-legal" dir="rtl">\n<h1 class="saaya-legal__title">%s</h1>\n<div class="saaya-legal__body">\n'
            '%s\n</div>\n</div>' % (K.esc(title), body))


def render(state, blocks, when):
    day, hy, hm, hd = state["dates"]
    d = dt.date.fromisoformat(day)
    wd = K.WEEKDAYS["ur"][d.weekday()]
    price, chg = state["psx"]
    pct = 100.0 * chg / (price - chg) if price != chg else 0.0
    arrow, cls = ("▲", "up") if chg > 0 else (("▼", "down") if chg < 0 else ("■", "flat"))
    keys, active = state["slides"]
    table = {s[0]: s for s in SLIDES + [RAMADAN]}
    slides = "\n".join('<div class="carousel-item%s"><img alt="" class="d-block w-100" src="/documents/20121/0/banner-%s.jpg" />'
                       '<div class="carousel-caption"><h2>%s</h2><p>%s</p><a class="btn btn-primary" href="/ur/plans/%s">'
                       'مزید جانیے</a></div></div>' % (" active" if n == active else "", k, table[k][1], table[k][2], k)
                       for n, k in enumerate(keys))
    u92 = state["dxp"].endswith("u92")
    t = state["combo"]
    loader = ('<script data-senna-track="permanent" src="/o/frontend-js-web/__liferay__/index.js" type="module"></script>\n'
              '<script data-senna-track="permanent" src="/o/frontend-js-loader-modules-extender/loader.js?&amp;mac=9WaMmhziBCkScHZwrrVcOR7VZF4%%3D&amp;browserId=chrome&amp;languageId=ur_PK&amp;minifierType=js" type="text/javascript"></script>'
              if u92 else
              '<script data-senna-track="permanent" src="/o/frontend-js-loader-modules-extender/loader.js?&amp;mac=Ax7hBq2xO1F0N5CK7V6Rf3GQ4Uc%%3D&amp;browserId=chrome&amp;languageId=ur_PK&amp;minifierType=js" type="text/javascript"></script>')
    return """<!DOCTYPE html>

<html class="rtl" dir="rtl" lang="ur-PK">

<head>
	<title>رازداری کی پالیسی - سایہ فیملی تکافل</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />

<meta content="text/html; charset=UTF-8" http-equiv="content-type" />

<script type="importmap">{"imports":{"@clayui/breadcrumb":"/o/frontend-taglib-clay/__liferay__/exports/@clayui$breadcrumb.js","react":"/o/frontend-js-react-web/__liferay__/exports/react.js","react-dom":"/o/frontend-js-react-web/__liferay__/exports/react-dom.js"},"scopes":{}}</script><script data-senna-track="temporary">var Liferay = window.Liferay || {};Liferay.Icons = Liferay.Icons || {};Liferay.Icons.controlPanelSpritemap = 'https://www.saayatakaful.com.pk/o/admin-theme/images/clay/icons.svg';Liferay.Icons.spritemap = 'https://www.saayatakaful.com.pk/o/saaya-theme/images/clay/icons.svg';</script>
<link data-senna-track="temporary" href="https://www.saayatakaful.com.pk/ur/privacy-policy" rel="canonical" />
<link data-senna-track="temporary" href="https://www.saayatakaful.com.pk/privacy-policy" hreflang="en-US" rel="alternate" />
<link data-senna-track="temporary" href="https://www.saayatakaful.com.pk/ur/privacy-policy" hreflang="ur-PK" rel="alternate" />
<link data-senna-track="temporary" href="https://www.saayatakaful.com.pk/privacy-policy" hreflang="x-default" rel="alternate" />

<meta property="og:locale" content="ur_PK">
<meta property="og:site_name" content="Saaya Family Takaful">
<meta property="og:title" content="رازداری کی پالیسی - سایہ فیملی تکافل">
<meta property="og:type" content="website">
<meta property="og:url" content="https://www.saayatakaful.com.pk/ur/privacy-policy">

<link href="https://www.saayatakaful.com.pk/o/saaya-theme/images/favicon.ico" rel="icon" />

<link class="lfr-css-file" data-senna-track="temporary" href="https://www.saayatakaful.com.pk/o/saaya-theme/css/clay_rtl.css?browserId=chrome&amp;themeId=saayatheme_WAR_saayatheme&amp;languageId=ur_PK&amp;t=%(t)d" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/combo?browserId=chrome&amp;minifierType=css&amp;languageId=ur_PK&amp;t=%(t)d&amp;/o/journal-web/css/main_rtl.css&amp;/o/product-navigation-product-menu-web/css/main_rtl.css&amp;/o/site-navigation-menu-web/css/main_rtl.css" rel="stylesheet" type="text/css" />

<script data-senna-track="temporary" type="text/javascript">
	// <![CDATA[
		var Liferay = Liferay || {};

		Liferay.Browser = {
			acceptsGzip: function() {return true;},
			getMajorVersion: function() {return 120.0;},
			getRevision: function() {return '537.36';},
			getVersion: function() {return '120.0';},
			isChrome: function() {return true;},
			isEdge: function() {return false;},
			isFirefox: function() {return false;},
			isGecko: function() {return true;},
			isMobile: function() {return false;},
			isSafari: function() {return true;},
			isWebKit: function() {return true;}
		};

		Liferay.Data = Liferay.Data || {};
		Liferay.Data.ICONS_INLINE_SVG = true;
		Liferay.Data.NAV_SELECTOR = '#navigation';
		Liferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';
		Liferay.Data.isCustomizationView = function() {return false;};
		Liferay.Data.notices = [];

		Liferay.ThemeDisplay = {
			getLayoutId: function() {return '14';},
			getLayoutRelativeControlPanelURL: function() {return '/ur/group/guest/~/control_panel/manage';},
			getLayoutRelativeURL: function() {return '/ur/privacy-policy';},
			getLayoutURL: function() {return 'https://www.saayatakaful.com.pk/ur/privacy-policy';},
			getParentLayoutId: function() {return '0';},
			isControlPanel: function() {return false;},
			isPrivateLayout: function() {return 'false';},
			isVirtualLayout: function() {return false;},
			getBCP47LanguageId: function() {return 'ur-PK';},
			getCanonicalURL: function() {return 'https\\x3a\\x2f\\x2fwww\\x2esaayatakaful\\x2ecom\\x2epk\\x2fur\\x2fprivacy-policy';},
			getCDNBaseURL: function() {return 'https://www.saayatakaful.com.pk';},
			getCDNDynamicResourcesHost: function() {return '';},
			getCDNHost: function() {return '';},
			getCompanyGroupId: function() {return '20128';},
			getCompanyId: function() {return '20097';},
			getDefaultLanguageId: function() {return 'en_US';},
			getDoAsUserIdEncoded: function() {return '';},
			getLanguageId: function() {return 'ur_PK';},
			getParentGroupId: function() {return '20121';},
			getPathContext: function() {return '';},
			getPathImage: function() {return '/image';},
			getPathJavaScript: function() {return '/o/frontend-js-web';},
			getPathMain: function() {return '/ur/c';},
			getPathThemeImages: function() {return 'https://www.saayatakaful.com.pk/o/saaya-theme/images';},
			getPathThemeRoot: function() {return '/o/saaya-theme';},
			getPlid: function() {return '88';},
			getPortalURL: function() {return 'https://www.saayatakaful.com.pk';},
			getRealUserId: function() {return '20101';},
			getRemoteAddr: function() {return '10.20.4.17';},
			getRemoteHost: function() {return '10.20.4.17';},
			getScopeGroupId: function() {return '20121';},
			getScopeGroupIdOrLiveGroupId: function() {return '20121';},
			getSessionId: function() {return '';},
			getSiteAdminURL: function() {return 'https://www.saayatakaful.com.pk/group/guest/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_v_l_s_g_id=20121';},
			getSiteGroupId: function() {return '20121';},
			getURLControlPanel: function() {return '/ur/group/control_panel?refererPlid=88';},
			getURLHome: function() {return 'https\\x3a\\x2f\\x2fwww\\x2esaayatakaful\\x2ecom\\x2epk\\x2fweb\\x2fguest';},
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
			getComboPath: function() {return '/combo/?browserId=chrome&minifierType=&languageId=ur_PK&t=%(t)d&';},
			getDateFormat: function() {return '%%d/%%m/%%Y';},
			getEditorCKEditorPath: function() {return '/o/frontend-editor-ckeditor-web/ckeditor';},
			getFilter: function() {return 'min';},
			getFilterConfig: function() {return null;},
			getJavaScriptRootPath: function() {return '/o/frontend-js-web';},
			getPortletRootPath: function() {return '/html/portlet';},
			getStaticResourceURLParams: function() {return '?browserId=chrome&minifierType=&languageId=ur_PK&t=%(t)d';}
		};

		Liferay.authToken = '%(auth)s';

		Liferay.currentURL = '\\x2fur\\x2fprivacy-policy';
		Liferay.currentURLEncoded = '\\x252Fur\\x252Fprivacy-policy';
	// ]]>
</script>

%(loader)s
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=ur_PK&amp;t=%(t)d&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-jquery-web/jquery/init.js&amp;/o/frontend-js-jquery-web/jquery/ajax.js&amp;/o/frontend-js-jquery-web/jquery/bootstrap.bundle.min.js&amp;/o/frontend-js-jquery-web/jquery/collapsible_search.js&amp;/o/frontend-js-jquery-web/jquery/fm.js&amp;/o/frontend-js-jquery-web/jquery/form.js&amp;/o/frontend-js-jquery-web/jquery/popper.min.js&amp;/o/frontend-js-jquery-web/jquery/side_navigation.js" type="text/javascript"></script>

<link class="lfr-css-file" data-senna-track="temporary" href="https://www.saayatakaful.com.pk/o/saaya-theme/css/main_rtl.css?browserId=chrome&amp;themeId=saayatheme_WAR_saayatheme&amp;languageId=ur_PK&amp;t=%(t)d" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
</head>

<body class="chrome controls-visible  yui3-skin-sam signed-out public-page site">

<div class="d-flex flex-column min-vh-100">

	<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
		<header id="banner">
			<div class="saaya-topbar">
				<div class="container-fluid container-fluid-max-xl d-flex justify-content-between">
					<span class="saaya-topbar__date">%(wd)s، %(hd)d %(hmonth)s %(hy)dھ &nbsp;|&nbsp; %(gdate)s</span>
					<span class="saaya-topbar__psx">پی ایس ایکس: SFTL <strong>%(price).2f</strong> <span class="psx-%(cls)s">%(arrow)s %(chg).2f (%(pct).2f%%)</span></span>
					<span class="saaya-topbar__uan">UAN: <a href="tel:111722922">111-722-922</a></span>
				</div>
			</div>
			<div class="navbar navbar-classic navbar-top py-3">
				<div class="container-fluid container-fluid-max-xl user-personal-bar">
					<a class="logo custom-logo align-items-center d-flex" href="https://www.saayatakaful.com.pk/ur" title="سایہ فیملی تکافل">
						<img alt="سایہ فیملی تکافل" height="56" src="/image/layout_set_logo?img_id=48019&amp;t=1690212233114" width="180" />
					</a>
					<nav class="saaya-nav" id="navigation" role="navigation">
						<ul aria-label="صفحات کی سائٹ" role="menubar">
							<li class="lfr-nav-item" role="presentation"><a href="https://www.saayatakaful.com.pk/ur/plans" role="menuitem"><span>تکافل پلانز</span></a></li>
							<li class="lfr-nav-item" role="presentation"><a href="https://www.saayatakaful.com.pk/ur/claims" role="menuitem"><span>کلیم</span></a></li>
							<li class="lfr-nav-item" role="presentation"><a href="https://www.saayatakaful.com.pk/ur/shariah" role="menuitem"><span>شریعہ بورڈ</span></a></li>
							<li class="lfr-nav-item" role="presentation"><a href="https://www.saayatakaful.com.pk/ur/investors" role="menuitem"><span>سرمایہ کار</span></a></li>
							<li class="lfr-nav-item" role="presentation"><a href="https://www.saayatakaful.com.pk/ur/contact" role="menuitem"><span>رابطہ</span></a></li>
						</ul>
					</nav>
					<div class="saaya-lang"><a href="/c/portal/update_language?p_l_id=88&amp;redirect=%%2Fur%%2Fprivacy-policy&amp;languageId=en_US" lang="en-US">English</a></div>
				</div>
			</div>
		</header>

		<section class="flex-fill" id="content">
			<div class="columns-1" id="main-content" role="main">
	<div class="portlet-layout row">
		<div class="col-md-12 portlet-column portlet-column-only" id="column-1">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-only" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end portlet-barebone portlet-journal-content " id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_bN4cX8wQzR1e_">
	<span id="p_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_bN4cX8wQzR1e"></span>
	<section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_bN4cX8wQzR1e">
		<div class="portlet-content">
			<div class=" portlet-content-container">
				<div class="portlet-body">
<div class="clearfix journal-content-article" data-analytics-asset-id="47702" data-analytics-asset-title="Home Carousel Urdu" data-analytics-asset-type="web-content">
<div class="carousel slide saaya-carousel" data-ride="carousel" id="saayaCarousel">
<div class="carousel-inner">
%(slides)s
</div>
<a class="carousel-control-prev" data-slide="prev" href="#saayaCarousel" role="button"><span class="sr-only">پچھلا</span></a>
<a class="carousel-control-next" data-slide="next" href="#saayaCarousel" role="button"><span class="sr-only">اگلا</span></a>
</div>
</div>
				</div>
			</div>
		</div>
	</section>
</div>
<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end portlet-barebone portlet-journal-content " id="p_p_id_%(portlet)s_">
	<span id="p_%(portlet)s"></span>
	<section class="portlet" id="portlet_%(portlet)s">
		<div class="portlet-content">
			<div class="autofit-float autofit-row portlet-header">
				<div class="autofit-col autofit-col-end">
					<div class="autofit-section">
						<div class="visible-interaction"></div>
					</div>
				</div>
			</div>
			<div class=" portlet-content-container">
				<div class="portlet-body">
<div class="text-right user-tool-asset-addon-entries">
</div>
<div class="clearfix journal-content-article" data-analytics-asset-id="48213" data-analytics-asset-title="Privacy Policy Urdu" data-analytics-asset-type="web-content">
%(article)s
</div>
<div class="content-metadata-asset-addon-entries">
</div>
				</div>
			</div>
		</div>
	</section>
</div>
			</div>
		</div>
	</div>
</div>
		</section>

		<footer id="footer" role="contentinfo">
			<div class="container-fluid container-fluid-max-xl">
				<p class="saaya-footer__regulatory">سایہ فیملی تکافل لمیٹڈ ایس ای سی پی سے لائسنس یافتہ فیملی تکافل آپریٹر ہے۔ پاکستان اسٹاک ایکسچینج پر لسٹڈ (SFTL)۔</p>
				<p class="saaya-footer__copy">© %(year)d سایہ فیملی تکافل لمیٹڈ۔ جملہ حقوق محفوظ ہیں۔ <a href="/ur/privacy-policy">رازداری کی پالیسی</a> · <a href="/ur/complaints">شکایات</a></p>
			</div>
		</footer>
	</div>
</div>

<script type="text/javascript">
// <![CDATA[
	Liferay.Portlet.register('%(portlet)s');
	Liferay.Portlet.onLoad({
		canEditTitle: false,
		columnPos: 1,
		isStatic: 'end',
		namespacedId: 'p_p_id_%(portlet)s_',
		portletId: '%(portlet)s',
		refreshURL: '\\x2fur\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d88\\x26p_p_id\\x3d%(portlet)s\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dcolumn-1\\x26p_p_col_pos\\x3d1\\x26p_p_col_count\\x3d2\\x26p_p_isolated\\x3d1\\x26currentURL\\x3d\\x252Fur\\x252Fprivacy-policy',
		refreshURLData: {}
	});
// ]]>
</script>
<script src="https://www.saayatakaful.com.pk/o/saaya-theme/js/main.js?browserId=chrome&amp;languageId=ur_PK&amp;t=%(t)d" type="text/javascript"></script>
</body>

</html>
""" % {"t": t, "auth": state["auth"], "loader": loader, "wd": wd, "hd": hd, "hmonth": K.MONTHS["hijri_ur"][hm - 1],
       "hy": hy, "gdate": fmt_date(d), "price": price, "cls": cls, "arrow": arrow, "chg": abs(chg), "pct": abs(pct),
       "slides": slides, "portlet": PORTLET, "article": _article(blocks), "year": state["year"]}


PAGE = {
    "service": "Saaya Family Takaful",
    "url": "https://www.saayatakaful.com.pk/ur/privacy-policy",
    "lang": "ur",
    "platform": "Liferay DXP 7.4 (Web Content Display portlets, custom theme), RTL",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": [("Server", "Apache"), ("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Liferay-Portal", "Liferay Digital Experience Platform 7.4"), ("Content-Language", "ur-PK")],
    "n": 32,
    "start": dt.date(2023, 3, 15),
    "end": dt.date(2025, 2, 28),
    "hours": (4, 9, 14),
    "policy": POLICY,
    "first_updated": dt.date(2022, 12, 19),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.saayatakaful.com.pk/ur/privacy-policy",
        "select": "#portlet_" + PORTLET + " .journal-content-article",
    },
}
