"""Formosa Stay - zh-TW hotel/travel booking - Next.js (pages router) + Contentful; CSS-module hashes per deploy."""
import datetime as dt
import json
import common as C

URL = "https://www.formosastay.com.tw/zh-tw/legal/privacy"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# 隱私權政策

最後更新日期：{UPDATED}

福爾摩沙旅宿股份有限公司（以下稱「本公司」）經營 Formosa Stay 訂房網站及行動應用程式。本公司依據《個人資料保護法》蒐集、處理及利用您的個人資料，並說明如下。

## 一、蒐集之目的

本公司蒐集個人資料之目的包括：旅宿訂房服務、會員管理、客戶服務、行銷（須經您同意）及統計分析。

## 二、蒐集之個人資料類別

- 識別類：姓名、電話、電子郵件地址、護照號碼（僅限外籍旅客）；
- 財務類：信用卡號碼末四碼及付款紀錄；
- 訂房紀錄：入住日期、房型、特殊需求；
- 網站使用紀錄：IP 位址、瀏覽器類型及 Cookie。

## 三、利用期間、地區、對象及方式

個人資料於會員存續期間及會員終止後五年內，於中華民國境內及本公司合作旅宿所在地區利用。本公司將訂房所需資料提供予您所預訂之旅宿業者。

## 四、當事人權利

您得向本公司請求查詢、閱覽、製給複製本、補充或更正、停止蒐集處理利用或刪除您的個人資料。請來信 [privacy@formosastay.com.tw](mailto:privacy@formosastay.com.tw)，本公司將於三十日內回覆。

## 五、資料安全

本公司以 TLS 加密傳輸資料，並定期進行資安檢測；信用卡資料由符合 PCI DSS 之金流服務商處理，本公司不儲存完整卡號。

## 六、聯絡方式

