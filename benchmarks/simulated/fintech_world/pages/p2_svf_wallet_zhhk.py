"""迅獅支付 SwiftLion Pay (Hong Kong stored-value facility) - zh-HK - Drupal 7 until June 2023, then Drupal 10 with
Paragraphs. The legal page holds two documents one after the other: the Privacy Policy Statement (tracked) and the
Personal Information Collection Statement (PICS, not tracked, edited on its own dates). Drupal 7: one CKEditor body
field, tracked with a range selector; Drupal 10: one paragraph entity per document (declaration history)."""
import datetime as dt
import json
import common as C

URL = "https://www.swiftlionpay.com.hk/zh-hk/privacy"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
## 私隱政策聲明

最後更新日期：{UPDATED}

迅獅支付有限公司（「本公司」或「我們」）是香港金融管理局發出的儲值支付工具牌照持有人（牌照編號：SVF0000021）。我們致力按照《個人資料（私隱）條例》（第486章）（「《條例》」）的規定，保障閣下的個人資料私隱。本聲明說明我們如何收集、使用、保留及轉移閣下的個人資料。

### 1. 我們收集的個人資料

當閣下登記及使用迅獅支付賬戶時，我們可能收集以下資料：

- 身份資料，例如姓名、香港身份證或護照號碼、出生日期及身份證明文件影像；
- 聯絡資料，例如流動電話號碼、電郵地址及住址；
- 交易資料，例如增值、付款、轉賬及提款紀錄，以及閣下綁定的銀行賬戶及信用卡資料；
- 裝置資料，例如裝置型號、作業系統版本、IP地址及應用程式使用紀錄；
- 進行「實名認證」時拍攝的自拍照片及由此產生的面部特徵數據。

### 2. 收集資料的目的

我們會將閣下的個人資料用於以下目的：

- 開立、運作及維持閣下的儲值支付賬戶；
- 核實閣下的身份，以及履行打擊洗錢及恐怖分子資金籌集的法定責任；
- 處理閣下的付款、轉賬及退款指示；
- 偵測及防止詐騙及其他非法活動；
- 處理閣下的查詢及投訴；
- 遵守適用法律、規例及監管機構（包括香港金融管理局）的要求。

### 3. 資料轉移

我們會將閣下的個人資料保密，但可能會為上述目的將資料轉移予以下各方：

- 為我們提供身份核實、客戶服務及資訊科技服務的服務供應商；
- 參與處理閣下交易的銀行、收單機構及商戶；
- 香港金融管理局、香港警務處及其他執法或監管機構。

### 4. 直接促銷

我們擬使用閣下的姓名、聯絡資料及交易紀錄，向閣下推廣本公司及合作商戶的優惠及服務。除非我們已取得閣下的同意，否則我們不會如此使用閣下的個人資料。閣下可隨時透過應用程式內的「私隱設定」撤回同意，費用全免。

### 5. 資料保留

我們會在閣下的賬戶終止後保留交易紀錄及身份核實資料七年，其後會將資料刪除或匿名化。自拍照片及面部特徵數據會在完成實名認證後九十日內刪除。

### 6. 查閱及改正資料

根據《條例》，閣下有權查閱及改正我們持有的閣下的個人資料。我們可能會就處理查閱資料要求收取合理費用。

### 7. 資料保安

我們採用加密傳輸、存取權限控制及定期系統保安評估等措施，以保障閣下的個人資料免受未經授權的查閱、處理或刪除。

### 8. 聯絡我們

如對本聲明有任何疑問，或欲提出查閱或改正資料要求，請聯絡：

