"""OrbitScan: a block explorer for an EVM chain, in Traditional Chinese, on ASP.NET WebForms in the Etherscan
mould. The whole page is one <form> with __VIEWSTATE/__EVENTVALIDATION per request; the header shows the ORB
price and change, gas price and (after the redesign) a network-utilisation figure, a rotating "贊助" (sponsored)
text ad sits beside the page title, and the footer prints the serving node "(A1)/(B2)…". On 2024-03-18 the site
moved from its Bootstrap 4 template (title in `h1.h4`, policy in `#ContentPlaceHolder1_maindiv .card-body`) to a
Bootstrap 5 one (`section.container-xxl`, policy in `#ContentPlaceHolder1_divPolicy`): the declaration history
holds the old selectors until that day."""
import datetime as dt
import math

import common as C

URL = "https://orbitscan.io/zh-tw/privacyPolicy"
REDESIGN = dt.datetime(2024, 3, 18)

POLICY = """
# 隱私權政策

最後更新日期：{UPDATED}

OrbitScan（以下稱「本網站」或「我們」）是 Orbit 鏈的區塊瀏覽器與數據分析平台，由軌道數據股份有限公司營運。我們重視您的隱私，並依據中華民國《個人資料保護法》（以下稱「個資法」）及相關法令，說明我們如何蒐集、處理及利用您的個人資料。

當您瀏覽本網站、註冊帳戶、使用 API 服務或與我們聯繫時，即表示您已閱讀並了解本政策的內容。

## 一、適用範圍

本政策適用於 orbitscan.io 及其子網域、OrbitScan 行動應用程式與 API 服務。本網站所連結的第三方網站、錢包或去中心化應用程式，不適用本政策，請您參閱各該網站的隱私權政策。

## 二、蒐集之個人資料類別與特定目的

依個資法第 8 條規定，我們蒐集個人資料之特定目的及類別如下：

| 特定目的 | 個人資料類別 | 蒐集項目 |
| 〇六九 契約、類似契約或其他法律關係事務 | C001 辨識個人者 | 電子郵件地址、使用者名稱 |
| 〇九〇 消費者、客戶管理與服務 | C001 辨識個人者 | 客服信件內容、通知設定 |
| 一三五 資（通）訊服務 | C001 辨識個人者 | 帳戶設定、API 金鑰、登入紀錄、IP 位址 |
| 一四八 網路購物及其他電子商務服務 | C002 辨識財務者 | 付費 API 方案之帳單資訊（由金流服務商處理） |
| 一五七 調查、統計與研究分析 | C035 休閒活動及興趣 | 瀏覽紀錄、自選清單、裝置與瀏覽器資訊 |

## 三、區塊鏈公開資料

本網站顯示的交易、地址、區塊、代幣與智慧合約資料均取自公開的 Orbit 區塊鏈，任何人皆可查詢，並非我們向您蒐集之個人資料。然而，若您將錢包地址與您的身分連結（例如在公開管道揭露地址），該地址可能因此成為可識別您個人的資料。

我們可能為交易所、專案合約或經公開證實的實體地址加上「名稱標籤」。若您認為某一標籤有誤或侵害您的權益，請與我們聯繫。

## 四、帳戶、自選清單與 API 金鑰

註冊帳戶時，我們會蒐集您的電子郵件地址與使用者名稱。您在帳戶中建立的自選地址清單、私人備註、通知設定與 API 金鑰，僅供您本人使用，我們不會公開。API 呼叫紀錄（包含 IP 位址、時間戳記與呼叫端點）將保存 90 天，用於流量控管與濫用防制。

## 五、Cookie 與第三方服務

本網站使用下列服務，這些服務可能透過 Cookie 或類似技術蒐集您的瀏覽資訊：

- Google Analytics：網站流量統計與使用行為分析。
- Cloudflare：內容傳遞、DDoS 防護與機器人偵測。
- Coinzilla：加密貨幣相關的廣告投放。
- Stripe：付費 API 方案之線上付款。

您可以透過瀏覽器設定拒絕 Cookie，但部分功能可能因此無法正常使用。

## 六、個人資料之利用期間、地區、對象及方式

- 期間：自蒐集之日起至您刪除帳戶或蒐集之特定目的消失為止；法令另有保存期限規定者，依其規定。
- 地區：中華民國境內，以及本政策所列服務供應商之伺服器所在地，包括美國、新加坡及歐盟地區。
- 對象：本公司及受本公司委託處理資料之服務供應商，以及依法有調查權之司法或行政機關。
- 方式：以自動化機器或其他非自動化方式，於上述特定目的範圍內合理利用。

## 七、當事人權利

依個資法第 3 條規定，您得就您的個人資料行使下列權利：

- 查詢或請求閱覽。
- 請求製給複製本。
- 請求補充或更正。
- 請求停止蒐集、處理或利用。
- 請求刪除。

您可以登入帐户後於「帳戶設定」頁面直接修改或刪除資料，或寄送電子郵件至 [privacy@orbitscan.io](mailto:privacy@orbitscan.io) 提出申請。我們將於收到申請後 15 日內回覆；必要時得延長 15 日，並以書面通知您延長的原因。

若您拒絕提供註冊所需之電子郵件地址，將無法使用帳戶、自選清單及 API 等功能，但不影響您瀏覽本網站的公開資料。

## 八、資料安全

我們採用 TLS 加密傳輸、帳戶雙重驗證（2FA）、API 金鑰雜湊儲存及存取權限控管等措施保護您的個人資料。OrbitScan 不會要求您提供錢包私鑰或助記詞，也不會主動私訊您要求授權任何智慧合約。

## 九、未成年人

本網站的帳戶與 API 服務不適用於未滿 18 歲之未成年人。若您為未成年人，請在法定代理人閱讀並同意本政策後，始得註冊帳戶或使用付費服務。我們若發現在未經法定代理人同意下蒐集了未成年人的個人資料，將盡速刪除。

## 十、政策修訂

我們可能因應法令或服務調整而修訂本政策。修訂後的政策將公布於本網頁，重大變更時我們會透過電子郵件或網站公告通知您。

## 十一、聯絡我們

@ 軌道數據股份有限公司
@ 臺北市信義區松仁路 100 號 28 樓
@ 電話：(02) 2722-8888
@ 電子郵件：privacy@orbitscan.io
"""