@ 福爾摩沙旅宿股份有限公司
@ 臺北市中山區南京東路二段 100 號 8 樓
@ 客服專線：(02) 2511-8800
"""

EDITS = [
    {"note": "retention after membership ends shortened from 5 to 3 years",
     "repl": [("會員終止後五年內", "會員終止後三年內")]},
    {"note": "new section on sharing with overseas partner platforms (cross-border transfer)",
     "repl": [("## 四、當事人權利", "## 四、國際傳輸\n\n當您預訂海外旅宿時，本公司將訂房所需之姓名、聯絡方式及入住資訊傳輸至該旅宿所在國家或地區，該地區之個人資料保護水準可能與中華民國不同。\n\n## 五、當事人權利"),
              ("## 五、資料安全", "## 六、資料安全"), ("## 六、聯絡方式", "## 七、聯絡方式")]},
    {"note": "office moved: contact address changed to 信義區 and phone number changed",
     "repl": [("@ 臺北市中山區南京東路二段 100 號 8 樓\n@ 客服專線：(02) 2511-8800", "@ 臺北市信義區松仁路 58 號 15 樓\n@ 客服專線：(02) 8780-6600")]},
    {"note": "data categories: LINE account ID for LINE login added (silent edit)", "bump": False,
     "repl": [("- 網站使用紀錄：", "- 社群帳號類：使用 LINE 或 Google 登入時之帳號識別碼及顯示名稱；\n- 網站使用紀錄：")]},
    {"note": "purposes: personalised recommendations sentence added; response time changed from 30 to 15 days",
     "repl": [("及統計分析。", "及統計分析。本公司亦可能依您的瀏覽及訂房紀錄提供個人化旅宿推薦，您可隨時於會員設定中關閉此功能。"),
              ("本公司將於三十日內回覆。", "本公司將於十五日內回覆。")]},
]
HOTELS = [("台北晶旅", "臺北市"), ("花蓮海岸度假村", "花蓮縣"), ("日月潭湖畔行館", "南投縣"), ("墾丁南灣會館", "屏東縣"),
          ("台中綠園道旅店", "臺中市"), ("台南古都文旅", "臺南市"), ("宜蘭礁溪溫泉飯店", "宜蘭縣"), ("高雄港灣酒店", "高雄市")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"tokens": (C.b64tok(rng, 24), C.uuid4(rng))}
    s["build"] = C.keep_or(rng, prev.get("build"), 0.45, lambda: (C.alnum(rng, 21, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"), C.alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789")))
    s["deals"] = tuple((k, rng.randrange(1800, 9800, 100)) for k in rng.sample(range(len(HOTELS)), 3))
    s["viewers"] = rng.randint(6, 80)
    s["banner"] = C.keep_or(rng, prev.get("banner"), 0.5, lambda: rng.choice(["春節連假早鳥 85 折", "暑假親子住房優惠", "信用卡刷卡滿額贈", "會員日限時 9 折", "國旅補助專區"]))
    return s


LABELS = {"tokens": "per-visit nonce and session id", "build": "Next.js buildId + CSS-module class hashes (deployment)",
          "deals": "'限時優惠' hotel deals with prices", "viewers": "'X 人正在瀏覽' live counter", "banner": "promo banner"}


def rich(blocks):
    """Contentful rich-text JSON as it appears in __NEXT_DATA__."""
    nodes = []
    for kind, v in blocks:
        if kind in ("h1", "h2", "h3"):
            nodes.append({"nodeType": "heading-" + kind[1], "content": [{"nodeType": "text", "value": v}]})
        elif kind in ("ul", "ol"):
            nodes.append({"nodeType": "unordered-list" if kind == "ul" else "ordered-list",
                          "content": [{"nodeType": "list-item", "content": [{"nodeType": "paragraph", "content": [{"nodeType": "text", "value": x}]}]} for x in v]})
        elif kind == "addr":
            nodes.append({"nodeType": "paragraph", "content": [{"nodeType": "text", "value": "\n".join(v)}]})
        else:
            nodes.append({"nodeType": "paragraph", "content": [{"nodeType": "text", "value": v}]})
    return {"nodeType": "document", "content": nodes}


def render(s, blocks, when):
    nonce, sid = s["tokens"]
    build, h = s["build"]
    deals = "".join('<li class="DealCard_card__%s"><a href="/zh-tw/hotel/%d">%s</a><span class="DealCard_city__%s">%s</span><span class="DealCard_price__%s">TWD %s 起</span></li>'
                    % (h, 1000 + k, HOTELS[k][0], h, HOTELS[k][1], h, "{:,}".format(p)) for k, p in s["deals"])
    nd = {"props": {"pageProps": {"page": {"sys": {"id": "4Xq2r9TtZ1aBcD3eF5gH7i", "type": "Entry"}, "fields": {"slug": "privacy", "title": blocks[0][1], "body": rich(blocks[1:])}},
                                  "locale": "zh-TW", "sessionId": sid}, "__N_SSG": True},
          "page": "/[locale]/legal/[slug]", "query": {"locale": "zh-tw", "slug": "privacy"}, "buildId": build,
          "isFallback": False, "gsp": True, "locale": "zh-tw", "scriptLoader": []}
    body = C.blocks_html(blocks, {"h1": "LegalDocument_title__%s" % h})
    return ('<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>'
            '<title>隱私權政策 | Formosa Stay</title><meta name="next-head-count" content="4"/>'
            '<link rel="preload" href="/_next/static/css/%s.css" as="style" nonce="%s"/><link rel="stylesheet" href="/_next/static/css/%s.css" nonce="%s" data-n-g=""/>'
            '<script defer="" nonce="%s" src="/_next/static/chunks/pages/_app-%s.js"></script>'
            '<script defer="" nonce="%s" src="/_next/static/%s/_buildManifest.js"></script></head>'
            '<body><div id="__next">'
            '<div class="PromoBar_bar__%s"><p>%s</p></div>'
            '<header class="Header_header__%s"><a href="/zh-tw" class="Header_logo__%s">Formosa Stay</a>'
            '<nav class="Header_nav__%s"><ul><li><a href="/zh-tw/hotels">訂房</a></li><li><a href="/zh-tw/deals">優惠</a></li><li><a href="/zh-tw/packages">自由行</a></li>'
            '<li><a href="/zh-tw/member">會員中心</a></li></ul></nav><button class="Header_lang__%s">繁體中文 · TWD</button></header>'
            '<nav aria-label="breadcrumb" class="Breadcrumb_root__%s"><ol><li><a href="/zh-tw">首頁</a></li><li><a href="/zh-tw/legal">法律條款</a></li><li aria-current="page">隱私權政策</li></ol></nav>'
            '<main class="LegalLayout_main__%s"><div class="LegalLayout_grid__%s">'
            '<aside class="LegalNav_nav__%s"><ul><li><a href="/zh-tw/legal/terms">服務條款</a></li><li aria-current="page"><a href="/zh-tw/legal/privacy">隱私權政策</a></li><li><a href="/zh-tw/legal/cookies">Cookie 政策</a></li></ul></aside>'
            '<article class="LegalDocument_body__%s">%s</article></div>'
            '<section class="Deals_section__%s"><h2 class="Deals_title__%s">限時優惠</h2><p class="Deals_viewers__%s">目前有 %d 人正在瀏覽</p><ul>%s</ul></section></main>'
            '<footer class="Footer_footer__%s"><p>福爾摩沙旅宿股份有限公司 統一編號 24681357 · 交通部觀光署旅行業註冊編號 交觀甲 8899</p><p>© %d Formosa Stay</p></footer>'
            '<div class="CookieNotice_root__%s" role="dialog"><p>本網站使用 Cookie 以提供更好的瀏覽體驗。</p><button>接受</button></div></div>'
            '<script id="__NEXT_DATA__" type="application/json" nonce="%s">%s</script></body></html>'
            % (h + "a1", nonce, h + "a1", nonce, nonce, h + "f7", nonce, build, h, s["banner"], h, h, h, h, h, h, h, h, h, body, h, h, h,
               s["viewers"], deals, h, when.year, h, nonce, json.dumps(nd, ensure_ascii=False, separators=(",", ":"))))


PAGE = {
    "service": "Formosa Stay", "url": URL, "lang": "zh-TW", "platform": "Next.js + Contentful",
    "content_type": "text/html; charset=utf-8",
    "n": 27, "start": dt.date(2021, 7, 1), "end": dt.date(2026, 6, 30), "hours": (0, 6, 12, 18),
    "policy": POLICY, "first_updated": dt.date(2021, 4, 12), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["[class^=LegalDocument_body]"]},
}
