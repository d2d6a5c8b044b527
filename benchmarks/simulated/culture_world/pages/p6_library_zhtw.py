"""A city public-library network's privacy policy on a Taiwanese government Java (JSP) portal (Traditional Chinese):
GSN metadata (DC.*, Category.*), the ":::" accesskey anchors, the content in `section.cp`. Per visit: the
;jsessionid= in every internal link and form action; the site-wide visitor counter and "today's" counter in the
footer; today's opening hours (closed on Mondays) in the header; inside the declared `.cp` the page's info box
(發布單位 / 更新日期 / 點閱次數), whose view count grows every visit and whose 更新日期 moves when an editor
re-saves the page without changing it: the curator removes `.cp-info`. Dates in the ROC calendar."""
import datetime as dt

import common as C

POLICY = """# 隱私權保護政策

修訂日期：{UPDATED}

歡迎您使用北辰市立圖書館（以下簡稱本館）全球資訊網及線上服務。為了讓您安心使用本館網站所提供的各項服務與資訊，特此向您說明本館網站的隱私權保護政策，以保障您的權益，請您詳閱下列內容。

## 一、隱私權保護政策的適用範圍

隱私權保護政策內容，包括本館如何處理在您使用網站服務時收集到的個人識別資料。本政策適用於本館全球資訊網、線上申辦讀者證、館藏查詢與預約、電子資源、活動報名及「北辰市圖」行動應用程式。本政策不適用於本館網站以外的相關連結網站，也不適用於非本館所委託或參與管理的人員。

## 二、個人資料之蒐集、處理及利用

依據個人資料保護發第8條規定，本館向您告知下列事項：

| 蒐集目的 | 個人資料類別 | 利用期間、地區、對象及方式 |
| 一○九 教育或訓練行政（讀者證申辦、借閱、預約及館際合作） | C001 辨識個人者（姓名、地址、電話、電子郵件）、C003 政府資料中之辨識者（身分證統一編號或居留證號碼）、C011 個人描述（出生年月日、性別） | 讀者證有效期間；於中華民國境內；由本館及合作之公共圖書館，以電子或書面方式利用 |
| 一三五 資（通）訊服務、一三六 資（通）訊與資料庫管理 | C001 辨識個人者、網路IP位址、瀏覽紀錄 | 網站服務期間；於中華民國境內；由本館以電子方式利用 |
| ○六九 契約、類似契約或其他法律關係事務（逾期滯還金、資料遺失賠償） | C001 辨識個人者、C003 政府資料中之辨識者 | 至款項結清後5年；於中華民國境內；由本館以電子或書面方式利用 |
| 一五七 調查、統計與研究分析 | C011 個人描述（年齡層、性別、居住行政區） | 以去識別化方式永久保存；由本館及北辰市政府文化局利用 |

您可自由選擇是否提供個人資料，惟若您不提供申辦讀者證所需之資料，本館將無法為您辦理讀者證及提供借閱服務。

## 三、網站自動蒐集之資訊

於一般瀏覽時，伺服器會自行記錄相關行徑，包括您使用連線設備的IP位址、使用時間、使用的瀏覽器、瀏覽及點選資料紀錄等，做為本館增進網站服務的參考依據，此紀錄為內部應用，決不對外公布。為提供精確的服務，本館會將收集的問卷調查內容進行統計與分析，分析結果之統計數據或說明文字呈現，除供內部研究外，本館會視需要公布統計數據及說明文字，但不涉及特定個人之資料。

## 四、借閱紀錄之保密

讀者借閱、預約及使用電子資源之紀錄，屬讀者個人之隱私。本館自動化系統於讀者歸還資料後，即刪除該筆借閱紀錄與讀者之連結，僅保留去識別化之流通統計。除依法律規定或司法機關依法調查外，本館不提供任何人查詢讀者之借閱紀錄。讀者可於「我的借閱」自行選擇是否開啟個人借閱歷史保存功能。

## 五、資料之保護

本館主機均設有防火牆、防毒系統等相關的各項資訊安全設備及必要的安全防護措施，加以保護網站及您的個人資料，採用嚴格的保護措施，只由經過授權的人員才能接觸您的個人資料，相關處理人員皆簽有保密合約，如有違反保密義務者，將會受到相關的法律處分。如因業務需要有必要委託其他單位提供服務時，本館亦會嚴格要求其遵守保密義務，並且採取必要檢查程序以確定其將確實遵守。

## 六、委託處理個人資料之廠商

| 受託單位 | 委託事項 |
| 凌網科技股份有限公司 | 圖書館自動化系統維運 |
| 中華電信股份有限公司 | 主機代管及網路服務 |
| 遠通電子書股份有限公司 | 電子書借閱平台 |

## 七、網站對外的相關連結

本館網站提供其他網站的網路連結，您也可經由本館網站所提供的連結，點選進入其他網站。但該連結網站不適用本館的隱私權保護政策，您必須參考該連結網站中的隱私權保護政策。

## 八、與第三人共用個人資料之政策

本館絕不會提供、交換、出租或出售任何您的個人資料給其他個人、團體、私人企業或公務機關，但有法律依據或合約義務者，不在此限。前項但書之情形包括不限於：

- 經由您書面同意。
- 法律明文規定。
- 為免除您生命、身體、自由或財產上之危險。
- 與公務機關或學術研究機構合作，基於公共利益為統計或學術研究而有必要，且資料經過提供者處理或蒐集者依其揭露方式無從識別特定之當事人。
- 當您在網站的行為，違反服務條款或可能損害或妨礙網站與其他使用者權益或導致任何人遭受損害時，經網站管理單位研析揭露您的個人資料是為了辨識、聯絡或採取法律行動所必要者。
- 有利於您的權益。
- 本館委託廠商協助蒐集、處理或利用您的個人資料時，將對委外廠商或個人善盡監督管理之責。

## 九、Cookie之使用

為了提供您最佳的服務，本館網站會在您的電腦中放置並取用我們的Cookie，若您不願接受Cookie的寫入，您可在您使用的瀏覽器功能項中設定隱私權等級為高，即可拒絕Cookie的寫入，但可能會導致網站某些功能無法正常執行。

## 十、當事人權利之行使

依個人資料保護法第3條規定，您就本館保有您的個人資料得行使下列權利：

- 查詢或請求閱覽。
- 請求製給複製本。
- 請求補充或更正。
- 請求停止蒐集、處理或利用。
- 請求刪除。

您可親洽本館各分館服務台，或以下列方式與本館聯繫。本館將於受理申請之日起15日內處理，必要時得延長15日，並將以書面通知您。

@ 北辰市立圖書館 個人資料保護聯絡窗口
@ 地址：208005北辰市中正區文昌路100號
@ 電話：(02)2945-3000 分機 2101
@ 電子郵件：privacy@bclib.gov.tw

## 十一、隱私權保護政策之修正

本館隱私權保護政策將因應需求隨時進行修正，修正後的條款將刊登於網站上。"""