EDITS = [
    {"note": "typo fixed: simplified '帐户' -> traditional '帳戶', date not bumped",
     "repl": [("您可以登入帐户後", "您可以登入帳戶後")], "bump": False},
    {"note": "ad network added to the third-party services list: Bitmedia",
     "repl": [("- Coinzilla：加密貨幣相關的廣告投放。",
               "- Coinzilla：加密貨幣相關的廣告投放。\n- Bitmedia：加密貨幣相關的廣告投放與成效分析。")]},
    {"note": "sentence added: name-tag removal requests through the 'name tag update' form with a signed message",
     "repl": [("若您認為某一標籤有誤或侵害您的權益，請與我們聯繫。",
               "若您認為某一標籤有誤或侵害您的權益，請與我們聯繫。如欲申請移除或更正名稱標籤，請透過本網站「名稱標籤更新」"
               "表單提出，並附上可證明地址所有權的簽章訊息。")]},
    {"note": "API call log retention extended from 90 to 180 days",
     "repl": [("將保存 90 天", "將保存 180 天")]},
    {"note": "office moved and phone number changed in the contact block",
     "repl": [("@ 臺北市信義區松仁路 100 號 28 樓", "@ 臺北市大安區敦化南路二段 207 號 16 樓"),
              ("@ 電話：(02) 2722-8888", "@ 電話：(02) 2377-6600")]},
]


def fmt_tw(d):
    return "%d 年 %d 月 %d 日" % (d.year, d.month, d.day)


ADS = [
    ("OrbitSwap - 一鍵跨鏈兌換，手續費最低 0.05%", "https://orbitswap.finance/?utm_source=orbitscan"),
    ("冷錢包 Keystone 3 Pro 現貨供應，支援 Orbit 鏈", "https://keyst.one/?ref=orbitscan"),
    ("Bybit 新用戶註冊領取最高 5,000 USDT 獎勵", "https://www.bybit.com/zh-TW/promo/global/welcome"),
    ("Revoke.cash - 檢查並撤銷您的代幣授權", "https://revoke.cash/?utm_source=orbitscan"),
    ("在 MAX 交易所以新台幣直接購買 ORB", "https://max.maicoin.com/markets/orbtwd?utm_source=orbitscan"),
]


