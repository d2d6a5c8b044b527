"""TwCRR, a Taiwanese clinical-trial registry: Java EE / JSF 2.3 with PrimeFaces 12 (saga theme) on Tomcat,
government-portal layout (accesskey ":::" anchors, AA accessibility badge), Traditional Chinese with ROC dates.

The page "網站政策" holds three documents in a PrimeFaces `p:tabView`: the privacy policy (declared panel
`mainForm:tabs:privacyTab`), the data-use terms (revised twice over the years: noise beside the policy) and the
information-security policy. The crawler keeps no cookies, so Tomcat rewrites every internal URL with
`;jsessionid=` (per visit), the links *inside* the declared panel too (attributes only). Per visit also:
`javax.faces.ViewState`, the registry tally bar (registered / recruiting / new this week) and the visitor counter.
Sticky: the footer's site-update date.
"""
import datetime as dt
import html

import common as C


def fmt_date(d):
    return "中華民國%d年%d月%d日" % (d.year - 1911, d.month, d.day)


POLICY = """
# 隱私權保護政策

最後修訂日期：{UPDATED}

財團法人臺灣臨床研究登錄中心（以下簡稱「本中心」）為促進臨床試驗資訊之公開透明，建置「臺灣臨床研究登錄平台」（以下簡稱「本平台」），提供臨床試驗之登錄、查詢及統計服務。為保障使用者之隱私權益，本中心依據個人資料保護法及相關法令訂定本政策，說明本平台蒐集、處理及利用個人資料之方式，請您詳細閱讀。

## 一、適用範圍

本政策適用於您使用本平台網站及線上服務時，本中心所涉及之個人資料蒐集、處理及利用。本平台所連結之其他網站（例如衛生福利部、世界衛生組織國際臨床試驗登錄平台）各有其隱私權政策，不適用本政策。本平台之使用另受[資料使用條款](/portal/terms.xhtml)規範。

## 二、蒐集之目的及個人資料類別

本中心蒐集個人資料之特定目的及類別如下：

| 特定目的 | 個人資料類別 | 適用對象 |
| 〇六九 契約、類似契約或其他法律關係事務 | C001 辨識個人者、C038 職業 | 註冊帳號之試驗主持人及登錄人員 |
| 一三五 資（通）訊服務 | C001 辨識個人者 | 電子報訂閱者 |
| 一三六 資（通）訊與資料庫管理 | C001 辨識個人者、C038 職業、C052 資格或技術 | 試驗主持人及聯絡人 |
| 一五七 調查、統計與研究分析 | 網站瀏覽紀錄（不含可識別個人之資料） | 一般使用者 |

### 註冊帳號時

- 姓名、電子郵件、服務機構、職稱及聯絡電話；
- 登入帳號、加密後之密碼、最後登入時間及來源IP位址。

### 登錄臨床試驗時

- 計畫主持人、協同主持人及試驗聯絡人之姓名、服務機構、職稱、公務電話及公務電子郵件；
- 試驗委託者及受託研究機構（CRO）聯絡窗口之姓名及聯絡方式。

本平台不蒐集受試者之個人資料。請勿於試驗摘要、納入及排除條件或其他欄位中填寫任何可識別受試者之資訊。

## 三、公開揭露之資料

依據世界衛生組織（WHO）國際臨床試驗登錄平台（ICTRP）之登錄資料集要求，試驗登錄經審核通過後，下列資料將於本平台公開，供社會大眾查詢：

- 計畫主持人姓名及服務機構；
- 公開查詢聯絡人及學術查詢聯絡人之姓名、服務機構、公務電話及公務電子郵件；
- 試驗執行機構名稱及所在地。

前述公開資料為臨床試驗透明化之必要內容，於試驗結束後仍將持續公開，以確保試驗紀錄之完整。

## 四、個人資料利用之期間、地區、對象及方式

- 期間：帳號資料於帳號存續期間保存，帳號停用後保存5年；試驗登錄資料永久保存。
- 地區：中華民國境內。
- 對象：本中心、衛生福利部食品藥物管理署及依法有權調閱之機關。
- 方式：以自動化機器或其他非自動化之方式處理及利用。

## 五、當事人權利

依個人資料保護發第三條規定，您得就本中心保有之個人資料行使下列權利：

- 查詢或請求閱覽；
- 請求製給複製本；
- 請求補充或更正；
- 請求停止蒐集、處理或利用；
- 請求刪除。

您可透過[聯絡我們](/portal/contact.xhtml)頁面或來信 privacy@twcrr.org.tw 行使上述權利，本中心將於15日內回覆，必要時得延長15日並以書面通知您。惟已公開之試驗登錄資料，因涉及臨床試驗透明化之公共利益，本中心得依個人資料保護法第十一條規定不予刪除，但會更正錯誤之資料。

您得自由選擇是否提供個人資料，惟若未提供註冊所需資料，將無法使用試驗登錄功能。

## 六、資料之保護

- 本平台主機設置於具備防火牆、入侵偵測及防毒系統之機房，並定期進行弱點掃描及滲透測試；
- 網站傳輸採用TLS加密；
- 僅經授權之人員得存取個人資料，所有存取行為均留有紀錄；
- 委託廠商處理個人資料時，本中心將要求其遵守保密義務並予以監督。

如發生個人資料被竊取、洩漏、竄改或其他侵害事故，本中心將於查明後以電話、信函、電子郵件或網站公告等適當方式通知當事人。

## 七、網站對外的相關連結

本平台網頁提供其他網站之網路連結，您可經由本平台所提供之連結點選進入其他網站，但該連結網站不適用本平台之隱私權保護政策，您必須參考該連結網站中之隱私權保護政策。

## 八、與第三人共用個人資料之政策

本中心不會提供、交換、出租或出售您的個人資料予其他個人、團體、私人企業或公務機關，但有法律依據或合約義務者，不在此限。前項但書之情形包括但不限於：

- 經由您書面同意；
- 法律明文規定；
- 為免除您生命、身體、自由或財產上之危險；
- 與公務機關或學術研究機構合作，基於公共利益為統計或學術研究而有必要，且資料經過處理後無從識別特定之當事人；
- 依世界衛生組織之規定，定期將已公開之試驗登錄資料提供予國際臨床試驗登錄平台。

本平台委託之資訊服務廠商如下：

| 受託廠商 | 委託事項 | 資料存放地點 |
| 中華電信股份有限公司 | 主機代管及異地備援 | 臺灣 |
| 昱創資訊股份有限公司 | 系統開發及維護 | 臺灣 |
| Google LLC | 網站流量分析（Universal Analytics） | 美國 |

## 九、Cookie之使用

為提供您最佳的服務，本平台會在您的電腦中放置並取得我們的Cookie，例如工作階段識別碼（JSESSIONID），用以維持登入狀態及表單操作。若您的瀏覽器不接受Cookie，系統將改以於網址後附加工作階段識別碼之方式維持連線。您可於瀏覽器設定中拒絕Cookie，但可能導致部分功能無法正常執行。

## 十、隱私權保護政策之修正

本政策將因應需求隨時進行修正，修正後的條款將刊登於本平台網站上。如您對本政策有任何疑問，請洽：

@ 財團法人臺灣臨床研究登錄中心 個人資料保護聯絡窗口
@ 地址：100臺北市中正區杭州南路一段15號8樓
@ 電話：(02) 2358-7710
@ 電子郵件：privacy@twcrr.org.tw
"""