EDITS = [
    {"note": "typo fixed: 個人資料保護發 -> 個人資料保護法", "bump": False,
     "repl": [("依據個人資料保護發第8條規定", "依據個人資料保護法第8條規定")]},
    {"note": "second e-book platform added to the processors table",
     "repl": [("| 遠通電子書股份有限公司 | 電子書借閱平台 |",
               "| 遠通電子書股份有限公司 | 電子書借閱平台 |\n| 台灣雲端書庫股份有限公司 | 雲端電子書及電子雜誌借閱服務 |")]},
    {"note": "privacy contact phone extension changed",
     "repl": [("@ 電話：(02)2945-3000 分機 2101", "@ 電話：(02)2945-3000 分機 2316")]},
    {"note": "new section on self-service kiosks and smart reservation lockers",
     "repl": [("## 五、資料之保護",
               "### 自助借還書機及智慧預約取書櫃\n\n讀者使用自助借還書機、24小時智慧預約取書櫃時，系統將記錄讀者證號、借還時間及機台編號，以確保資料流通正確。智慧取書櫃設有錄影監視設備，影像保存30日後自動覆蓋，僅於發生資料遺失、設備損壞或其他爭議時調閱。\n\n## 五、資料之保護")]},
    {"note": "borrowing-history opt-in: retention for overdue records clarified",
     "repl": [("讀者可於「我的借閱」自行選擇是否開啟個人借閱歷史保存功能。",
               "讀者可於「我的借閱」自行選擇是否開啟個人借閱歷史保存功能，開啟後之借閱歷史保存至讀者關閉該功能或註銷讀者證為止。逾期未還資料之紀錄，則保存至資料歸還或賠償完畢後1年。")]},
]