@ 迅獅支付有限公司 私隱主任
@ 香港九龍觀塘道348號宏利廣場12樓
@ 電郵：[privacy@swiftlionpay.com.hk](mailto:privacy@swiftlionpay.com.hk)
"""

EDITS = [
    {"note": "data transfer list: new bullet for cloud storage / analytics providers, incl. outside Hong Kong",
     "repl": [("- 參與處理閣下交易的銀行", "- 為我們提供雲端儲存及數據分析服務的供應商，包括位於香港以外地區的供應商；\n- 參與處理閣下交易的銀行")]},
    {"note": "direct-marketing paragraph reworded (opt-out channels now include hotline), date not bumped", "bump": False,
     "repl": [("閣下可隨時透過應用程式內的「私隱設定」撤回同意，費用全免。",
               "閣下可隨時透過應用程式內的「私隱設定」或致電客戶服務熱線 3008 8833 撤回同意，費用全免。")]},
    {"note": "new section '跨境支付服務' (cross-border payments to Mainland merchants) inserted before retention; renumbered",
     "repl": [("### 5. 資料保留", "### 5. 跨境支付服務\n\n當閣下使用跨境支付服務向中國內地商戶付款時，我們會將閣下的姓名、付款金額及交易參考編號提供予我們在中國內地的合作支付機構，以完成交易及履行當地的監管要求。\n\n### 6. 資料保留"),
              ("### 6. 查閱及改正資料", "### 7. 查閱及改正資料"),
              ("### 7. 資料保安", "### 8. 資料保安"),
              ("### 8. 聯絡我們", "### 9. 聯絡我們")]},
    {"note": "retention changed: transaction/KYC records kept 'at least five years' instead of seven; selfie data 30 days",
     "repl": [("保留交易紀錄及身份核實資料七年，其後會將資料刪除或匿名化。", "保留交易紀錄及身份核實資料最少五年，其後會在不再需要時將資料刪除或匿名化。"),
              ("會在完成實名認證後九十日內刪除。", "會在完成實名認證後三十日內刪除。")]},
    {"note": "privacy officer's address moved (Manulife Place, Kwun Tong -> One Island East, Quarry Bay)",
     "repl": [("@ 香港九龍觀塘道348號宏利廣場12樓", "@ 香港鰂魚涌英皇道18號港島東中心30樓")]},
]

PICS = [
    (dt.datetime(2000, 1, 1), """<h2 id="pics">收集個人資料聲明</h2>
<p>本聲明乃根據《個人資料（私隱）條例》的規定，向閣下說明在登記迅獅支付賬戶時收集個人資料的目的。</p>
<ol><li>閣下須提供登記表格上標示為必須填寫的資料。如閣下未能提供，我們可能無法為閣下開立賬戶。</li>
<li>所收集的資料將用於本公司《私隱政策聲明》所列的目的。</li>
<li>閣下有權要求查閱及改正閣下的個人資料，有關要求應以書面送交本公司私隱主任。</li></ol>"""),
    (dt.datetime(2022, 3, 21), """<h2 id="pics">收集個人資料聲明</h2>
<p>本聲明乃根據《個人資料（私隱）條例》的規定，向閣下說明在登記迅獅支付賬戶時收集個人資料的目的。</p>
<ol><li>閣下須提供登記表格上標示為必須填寫的資料。如閣下未能提供，我們可能無法為閣下開立賬戶或提供「轉數快」服務。</li>
<li>所收集的資料將用於本公司《私隱政策聲明》所列的目的。</li>
<li>閣下的流動電話號碼可能會登記為「轉數快」識別代號，以便其他用戶向閣下轉賬。</li>
<li>閣下有權要求查閱及改正閣下的個人資料，有關要求應以書面送交本公司私隱主任。</li></ol>"""),
    (dt.datetime(2025, 2, 10), """<h2 id="pics">收集個人資料聲明</h2>