EDITS = [
    {"note": "typo fixed (個人資料保護發 -> 個人資料保護法), date kept", "bump": False,
     "repl": [("依個人資料保護發第三條規定", "依個人資料保護法第三條規定")]},
    {"note": "trial results summaries added to the published data list",
     "repl": [("- 試驗執行機構名稱及所在地。",
               "- 試驗執行機構名稱及所在地；\n- 試驗結果摘要及相關出版品之連結（試驗結束後12個月內登錄）。")]},
    {"note": "account data kept 3 years after deactivation instead of 5",
     "repl": [("帳號停用後保存5年", "帳號停用後保存3年")]},
    {"note": "analytics processor row: Universal Analytics replaced by Google Analytics 4",
     "repl": [("| Google LLC | 網站流量分析（Universal Analytics） | 美國 |",
               "| Google LLC | 網站流量分析（Google Analytics 4，IP位址匿名化） | 美國 |")]},
    {"note": "contact phone number changed",
     "repl": [("@ 電話：(02) 2358-7710", "@ 電話：(02) 2358-7799")]},
]

TERMS = [
    (dt.date(2000, 1, 1), "中華民國108年5月1日", [
        "本平台所提供之臨床試驗登錄資料，使用者得於非營利目的下自由查詢、下載及引用，惟應註明資料來源為「臺灣臨床研究登錄平台」。",
        "使用者不得以自動化程式大量擷取本平台資料，或以任何方式影響本平台之正常運作。",
        "本平台資料係由試驗委託者及主持人自行登錄，本中心僅進行形式審查，不保證資料之正確性及完整性。"]),
    (dt.date(2022, 3, 15), "中華民國111年3月15日", [
        "本平台所提供之臨床試驗登錄資料，依「政府資料開放授權條款－第1版」提供，使用者得於註明資料來源為「臺灣臨床研究登錄平台」之前提下，自由重製、改作及散布。",
        "使用者不得以自動化程式大量擷取本平台網頁資料；如需批次資料，請使用本平台提供之開放資料下載服務。",
        "本平台資料係由試驗委託者及主持人自行登錄，本中心僅進行形式審查，不保證資料之正確性及完整性。"]),
    (dt.date(2023, 10, 2), "中華民國112年10月2日", [
        "本平台所提供之臨床試驗登錄資料，依「政府資料開放授權條款－第1版」提供，使用者得於註明資料來源為「臺灣臨床研究登錄平台」之前提下，自由重製、改作及散布。",
        "使用者如需批次資料，請使用本平台之開放資料下載服務或應用程式介面（API）；API每一金鑰每分鐘以60次請求為限。",
        "本平台資料係由試驗委託者及主持人自行登錄，本中心僅進行形式審查，不保證資料之正確性及完整性。",
        "使用者違反本條款者，本中心得停止其API金鑰之使用權限。"]),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    days = (when.date() - dt.date(2020, 1, 1)).days
    upd = prev.get("site_updated")
    if upd is None or rng.random() < 0.35:
        upd = (when.date() - dt.timedelta(days=rng.randint(0, 12))).isoformat()
    return {
        "jsessionid": C.hexs(rng, 32).upper(),
        "viewstate": "%d:%d" % (rng.randint(-2 ** 63, 2 ** 63 - 1), rng.randint(-2 ** 63, 2 ** 63 - 1)),
        "tally": (6120 + days * 2 + rng.randint(0, 3), 1180 + rng.randint(-40, 40), rng.randint(12, 48)),
        "visitors": 2450000 + days * 530 + rng.randint(0, 520),
        "site_updated": upd,
        "terms": max(k for k, t in enumerate(TERMS) if t[0] <= when.date()),
    }


LABELS = {"jsessionid": ";jsessionid= in every internal URL (inside the policy panel too)",
          "viewstate": "javax.faces.ViewState", "tally": "registry tally bar",
          "visitors": "footer visitor counter", "site_updated": "footer site-update date",
          "terms": "data-use terms tab (revision)"}


def render(s, blocks, when):
    js = ";jsessionid=" + s["jsessionid"]

    def url(u):
        if "?" in u:
            a, b = u.split("?", 1)
            return a + js + "?" + b
        return u + js

    def link(u, label):
        href = url(u) if u.startswith("/") else u
        extra = '' if u.startswith("/") else ' target="_blank" rel="noopener noreferrer" title="%s(另開新視窗)"' % html.escape(label)
        return '<a href="%s"%s>%s</a>' % (html.escape(href), extra, html.escape(label, quote=False))

    def bh(b):
        kind, v = b
        il = lambda t: C.inline_html(t, link=link)
        if kind in ("h1", "h2", "h3"):
            return "<%s>%s</%s>" % (kind, il(v), kind)
        if kind == "p":
            return "<p>%s</p>" % il(v)
        if kind == "ul":
            return '<ul class="list">%s</ul>' % "".join("<li>%s</li>" % il(x) for x in v)
        if kind == "table":
            head = "".join('<th scope="col">%s</th>' % il(x) for x in v[0])
            body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % il(x) for x in r) for r in v[1:])
            return ('<table class="table_style" summary="%s"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
                    % (html.escape(v[0][0]), head, body))
        if kind == "addr":
            return '<p class="contact">%s</p>' % "<br />".join(il(x) for x in v)
        raise ValueError(kind)

    policy = "\n".join(bh(b) for b in blocks)
    tdate, ttitle_date, tparas = TERMS[s["terms"]][0], TERMS[s["terms"]][1], TERMS[s["terms"]][2]
    terms = ('<h1>資料使用條款</h1><p>修訂日期：%s</p><ol class="list">%s</ol>'
             % (ttitle_date, "".join("<li>%s</li>" % html.escape(p) for p in tparas)))
    total, recruiting, week = s["tally"]
    res = lambda p: "/portal/javax.faces.resource/%s%s" % (p.split("?")[0] + ".xhtml", js + "?" + p.split("?")[1])
    y, m, d = s["site_updated"].split("-")
    return """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-Hant-TW"><head id="j_idt2"><link type="text/css" rel="stylesheet" href="%(r_theme)s" /><link type="text/css" rel="stylesheet" href="%(r_icons)s" /><link type="text/css" rel="stylesheet" href="%(r_comp)s" /><script type="text/javascript" src="%(r_jq)s"></script><script type="text/javascript" src="%(r_core)s"></script><script type="text/javascript" src="%(r_compjs)s"></script><script type="text/javascript">if(window.PrimeFaces){PrimeFaces.settings.locale='zh_TW';PrimeFaces.settings.viewId='/policy.xhtml';PrimeFaces.settings.contextPath='/portal';PrimeFaces.settings.cookiesSecure=false;PrimeFaces.settings.validateEmptyFields=false;PrimeFaces.settings.considerEmptyStringNull=false;}</script>
		<meta http-equiv="X-UA-Compatible" content="IE=edge" />
		<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="DC.Title" content="網站政策" />
		<meta name="DC.Publisher" content="財團法人臺灣臨床研究登錄中心" />
		<meta name="DC.Language" content="中文" />
		<title>網站政策 - 臺灣臨床研究登錄平台</title>
		<link rel="stylesheet" type="text/css" href="/portal/resources/css/site.css%(js)s?v=3.8.2" />
		<script async="async" src="https://www.googletagmanager.com/gtag/js?id=G-TW4CRR0P9L"></script>
		<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-TW4CRR0P9L');</script></head><body>
		<noscript>您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態。</noscript>
		<a href="#C" id="gotocenter" title="跳到主要內容" tabindex="1" class="sr-only sr-only-focusable">跳到主要內容</a>
		<div id="header">
			<a href="#U" accesskey="U" id="AU" title="上方功能區塊" class="accesskey">:::</a>
			<div class="header-inner">
				<a href="/portal/index.xhtml%(js)s" class="logo"><img src="/portal/resources/images/logo.png%(js)s" alt="臺灣臨床研究登錄平台(回首頁)" /></a>
				<ul class="toplinks">
					<li><a href="/portal/index.xhtml%(js)s">回首頁</a></li>
					<li><a href="/portal/sitemap.xhtml%(js)s">網站導覽</a></li>
					<li><a href="/portal/en/index.xhtml%(js)s" lang="en">English</a></li>
					<li><a href="/portal/faq.xhtml%(js)s">常見問答</a></li>
					<li><a href="/portal/login.xhtml%(js)s">登入</a></li>
				</ul>
				<form id="searchForm" name="searchForm" method="get" action="/portal/search.xhtml%(js)s" class="search"><label for="kw" class="sr-only">關鍵字</label><input id="kw" type="text" name="kw" title="請輸入關鍵字" placeholder="試驗名稱、藥品、疾病、登錄號" /><input type="submit" value="查詢" /></form>
			</div>
			<ul id="nav" class="mainmenu">
				<li><a href="/portal/trials.xhtml%(js)s">試驗查詢</a></li>
				<li><a href="/portal/register.xhtml%(js)s">試驗登錄</a></li>
				<li><a href="/portal/stats.xhtml%(js)s">統計資訊</a></li>
				<li><a href="/portal/regulations.xhtml%(js)s">法規與指引</a></li>
				<li><a href="/portal/news.xhtml%(js)s">最新消息</a></li>
				<li><a href="/portal/about.xhtml%(js)s">關於本中心</a></li>
			</ul>
			<div class="stats-bar">目前已登錄試驗 <strong>%(total)s</strong> 件｜招募中 <strong>%(recruiting)s</strong> 件｜本週新增 <strong>%(week)d</strong> 件</div>
		</div>
		<div id="main">
			<div class="breadcrumb"><a href="#C" accesskey="C" id="C" title="中央內容區塊" class="accesskey">:::</a> <a href="/portal/index.xhtml%(js)s">首頁</a> &gt; <span>網站政策</span></div>
			<h2 class="page-title">網站政策</h2>
<form id="mainForm" name="mainForm" method="post" action="/portal/policy.xhtml%(js)s" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="mainForm" value="mainForm" />
<div id="mainForm:tabs" class="ui-tabs ui-widget ui-widget-content ui-corner-all ui-hidden-container ui-tabs-top" data-widget="widget_mainForm_tabs"><ul class="ui-tabs-nav ui-helper-reset ui-widget-header ui-corner-all" role="tablist"><li class="ui-tabs-header ui-state-default ui-tabs-selected ui-state-active ui-corner-top" role="tab" aria-expanded="true" aria-selected="true" data-index="0"><a href="#mainForm:tabs:privacyTab" tabindex="-1">隱私權保護政策</a></li><li class="ui-tabs-header ui-state-default ui-corner-top" role="tab" aria-expanded="false" aria-selected="false" data-index="1"><a href="#mainForm:tabs:termsTab" tabindex="-1">資料使用條款</a></li><li class="ui-tabs-header ui-state-default ui-corner-top" role="tab" aria-expanded="false" aria-selected="false" data-index="2"><a href="#mainForm:tabs:securityTab" tabindex="-1">資訊安全政策</a></li></ul><div class="ui-tabs-panels"><div id="mainForm:tabs:privacyTab" class="ui-tabs-panel ui-widget-content ui-corner-bottom" role="tabpanel" aria-hidden="false">
%(policy)s
</div><div id="mainForm:tabs:termsTab" class="ui-tabs-panel ui-widget-content ui-corner-bottom ui-helper-hidden" role="tabpanel" aria-hidden="true">
%(terms)s
</div><div id="mainForm:tabs:securityTab" class="ui-tabs-panel ui-widget-content ui-corner-bottom ui-helper-hidden" role="tabpanel" aria-hidden="true">
<h1>資訊安全政策</h1><p>本中心為確保本平台之資訊安全，依資通安全管理法及相關規定，建立資訊安全管理制度，定期辦理風險評估、弱點掃描及社交工程演練，並於發生資安事件時依通報應變程序處理。</p>
</div></div><input type="hidden" id="mainForm:tabs_activeIndex" name="mainForm:tabs_activeIndex" value="0" autocomplete="off" /></div><script id="mainForm:tabs_s" type="text/javascript">$(function(){PrimeFaces.cw("TabView","widget_mainForm_tabs",{id:"mainForm:tabs",dynamic:false,effectDuration:"normal",scrollable:false,tabindex:"0"});});</script><input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" value="%(viewstate)s" autocomplete="off" />
</form>
		</div>
		<div id="footer">
			<a href="#Z" accesskey="Z" id="AZ" title="下方功能區塊" class="accesskey">:::</a>
			<ul class="footer-links">
				<li><a href="/portal/policy.xhtml%(js)s">網站政策</a></li>
				<li><a href="/portal/contact.xhtml%(js)s">聯絡我們</a></li>
				<li><a href="/portal/opendata.xhtml%(js)s">開放資料</a></li>
			</ul>
			<p>財團法人臺灣臨床研究登錄中心　地址：100臺北市中正區杭州南路一段15號8樓　電話：(02) 2358-7700<br />服務時間：週一至週五 09:00-17:30　建議使用 Chrome、Edge、Firefox 最新版本瀏覽</p>
			<p class="counter">瀏覽人次：%(visitors)s｜網站更新日期：%(upd)s</p>
			<a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20231102093512" title="無障礙網站(另開新視窗)" target="_blank"><img src="/portal/resources/images/accessibility-AA.png%(js)s" alt="通過AA無障礙網頁檢測" width="88" height="31" /></a>
		</div>
</body>
</html>
""" % {"r_theme": res("theme.css?ln=primefaces-saga&amp;v=12.0.0"), "r_icons": res("primeicons/primeicons.css?ln=primefaces&amp;v=12.0.0"),
       "r_comp": res("components.css?ln=primefaces&amp;v=12.0.0"), "r_jq": res("jquery/jquery.js?ln=primefaces&amp;v=12.0.0"),
       "r_core": res("core.js?ln=primefaces&amp;v=12.0.0"), "r_compjs": res("components.js?ln=primefaces&amp;v=12.0.0"),
       "js": js, "total": "{:,}".format(total), "recruiting": "{:,}".format(recruiting), "week": week,
       "policy": policy, "terms": terms, "viewstate": s["viewstate"], "visitors": "{:,}".format(s["visitors"]),
       "upd": "%d/%s/%s" % (int(y) - 1911, m, d)}


PAGE = {
    "service": "TwCRR",
    "url": "https://www.twcrr.org.tw/portal/policy.xhtml",
    "lang": "zh-Hant-TW",
    "platform": "JSF 2.3 / PrimeFaces 12 on Apache Tomcat (tabView)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "Apache"), ("X-Powered-By", "JSF/2.3"), ("Cache-Control", "no-cache"),
                      ("X-Frame-Options", "SAMEORIGIN"), ("Content-Language", "zh-TW")),
    "n": 30,
    "start": dt.date(2020, 11, 1),
    "end": dt.date(2024, 6, 30),
    "policy": POLICY,
    "first_updated": dt.date(2020, 8, 3),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.twcrr.org.tw/portal/policy.xhtml", "select": "#mainForm\\:tabs\\:privacyTab"},
}