def noise(rng, when, i, prev):
    prev = prev or {}
    days = (when - dt.datetime(2022, 1, 1)).days
    price = max(0.05, 0.6 + 0.35 * math.sin(days / 120.0) + 0.15 * math.sin(days / 33.0)) * (1 + rng.gauss(0, 0.02))
    stats = {"price": round(price, 4), "chg": round(rng.gauss(0, 3), 2), "gas": max(1, int(rng.lognormvariate(2.4, 0.6))),
             "btc": "%.8f" % (price / (30000 + 20000 * math.sin(days / 300.0))), "util": round(rng.uniform(18, 92), 1)}
    ad = C.keep_or(rng, prev.get("ad"), 0.55, lambda: rng.randrange(len(ADS)))
    layout = "bs5" if when >= REDESIGN else "bs4"
    vs = {"viewstate": "/wEPDwUKMTY" + C.b64tok(rng, 180), "eventvalidation": "/wEdAA" + C.b64tok(rng, 60),
          "node": rng.choice(["A1", "A2", "B1", "B2", "C1"])}
    cf = {"r": C.hexs(rng, 16), "t": C.b64tok(rng, 12)}
    return {"layout": layout, "vs": vs, "stats": stats, "ad": ad, "cf": cf}


LABELS = {
    "layout": "site redesign (Bootstrap 4 -> Bootstrap 5 template, new selectors)",
    "vs": "__VIEWSTATE / __EVENTVALIDATION and serving node in the footer (per request)",
    "stats": "ORB price, 24h change, gas price, network utilisation in the header",
    "ad": "sponsored text ad beside the page title",
    "cf": "Cloudflare challenge-platform snippet (per request)",
}


def _head(s, title):
    return f"""<!DOCTYPE html>
<html id="html" lang="zh-TW">
<head><title>
	{title}
</title><meta charset="utf-8" /><meta name="Description" content="OrbitScan 隱私權政策：我們如何蒐集、處理及利用您的個人資料。" /><meta name="author" content="orbitscan.io" /><meta name="keywords" content="orbit, explorer, orb, search, blockchain, crypto, currency" /><meta name="format-detection" content="telephone=no" /><meta property="og:title" content="{title}" /><meta property="og:image" content="https://orbitscan.io/images/brandassets/orbitscan-logo-light-circle.png" /><meta name="twitter:site" content="@orbitscan" /><link rel="shortcut icon" href="/images/favicon3.ico" /><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />"""


def _viewstate(s):
    vs = s["vs"]
    return f"""<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs['viewstate']}" />
</div>

<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="9E1C4B7F" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{vs['eventvalidation']}" />
</div>"""


def _cf(s):
    return ("<script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;if(b){var d=b.createElement('script');"
            "d.innerHTML=\"window.__CF$cv$params={r:'%s',t:'%s'};var a=document.createElement('script');a.nonce='';"
            "a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';document.getElementsByTagName('head')[0].appendChild(a);\";"
            "b.getElementsByTagName('head')[0].appendChild(d)}}if(document.body){var a=document.createElement('iframe');a.height=1;"
            "a.width=1;a.style.position='absolute';a.style.top=0;a.style.left=0;a.style.border='none';a.style.visibility='hidden';"
            "document.body.appendChild(a);if('loading'!==document.readyState)c();else if(window.addEventListener)"
            "document.addEventListener('DOMContentLoaded',c);}})();</script>" % (s["cf"]["r"], s["cf"]["t"]))