HOST = "https://www.bclib.gov.tw"
MENU = [("關於本館", "/content/about.jsp"), ("最新消息", "/news/list.jsp"), ("館藏查詢", "/opac/search.jsp"),
        ("讀者服務", "/content/service.jsp"), ("數位資源", "/content/eresource.jsp"), ("推廣活動", "/activity/list.jsp"),
        ("各館資訊", "/branch/list.jsp")]
BASE_VISITS = 18734000


def roc(d):
    return "%d年%d月%d日" % (d.year - 1911, d.month, d.day)


def roc_dash(d):
    return "%03d-%02d-%02d" % (d.year - 1911, d.month, d.day)


def noise(rng, when, i, prev):
    p = prev or {}
    stamp = p.get("stamp")
    if stamp is None or rng.random() < 0.2:
        stamp = (when - dt.timedelta(days=rng.randint(0, 6), hours=rng.randint(0, 20))).date()
    total = p.get("total", BASE_VISITS) + rng.randint(2000, 60000)
    return {
        "jsid": C.alnum(rng, 32, "0123456789ABCDEF"),
        "total": total,
        "today": rng.randint(800, 6400),
        "views": p.get("views", 5210) + rng.randint(3, 90),
        "stamp": stamp,
    }


LABELS = {"jsid": ";jsessionid= in links (per visit)", "total": "site visitor counter (footer)",
          "today": "today's visitors (footer)", "views": "點閱次數 in .cp-info (inside .cp, removed)",
          "stamp": "更新日期 in .cp-info: editor re-save (inside .cp, removed)"}