<p>本聲明乃根據《個人資料（私隱）條例》的規定，向閣下說明在登記及使用迅獅支付賬戶時收集個人資料的目的。</p>
<ol><li>閣下須提供登記表格上標示為必須填寫的資料。如閣下未能提供，我們可能無法為閣下開立賬戶或提供「轉數快」服務。</li>
<li>所收集的資料將用於本公司《私隱政策聲明》所列的目的。</li>
<li>閣下的流動電話號碼可能會登記為「轉數快」識別代號，以便其他用戶向閣下轉賬。</li>
<li>我們或會就防止詐騙的目的，與香港警務處「防騙視伏器」及其他持牌機構交換可疑賬戶資料。</li>
<li>閣下有權要求查閱及改正閣下的個人資料，有關要求應以書面或電郵送交本公司私隱主任。</li></ol>"""),
]
OFFERS = [("百佳超級市場：滿$300即減$20", "/zh-hk/offers/parknshop"), ("港鐵車站便利店：付款享5%回贈", "/zh-hk/offers/mtr-store"),
          ("大快活：早餐買一送一", "/zh-hk/offers/fairwood"), ("戲院購票：每張減$10", "/zh-hk/offers/cinema"),
          ("的士車資：每程賞$5", "/zh-hk/offers/taxi"), ("萬寧：健康產品9折", "/zh-hk/offers/mannings"),
          ("電費繳付：賺雙倍積分", "/zh-hk/offers/bill-pay")]
MIGRATION = dt.datetime(2023, 6, 13)
STATUS = [("ok", "所有服務運作正常"), ("ok", "所有服務運作正常"), ("ok", "所有服務運作正常"),
          ("degraded", "「轉數快」轉賬出現延遲，我們正在處理"), ("maintenance", "系統將於今晚02:00至04:00進行維護")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["site"] = "d10" if when >= MIGRATION else "d7"
    s["token"] = C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    s["form_build_id"] = "form-" + C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    s["cache_qs"] = C.keep_or(rng, prev.get("cache_qs"), 0.3, lambda: C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"))
    s["offers"] = C.keep_or(rng, prev.get("offers"), 0.7, lambda: tuple(rng.sample(range(len(OFFERS)), 3)))
    s["pics"] = max(n for n, (d, _) in enumerate(PICS) if when >= d)
    s["status"] = rng.choice(STATUS) if s["site"] == "d10" else None
    s["libraries"] = C.keep_or(rng, prev.get("libraries"), 0.3, lambda: C.b64tok(rng, 60).replace("/", "_").replace("+", "-").rstrip("="))
    return s


LABELS = {
    "site": "Drupal 7 -> Drupal 10 migration (whole template, selector changes)",
    "token": "ajaxPageState theme_token / csrf token (per visit)",
    "form_build_id": "newsletter form_build_id (per visit)",
    "cache_qs": "css_js_query_string / aggregate hashes (cache clear)",
    "offers": "'最新優惠' merchant offers block rotated",
    "pics": "Personal Information Collection Statement (other document on the same page) revised",
    "status": "service status banner (Drupal 10 header)",
    "libraries": "ajaxPageState.libraries compressed list",
}


def render(s, blocks, when):
    qs = s["cache_qs"]
    pics = PICS[s["pics"]][1]
    offers = "".join('<li class="views-row"><a href="%s">%s</a></li>' % (OFFERS[k][1], OFFERS[k][0]) for k in s["offers"])
    title = blocks[0][1]
    policy_inner = C.blocks_html(blocks[1:])
    lang = ('<ul class="language-switcher-locale-url"><li class="zh-hant active"><a href="/zh-hk/privacy" class="active">繁</a></li>'
            '<li class="zh-hans"><a href="/zh-cn/privacy">简</a></li><li class="en"><a href="/en/privacy">EN</a></li></ul>')
    if s["site"] == "d7":
        settings = json.dumps({"basePath": "/", "pathPrefix": "zh-hk/", "ajaxPageState": {
            "theme": "swiftlion", "theme_token": s["token"], "js": {"misc/jquery.js": 1, "misc/drupal.js": 1,
                                                                     "sites/all/themes/swiftlion/js/main.js": 1}},
            "googleanalytics": {"trackOutbound": 1, "trackMailto": 1}}, separators=(",", ":")).replace("/", "\\/")
        body = ('<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items">'
                '<div class="field-item even" property="content:encoded">'
                '<p class="rtecenter"><a href="#pics">跳至：收集個人資料聲明</a></p>\n'
                '<h2>%s</h2>\n%s\n<hr />\n%s\n</div></div></div>' % (title, policy_inner.replace("<br>", "<br />\n"), pics))
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-hant" version="XHTML+RDFa 1.0" dir="ltr">\n<head profile="http://www.w3.org/1999/xhtml/vocab">\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
                '<meta name="Generator" content="Drupal 7 (http://drupal.org)" />\n<link rel="canonical" href="/zh-hk/privacy" />\n'
                '<title>私隱政策 | 迅獅支付 SwiftLion Pay</title>\n'
                '<style type="text/css" media="all">\n@import url("https://www.swiftlionpay.com.hk/modules/system/system.base.css?%s");\n'
                '@import url("https://www.swiftlionpay.com.hk/sites/all/themes/swiftlion/css/style.css?%s");\n</style>\n'
                '<script type="text/javascript" src="https://www.swiftlionpay.com.hk/misc/jquery.js?v=1.4.4"></script>\n'
                '<script type="text/javascript">\n<!--//--><![CDATA[//><!--\njQuery.extend(Drupal.settings, %s);\n//--><!]]>\n</script>\n'
                '</head>\n<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node-42 node-type-page i18n-zh-hant">\n'
                '<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">跳到主要內容</a></div>\n'
                '<div id="page-wrapper"><div id="page"><div id="header"><a href="/zh-hk" title="主頁" rel="home" id="logo"><img src="https://www.swiftlionpay.com.hk/sites/default/files/logo.png" alt="迅獅支付" /></a>\n'
                '<div class="region region-header"><div id="block-locale-language" class="block block-locale">%s</div></div>\n'
                '<div id="main-menu" class="navigation"><ul class="links"><li class="menu-218 first"><a href="/zh-hk/personal">個人用戶</a></li><li class="menu-219"><a href="/zh-hk/merchant">商戶</a></li><li class="menu-220"><a href="/zh-hk/offers">優惠</a></li><li class="menu-221 last"><a href="/zh-hk/faq">常見問題</a></li></ul></div></div>\n'
                '<div id="main-wrapper"><div id="main" class="clearfix"><div id="content" class="column"><div class="section">\n'
                '<a id="main-content"></a><h1 class="title" id="page-title">私隱政策</h1>\n'
                '<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">\n'
                '<div id="node-42" class="node node-page clearfix" about="/zh-hk/privacy" typeof="foaf:Document"><div class="content">\n%s\n</div></div>\n'
                '</div></div></div></div></div>\n'
                '<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">'
                '<div id="block-views-offers-block" class="block block-views"><h2>最新優惠</h2><div class="content"><div class="view view-offers view-id-offers view-display-id-block"><div class="view-content"><ul>%s</ul></div></div></div></div>'
                '</div></div></div></div></div>\n'
                '<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer">'
                '<div id="block-simplenews-1" class="block block-simplenews"><h2>訂閱電子通訊</h2><div class="content"><form class="simplenews-subscribe" action="/zh-hk/privacy" method="post" id="simplenews-block-form-1" accept-charset="UTF-8"><div>'
                '<div class="form-item form-type-textfield form-item-mail"><label for="edit-mail">電郵地址 </label><input type="text" id="edit-mail" name="mail" value="" size="20" maxlength="128" class="form-text required" /></div>'
                '<input type="submit" id="edit-submit" name="op" value="訂閱" class="form-submit" /><input type="hidden" name="form_build_id" value="%s" />'
                '<input type="hidden" name="form_id" value="simplenews_block_form_1" /></div></form></div></div>'
                '<p>迅獅支付有限公司為香港金融管理局持牌儲值支付工具發行人（牌照編號：SVF0000021）。</p><p>&copy; %d 迅獅支付有限公司 版權所有</p>'
                '</div></div></div></div></div></div>\n</body>\n</html>\n'
                % (qs, qs, settings, lang, body, offers, s["form_build_id"], when.year))
    # Drupal 10 (Olivero-derived custom theme, Paragraphs)
    libs = s["libraries"]
    settings = json.dumps({"path": {"baseUrl": "/", "pathPrefix": "zh-hk/", "currentPath": "node/42", "currentPathIsAdmin": False,
                                    "isFront": False, "currentLanguage": "zh-hant"},
                           "pluralDelimiter": "\u0003", "ajaxPageState": {"libraries": libs, "theme": "swiftlion2023", "theme_token": None},
                           "ajaxTrustedUrl": {"form_action_p_pvdeGsVG5zNF_XLGPTvYSKCf43t8qZYSwcfZl2uzM": True},
                           "user": {"uid": 0, "permissionsHash": "8c1b5d0e3f1a2c4b6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0"}},
                          ensure_ascii=True, separators=(",", ":"))
    st_cls, st_txt = s["status"]
    pps = ('<div class="field__item"><div id="privacy-policy-statement" class="paragraph paragraph--type--legal-document paragraph--view-mode--default">'
           '<h2 class="paragraph__title">%s</h2><div class="clearfix text-formatted field field--name-field-legal-text field--type-text-long field--label-hidden field__item">\n%s\n</div></div></div>'
           % (title, policy_inner))
    pics_p = ('<div class="field__item"><div id="personal-information-collection-statement" class="paragraph paragraph--type--legal-document paragraph--view-mode--default">'
              '%s</div></div>' % pics.replace('<h2 id="pics">', '<h2 class="paragraph__title" id="pics">'))
    return ('<!DOCTYPE html>\n<html lang="zh-hant" dir="ltr" prefix="og: https://ogp.me/ns#">\n<head>\n<meta charset="utf-8" />\n'
            '<link rel="canonical" href="https://www.swiftlionpay.com.hk/zh-hk/privacy" />\n<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n'
            '<meta name="MobileOptimized" content="width" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '<title>私隱政策 | 迅獅支付 SwiftLion Pay</title>\n'
            '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=zh-hant&amp;theme=swiftlion2023&amp;include=%s" />\n'
            '<script src="/sites/default/files/js/js_%s.js?scope=header&amp;delta=0&amp;language=zh-hant&amp;theme=swiftlion2023&amp;include=%s"></script>\n'
            '</head>\n<body class="path-node page-node-type-legal-page">\n<a href="#main-content" class="visually-hidden focusable skip-link">跳到主要內容</a>\n'
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
            '<div class="status-bar status-bar--%s" role="status"><div class="container"><span class="status-bar__dot"></span>%s <a href="https://status.swiftlionpay.com.hk">服務狀態</a></div></div>\n'
            '<header class="site-header" role="banner"><div class="container"><a href="/zh-hk" rel="home" class="site-logo"><img src="/themes/custom/swiftlion2023/logo.svg" alt="迅獅支付" /></a>\n'
            '<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">'
            '<h2 class="visually-hidden" id="block-mainnavigation-menu">主選單</h2><ul class="menu menu--level-1"><li class="menu__item"><a href="/zh-hk/personal" class="menu__link">個人用戶</a></li>'
            '<li class="menu__item"><a href="/zh-hk/merchant" class="menu__link">商戶服務</a></li><li class="menu__item"><a href="/zh-hk/cross-border" class="menu__link">跨境支付</a></li>'
            '<li class="menu__item"><a href="/zh-hk/offers" class="menu__link">優惠</a></li><li class="menu__item"><a href="/zh-hk/help" class="menu__link">支援中心</a></li></ul></nav>'
            '<div class="language-switcher-language-url block block-language" id="block-languageswitcher" role="navigation">%s</div></div></header>\n'
            '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content container">\n'
            '<div id="block-swiftlion2023-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">私隱政策</span></h1></div>\n'
            '<div id="block-swiftlion2023-content" class="block block-system block-system-main-block">\n'
            '<article data-history-node-id="42" class="node node--type-legal-page node--view-mode-full"><div class="node__content">\n'
            '<nav class="legal-jump" aria-label="本頁文件"><a href="#privacy-policy-statement">私隱政策聲明</a> | <a href="#personal-information-collection-statement">收集個人資料聲明</a></nav>\n'
            '<div class="field field--name-field-documents field--type-entity-reference-revisions field--label-hidden field__items">\n%s\n%s\n</div>\n'
            '</div></article></div>\n'
            '<div class="views-element-container block block-views block-views-blockoffers-block-1" id="block-views-block-offers-block-1"><h2 class="block__title">最新優惠</h2>'
            '<div><div class="view view-offers view-id-offers view-display-id-block_1 js-view-dom-id-%s"><ul class="offers-list">%s</ul></div></div></div>\n'
            '</div></main>\n'
            '<footer class="site-footer"><div class="container"><div class="app-badges"><a href="https://apps.apple.com/hk/app/id1456781234"><img src="/themes/custom/swiftlion2023/img/app-store-zh.svg" alt="App Store 下載" /></a>'
            '<a href="https://play.google.com/store/apps/details?id=hk.swiftlion.wallet"><img src="/themes/custom/swiftlion2023/img/google-play-zh.svg" alt="Google Play 下載" /></a>'
            '<img class="qr" src="/sites/default/files/styles/qr/public/2023-06/download-qr.png?itok=%s" alt="掃描下載應用程式" /></div>'
            '<p class="licence">迅獅支付有限公司為香港金融管理局持牌儲值支付工具發行人（牌照編號：SVF0000021）。</p>'
            '<p>&copy; %d 迅獅支付有限公司 版權所有</p></div></footer>\n</div>\n'
            '<script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>\n'
            '<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=zh-hant&amp;theme=swiftlion2023&amp;include=%s"></script>\n'
            '</body>\n</html>\n'
            % (C.det_sha("css", qs)[:43], libs, C.det_sha("jsh", qs)[:43], libs, st_cls, st_txt, lang, pps, pics_p,
               C.det_sha("dom", s["token"])[:64], offers, s["form_build_id"][5:13], when.year, settings,
               C.det_sha("jsf", qs)[:43], libs))


PAGE = {
    "service": "SwiftLion Pay", "url": URL, "lang": "zh-HK", "platform": "Drupal 7 -> Drupal 10 (Paragraphs)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "no-cache, must-revalidate"),),
    "n": 30, "start": dt.date(2021, 1, 15), "end": dt.date(2026, 5, 31), "hours": (0, 4, 12),
    "policy": POLICY, "first_updated": dt.date(2019, 9, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#privacy-policy-statement"]},
    "history": [{"fetch": URL,
                 "select": [{"startBefore": ".field-name-body .field-item > h2:first-of-type", "endBefore": "#pics"}],
                 "validUntil": C.iso(MIGRATION)}],
}