def render(s, blocks, when):
    st = s["stats"]
    ad_text, ad_url = ADS[s["ad"]]
    title = C.inline_html(blocks[0][1])
    body = C.blocks_html(blocks[1:])
    sign = "+" if st["chg"] >= 0 else ""
    chg_cls = "text-success" if st["chg"] >= 0 else "text-danger"
    ga = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-Q3N7R2X9KD"></script><script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-Q3N7R2X9KD');</script>"""
    if s["layout"] == "bs4":
        return f"""{_head(s, "隱私權政策 | OrbitScan")}<link rel="stylesheet" href="/assets/vendor/font-awesome/css/fontawesome-all.min.css?v=22.6.1.0" /><link rel="stylesheet" href="/assets/css/theme.min.css?v=22.6.1.0" />{ga}</head>
<body id="body">
    <form method="post" action="./privacyPolicy" id="ctl00">
{_viewstate(s)}
<header id="masthead" class="u-header u-header--static-sm u-header--white-bg-md u-header--shadow-on-scroll">
<div class="u-header__section">
<div class="container py-1">
<div class="d-flex justify-content-between align-items-center">
<div class="d-flex align-items-center">
<a class="navbar-brand" href="/zh-tw/" aria-label="OrbitScan"><img width="150" src="/images/logo-orbitscan.svg?v=0.0.2" alt="OrbitScan Logo" /></a>
<div class="d-none d-md-block font-size-1 ml-3"><span class="text-secondary">ORB 價格：</span><a href="/zh-tw/chart/orbprice" title="ORB 價格" data-toggle="tooltip">${st['price']:.4f}</a><span class="text-secondary"> @ {st['btc']} BTC</span> <span class="{chg_cls}">({sign}{st['chg']:.2f}%)</span></div>
<div class="d-none d-md-block font-size-1 ml-3"><span class="text-secondary">Gas：</span><a href="/zh-tw/gastracker">{st['gas']} Gwei</a></div>
</div>
<nav id="navBar" class="navbar navbar-expand-md u-header__navbar"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/zh-tw/">首頁</a></li>
<li class="nav-item"><a class="nav-link" href="/zh-tw/blocks">區塊鏈</a></li>
<li class="nav-item"><a class="nav-link" href="/zh-tw/tokens">代幣</a></li>
<li class="nav-item"><a class="nav-link" href="/zh-tw/charts">資源</a></li>
<li class="nav-item"><a class="nav-link" href="/zh-tw/apis">開發者</a></li>
<li class="nav-item"><a class="nav-link" href="/zh-tw/login">登入</a></li>
</ul></nav>
</div>
</div>
</div>
</header>
<main id="content" role="main">
<div class="container py-3">
<div class="d-lg-flex justify-content-between align-items-center">
<div class="mb-3 mb-lg-0">
<h1 class="h4 font-weight-normal mb-0">{title}</h1>
</div>
<div class="d-flex flex-wrap">
<div class="mr-2 mb-2 font-size-1"><span class="text-secondary">贊助：</span> <a href="{ad_url}" target="_blank" rel="nofollow noopener sponsored" class="font-weight-bold">{ad_text}</a></div>
</div>
</div>
<hr class="hr-space mb-0" />
</div>
<div class="container space-bottom-2" id="ContentPlaceHolder1_maindiv">
<div class="card">
<div class="card-body p-4 p-lg-5">
{body}
</div>
</div>
</div>
</main>
<footer class="bg-dark space-top-1 space-bottom-1">
<div class="container">
<div class="row justify-content-sm-between align-items-center">
<div class="col-sm-6"><a class="d-inline-block" href="/zh-tw/"><img width="120" src="/images/logo-orbitscan-white.svg" alt="OrbitScan" /></a><p class="small text-white-50 mb-0">OrbitScan 是 Orbit 鏈的區塊瀏覽器與分析平台。</p></div>
<div class="col-sm-6 text-sm-right"><ul class="list-inline mb-0"><li class="list-inline-item"><a class="text-white-70 small" href="/zh-tw/terms">服務條款</a></li><li class="list-inline-item"><a class="text-white-70 small" href="/zh-tw/privacyPolicy">隱私權政策</a></li><li class="list-inline-item"><a class="text-white-70 small" href="/zh-tw/contactus">聯絡我們</a></li></ul></div>
</div>
<p class="small text-white-50 mb-0">OrbitScan &copy; {when.year} ({s['vs']['node']})</p>
</div>
</footer>
    </form>
<script src="/assets/vendor/jquery/dist/jquery.min.js"></script><script src="/assets/vendor/bootstrap/bootstrap.min.js"></script><script src="/assets/js/hs.core.js"></script>
{_cf(s)}
</body>
</html>
"""
    return f"""{_head(s, "隱私權政策 | OrbitScan")}<link rel="preconnect" href="https://fonts.googleapis.com" /><link rel="stylesheet" href="/assets/vendor/fontawesome/css/all.min.css?v=24.3.2.0" /><link rel="stylesheet" href="/assets/css/theme.min.css?v=24.3.2.0" /><script>var strNetwork = 'Orbit';var isDarkMode = localStorage.getItem('theme') === 'dark';</script>{ga}</head>
<body id="body" class="d-flex flex-column min-vh-100">
<form method="post" action="./privacyPolicy" id="ctl00" class="d-flex flex-column flex-grow-1">
{_viewstate(s)}
<header id="masthead" class="header border-bottom z-1">
<div class="container-xxl">
<div class="d-flex flex-wrap justify-content-between align-items-center py-1 gap-2">
<div class="d-flex align-items-center gap-4">
<div class="text-muted text-nowrap d-none d-lg-block"><span>ORB 價格：</span> <a href="/zh-tw/chart/orbprice">${st['price']:.4f}</a> <span class="{chg_cls}">({sign}{st['chg']:.2f}%)</span></div>
<div class="text-muted text-nowrap d-none d-lg-block"><i class="fas fa-gas-pump me-1"></i><span>Gas：</span> <a href="/zh-tw/gastracker">{st['gas']} Gwei</a></div>
<div class="text-muted text-nowrap d-none d-xl-block"><span>網路使用率：</span> {st['util']}%</div>
</div>
<div class="d-flex align-items-center gap-2"><button type="button" id="darkModaBtn" class="btn btn-sm btn-white content-center" aria-label="切換深色模式"><i class="far fa-sun"></i></button><a class="btn btn-sm btn-white" href="/zh-tw/login"><i class="far fa-user-circle me-1"></i>登入</a></div>
</div>
</div>
<nav id="navBar" class="navbar navbar-expand-lg navbar-light py-3 py-lg-0 border-top">
<div class="container-xxl position-relative">
<a class="navbar-brand" href="/zh-tw/" target="_parent" aria-label="OrbitScan"><img width="150" data-img-theme="light" src="/assets/svg/logos/logo-orbitscan.svg?v=0.0.5" alt="OrbitScan Logo" /></a>
<ul class="navbar-nav gap-1 gap-lg-0 pt-4 pt-lg-0">
<li class="nav-item"><a class="nav-link" href="/zh-tw/">首頁</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown">區塊鏈</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown">代幣</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown">資源</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown">開發者</a></li>
</ul>
</div>
</nav>
</header>
<main id="content" class="main-content flex-grow-1" role="main">
<section class="container-xxl">
<div class="d-flex flex-wrap justify-content-between align-items-center border-bottom gap-3 py-5">
<h1 class="h5 mb-0">{title}</h1>
<div class="d-flex flex-wrap align-items-center gap-2 small"><span class="text-muted">贊助：</span><a href="{ad_url}" target="_blank" rel="nofollow noopener sponsored" class="link-dark fw-medium">{ad_text}</a></div>
</div>
</section>
<section class="container-xxl pb-12">
<div class="card p-5 mt-4" id="ContentPlaceHolder1_divPolicy">
{body}
</div>
</section>
</main>
<footer id="masterFooter" class="bg-light border-top py-8 mt-auto">
<div class="container-xxl">
<div class="row justify-content-sm-between">
<div class="col-md-6"><img width="24" src="/assets/svg/logos/logo-orbitscan-circle.svg" alt="" /> <span class="h5 mb-0">由 Orbit 鏈提供支援</span><p class="text-muted mt-3 mb-0">OrbitScan 是 Orbit 鏈的區塊瀏覽器與分析平台，一個去中心化智慧合約平台。</p></div>
<div class="col-md-6"><ul class="list-unstyled list-inline"><li class="list-inline-item"><a class="link-dark" href="/zh-tw/aboutus">關於我們</a></li><li class="list-inline-item"><a class="link-dark" href="/zh-tw/terms">服務條款</a></li><li class="list-inline-item"><a class="link-dark" href="/zh-tw/privacyPolicy">隱私權政策</a></li><li class="list-inline-item"><a class="link-dark" href="/zh-tw/contactus">聯絡我們</a></li><li class="list-inline-item"><a class="link-dark" href="/zh-tw/bugbounty">漏洞賞金</a></li></ul></div>
</div>
<div class="border-top pt-6 mt-6 small text-muted">OrbitScan &copy; {when.year} ({s['vs']['node']})</div>
</div>
</footer>
</form>
<script src="/assets/js/vendor/jquery-3.7.1.min.js"></script><script src="/assets/js/vendor/bootstrap.bundle.min.js?v=24.3.2.0"></script><script src="/assets/js/theme/theme.min.js?v=24.3.2.0"></script>
{_cf(s)}
</body>
</html>
"""


PAGE = {
    "service": "OrbitScan",
    "url": URL,
    "lang": "zh-TW",
    "platform": "ASP.NET WebForms 4.8 explorer (Bootstrap 4 template, redesigned to Bootstrap 5 on 2024-03-18) behind Cloudflare",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("Cache-Control", "private"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("CF-Cache-Status", "DYNAMIC")),
    "n": 32,
    "start": dt.date(2022, 6, 20),
    "end": dt.date(2025, 8, 25),
    "hours": (5, 17),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 9),
    "fmt_date": fmt_tw,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ["#content h1", "#ContentPlaceHolder1_divPolicy"]},
    "history": [{"fetch": URL, "select": ["#content h1.h4", "#ContentPlaceHolder1_maindiv .card-body"],
                 "validUntil": C.iso(REDESIGN)}],
}