def render(state, blocks, when):
    js = ";jsessionid=" + state["jsid"]
    wd = when.weekday()
    if wd == 0:
        hours = '<span class="closed">今日休館（週一）</span>'
    elif wd == 6:
        hours = "今日開館：總館 08:30–17:00｜各分館 09:00–17:00"
    else:
        hours = "今日開館：總館 08:30–21:00｜各分館 09:00–17:00"
    nav = "".join('<li><a href="%s%s" title="%s">%s</a></li>' % (u, js, lab, lab) for lab, u in MENU)
    content = C.blocks_html(blocks)
    info = """<div class="cp-info">
<ul>
<li>發布單位：資訊服務科</li>
<li>更新日期：%s</li>
<li>點閱次數：%d</li>
</ul>
</div>""" % (roc_dash(state["stamp"]), state["views"])
    return """<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>隱私權保護政策-北辰市立圖書館</title>
<meta name="DC.Title" content="隱私權保護政策">
<meta name="DC.Creator" content="北辰市立圖書館">
<meta name="DC.Subject" content="隱私權保護政策">
<meta name="DC.Description" content="北辰市立圖書館網站隱私權保護政策">
<meta name="DC.Contributor" content="北辰市立圖書館資訊服務科">
<meta name="DC.Type" content="文字">
<meta name="DC.Format" content="text/html">
<meta name="DC.Source" content="北辰市立圖書館">
<meta name="DC.Language" content="中文">
<meta name="DC.coverage.t.min" content="2018-01-01">
<meta name="DC.coverage.t.max" content="2099-12-31">
<meta name="DC.Publisher" content="北辰市立圖書館">
<meta name="DC.Identifier" content="379330500F">
<meta name="DC.Rights" content="北辰市立圖書館">
<meta name="Category.Theme" content="510">
<meta name="Category.Cake" content="DD0">
<meta name="Category.Service" content="I00">
<meta name="Keywords" content="隱私權,個人資料保護,圖書館">
<link rel="icon" href="/images/favicon.ico">
<link rel="stylesheet" href="/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/style.css?v=20231102">
<script src="/js/jquery-3.6.0.min.js"></script>
<script src="/js/common.js?v=20231102"></script>
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-BC3L1B9XYZ"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-BC3L1B9XYZ');
</script>
</head>
<body>
<noscript>您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態</noscript>
<a class="goCenter" href="#aC" tabindex="1">按Enter到主內容區</a>
<div class="wrapper">
<header class="header">
<div class="container">
<a href="#aU" accesskey="U" id="aU" title="上方功能區塊" class="accesskey">:::</a>
<h1 class="logo"><a href="/index.jsp%(js)s" title="回首頁"><img src="/images/logo.svg" alt="北辰市立圖書館"></a></h1>
<div class="today-open">%(hours)s</div>
<ul class="topnav"><li><a href="/index.jsp%(js)s">回首頁</a></li><li><a href="/sitemap.jsp%(js)s">網站導覽</a></li><li><a href="/en/index.jsp%(js)s" lang="en">English</a></li><li><a href="/reader/login.jsp%(js)s">讀者登入</a></li></ul>
<form class="opac-search" action="/opac/search.jsp%(js)s" method="get"><label for="q">館藏查詢</label><input type="text" id="q" name="q" title="請輸入關鍵字"><button type="submit">查詢</button></form>
<nav class="navigation"><ul>%(nav)s</ul></nav>
</div>
</header>
<div class="main">
<div class="container">
<a href="#aC" accesskey="C" id="aC" title="中央內容區塊" class="accesskey">:::</a>
<div class="path">目前位置：<a href="/index.jsp%(js)s">首頁</a><span>&gt;</span><a href="/content/about.jsp%(js)s">關於本館</a><span>&gt;</span>隱私權保護政策</div>
<section class="cp">
%(content)s
%(info)s
</section>
<div class="function-bar"><a href="javascript:window.print();" title="列印">列印</a><a href="https://www.facebook.com/sharer/sharer.php?u=%(h)s/content/privacy.jsp" target="_blank" title="分享到Facebook(另開新視窗)">Facebook</a><a href="https://social-plugins.line.me/lineit/share?url=%(h)s/content/privacy.jsp" target="_blank" title="分享到LINE(另開新視窗)">LINE</a><a href="javascript:history.back();" title="回上一頁">回上一頁</a></div>
</div>
</div>
<footer class="footer">
<div class="container">
<a href="#aZ" accesskey="Z" id="aZ" title="下方功能區塊" class="accesskey">:::</a>
<ul class="footer-link"><li><a href="/content/privacy.jsp%(js)s">隱私權保護政策</a></li><li><a href="/content/security.jsp%(js)s">資訊安全政策</a></li><li><a href="/content/opendata.jsp%(js)s">政府網站資料開放宣告</a></li><li><a href="/content/accessibility.jsp%(js)s">無障礙聲明</a></li></ul>
<address>北辰市立圖書館 208005北辰市中正區文昌路100號 電話：(02)2945-3000 傳真：(02)2945-3099</address>
<p class="counter">總瀏覽人次：%(total)s｜今日瀏覽人次：%(today)s</p>
<p>建議使用Chrome、Edge、Firefox瀏覽器最新版本，解析度1366×768以上</p>
<p class="copyright">Copyright © 北辰市立圖書館 版權所有</p>
<a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20231115094215" title="無障礙網站"><img src="/images/accessibility_2.0_AA.jpg" alt="通過AA檢測等級無障礙網頁檢測" width="88" height="31"></a>
</div>
</footer>
</div>
<script>$(function(){ $('.goCenter').on('focus', function(){ $(this).addClass('show'); }); });</script>
</body>
</html>
""" % {"js": js, "hours": hours, "nav": nav, "content": content, "info": info, "h": HOST,
       "total": format(state["total"], ","), "today": format(state["today"], ",")}


PAGE = {
    "service": "Beichen City Library",
    "url": HOST + "/content/privacy.jsp",
    "lang": "zh-Hant-TW",
    "platform": "Java/JSP government portal (Tomcat) with GSN metadata",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "Apache"), ("X-Frame-Options", "SAMEORIGIN"), ("Set-Cookie", "JSESSIONID=; Path=/; Secure; HttpOnly"),
                      ("Content-Language", "zh-TW")),
    "n": 30,
    "start": dt.date(2022, 7, 1),
    "end": dt.date(2025, 12, 15),
    "hours": (1, 2, 9),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 30),
    "fmt_date": roc,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": HOST + "/content/privacy.jsp", "select": ".cp", "remove": ".cp-info"},
}
