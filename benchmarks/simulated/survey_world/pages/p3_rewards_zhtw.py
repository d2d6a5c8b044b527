"""Opinio 意見樂 - zh-TW paid-survey rewards app - marketing site in Next.js 14 (App Router, React Server Components)
on Vercel with Tailwind CSS and a CSP nonce set by middleware; the policy is a server component's <article>."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import skit as K  # noqa: E402

URL = "https://www.opinio.com.tw/privacy"


def fmt_date(d):
    return "%d 年 %d 月 %d 日" % (d.year, d.month, d.day)


POLICY = K.unwrap("""
# 隱私權政策

最後更新日期：{UPDATED}

意見樂數位股份有限公司（以下稱「本公司」）經營「意見樂 Opinio」App 及網站（以下稱「本服務」），邀請會員參與市場調查
    問卷並以點數回饋。本公司依據《個人資料保護法》（以下稱「個資法」）第 8 條規定，向您告知下列事項，請您詳細閱讀。

## 一、適用範圍

本政策適用於您註冊會員、填寫問卷、兌換點數及瀏覽本服務時，本公司對您個人資料之蒐集、處理及利用。本服務中連結至第三方
    網站或問卷平台者，其個人資料之處理依各該網站之隱私權政策辦理。

## 二、蒐集之目的及個人資料類別

| 蒐集之目的 | 個人資料類別 |
| 〇六九 契約、類似契約或其他法律關係事務 | C001 辨識個人者（姓名、電子郵件、手機號碼） |
| 一五七 調查、統計與研究分析 | C011 個人描述（性別、出生年、居住縣市）、C038 職業、C081 收入 |
| 〇四〇 行銷 | C001 辨識個人者 |
| 一三五 資（通）訊服務 | C003 政府資料中之辨識者（僅限兌換高額獎勵時之身分驗證）、裝置識別碼、IP 位址 |

## 三、蒐集之個人資料

- 註冊時提供之電子郵件、手機號碼及暱稱；
- 基本輪廓資料，例如性別、出生年、居住縣市、教育程度、職業及家庭月收入；
- 您在問卷中的作答內容；
- 點數累積、兌換紀錄及寄送電子票券所需之手機號碼；
- 裝置型號、作業系統版本、App 版本、IP 位址及廣告識別碼。

## 四、利用期間、地區、對象及方式

- 期間：自您註冊之日起至您刪除帳號或本公司停止提供服務之日止，法令另有保存期間規定者從其規定。
- 地區：中華民國境內及本政策第七條所列受託廠商之所在地。
- 對象：本公司、受託廠商及委託本公司進行調查之客戶（僅限去識別化之統計結果）。
- 方式：以自動化機器或其他非自動化之方式，於合理範圍內蒐集、處理及利用。

## 五、問卷作答之處理

問卷結果僅以統計方式提供予委託調查之客戶，不會揭露您的姓名、電話或電子郵件。部分問卷由合作之調查平台提供，您點選後將
    另行顯示該平台之說明；本公司僅傳送去識別化之會員代碼，以便核發點數。

## 六、點數與兌換

點數可兌換 7-ELEVEN 商品卡、全家 FamilyMart 禮物卡、LINE POINTS 或捐贈予合作公益團體。為寄送電子票券，本公司將您的
    手機號碼提供予票券發行廠商。單次兌換金額達新臺幣 2,000 元以上者，本公司得要求您完成身分驗證，以防止冒用。

## 七、委外處理

本公司委託下列廠商處理部分個人資料，並以契約要求其採取適當之安全維護措施：

| 受託廠商 | 服務內容 | 所在地 |
| Amazon Web Services | 雲端主機與資料庫 | 日本（東京） |
| Google LLC（Firebase） | App 推播通知與當機分析 | 美國 |
| 三竹資訊股份有限公司 | 簡訊驗證碼發送 | 臺灣 |
| 統一超商股份有限公司 | 電子商品卡發行 | 臺灣 |

## 八、Cookie 與追蹤技術

本網站使用 Cookie 及類似技術記住您的登入狀態、分析流量並衡量廣告成效。您可以在瀏覽器設定中拒絕 Cookie，但部分功能
    可能因此無法使用。

## 九、您的權利

依個資法第 3 條，您得就您的個人資料行使下列權利：

- 查詢或請求閱覽；
- 請求製給複製本；
- 請求補充或更正；
- 請求停止蒐集、處理或利用；
- 請求刪除。

您可於 App 的「帳號設定」中行使上述權利，或來信客服信箱。本公司依個資法保獲法規定，得酌收必要成本費用。若您選擇不提供
    必要之個人資料，本公司將無法為您核發點數或提供完整服務。

## 十、資料安全

本公司以 TLS 加密傳輸資料，並限制員工存取權限、定期進行弱點掃描。若發生個人資料被竊取、洩漏或竄改等事故，本公司將
    查明後以適當方式通知您。

## 十一、未成年人

未滿 18 歲者應於法定代理人閱讀並同意本政策後，始得註冊及使用本服務。

## 十二、政策修訂

本公司得修訂本政策，修訂後將公告於本頁，重大變更將另以 App 通知或電子郵件告知。

## 十三、聯絡我們

@ 意見樂數位股份有限公司（統一編號 90412378）
@ 臺北市大安區敦化南路二段 76 號 8 樓
@ 客服專線：(02) 2700-1234（週一至週五 10:00–18:00）
@ 電子郵件：[privacy@opinio.com.tw](mailto:privacy@opinio.com.tw)
""")

EDITS = [
    {"note": "委外 table: new row Google Cloud (BigQuery) data analysis, Taiwan (Changhua data centre)",
     "repl": [("| Google LLC（Firebase） | App 推播通知與當機分析 | 美國 |",
               "| Google LLC（Firebase） | App 推播通知與當機分析 | 美國 |\n"
               "| Google Cloud（BigQuery） | 問卷資料統計分析 | 臺灣（彰化資料中心） |")]},
    {"note": "typo fixed: 個資法保獲法 -> 個資法 (stray words), no new date", "bump": False,
     "repl": [("本公司依個資法保獲法規定", "本公司依個資法規定")]},
    {"note": "list item added: identifiers received when logging in with LINE or Apple",
     "repl": [("- 註冊時提供之電子郵件、手機號碼及暱稱；", "- 註冊時提供之電子郵件、手機號碼及暱稱；\n"
               "- 透過 LINE 或 Apple 帳號登入時取得之使用者識別碼及顯示名稱；")]},
    {"note": "contact: office moved (敦化南路二段 76 號 8 樓 -> 松仁路 100 號 12 樓) and new customer-service line",
     "repl": [("@ 臺北市大安區敦化南路二段 76 號 8 樓\n@ 客服專線：(02) 2700-1234",
               "@ 臺北市信義區松仁路 100 號 12 樓\n@ 客服專線：(02) 8780-5566")]},
    {"note": "sentence added to the retention item: data erased within 30 days of account deletion, backups within 90",
     "repl": [("- 期間：自您註冊之日起至您刪除帳號或本公司停止提供服務之日止，法令另有保存期間規定者從其規定。",
               "- 期間：自您註冊之日起至您刪除帳號或本公司停止提供服務之日止，法令另有保存期間規定者從其規定。"
               "帳號刪除後，本公司將於 30 日內刪除您的個人資料，備份資料則於 90 日內完成覆寫。")]},
    {"note": "hosting moved: AWS Tokyo -> AWS Taipei region (ap-east-2)",
     "repl": [("| Amazon Web Services | 雲端主機與資料庫 | 日本（東京） |",
               "| Amazon Web Services | 雲端主機與資料庫 | 臺灣（臺北區域） |")]},
]

SURVEYS = [("手搖飲喝什麼？夏季飲品調查", 6, 30), ("通勤方式與交通費用", 10, 50), ("行動支付使用習慣", 8, 40),
           ("串流影音平台滿意度", 12, 60), ("網購退貨經驗分享", 7, 35), ("寵物飼料選購調查", 9, 45),
           ("保健食品認知調查", 15, 80), ("國內旅遊住宿偏好", 11, 55), ("便利商店咖啡評比", 5, 25)]
LUNAR_NY = {2022: dt.date(2022, 2, 1), 2023: dt.date(2023, 1, 22), 2024: dt.date(2024, 2, 10),
            2025: dt.date(2025, 1, 29), 2026: dt.date(2026, 2, 17)}
MOON = {2022: dt.date(2022, 9, 10), 2023: dt.date(2023, 9, 29), 2024: dt.date(2024, 9, 17),
        2025: dt.date(2025, 10, 6), 2026: dt.date(2026, 9, 25)}
BANNERS = {"cny": "🧧 新春開運：完成 3 份問卷抽 888 點紅包", "moon": "🥮 中秋烤肉季：問卷點數加碼 20%",
           "1111": "🛍️ 雙 11 限定：兌換商品卡享 9 折點數", "mom": "💐 母親節：分享 App 給媽媽，雙方各得 50 點"}


def banner(when):
    d = when.date()
    if -12 <= (d - LUNAR_NY[d.year]).days <= 7:
        return "cny"
    if -14 <= (d - MOON[d.year]).days <= 0:
        return "moon"
    return K.season(when, [((11, 1), (11, 11), "1111"), ((5, 1), (5, 12), "mom")])


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonce": C.b64tok(rng, 16)}
    s["build"] = K.deploy_hash(rng, prev.get("build"), 0.35, lambda: (
        C.alnum(rng, 21, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
        tuple(C.hexs(rng, 16) for _ in range(7)), C.hexs(rng, 6)))
    s["hot"] = C.keep_or(rng, prev.get("hot"), 0.55, lambda: tuple(rng.sample(range(len(SURVEYS)), 4)))
    s["done"] = K.grow(when, dt.datetime(2022, 1, 1), 3200, 41.7)
    s["banner"] = banner(when)
    s["rating"] = (K.grow(when, dt.datetime(2022, 1, 1), 8412, 6.3), "4.7" if when.year < 2025 else "4.8")
    return s


LABELS = {"nonce": "CSP nonce on every script (middleware, per request)",
          "build": "Next.js buildId, chunk hashes and font class (per deploy)",
          "hot": "'熱門問卷' list under the policy", "done": "completions counters of the hot surveys",
          "banner": "seasonal promo bar (春節, 中秋, 雙11, 母親節)", "rating": "footer App Store rating and count"}

TW = {"h1": ' class="text-3xl font-bold tracking-tight text-slate-900"', "p": "", "ul": ' class="list-disc pl-6"'}


def rsc(blocks):
    """The flight rows of the article (React Server Components payload) as Next.js writes them after the HTML."""
    kids = []
    for kind, v in blocks:
        if kind == "table":
            kids.append(["$", "div", None, {"className": "overflow-x-auto", "children": ["$", "table", None, {
                "children": [["$", "thead", None, {"children": ["$", "tr", None, {"children": [
                    ["$", "th", str(n), {"children": c}] for n, c in enumerate(v[0])]}]}],
                    ["$", "tbody", None, {"children": [["$", "tr", str(r), {"children": [
                        ["$", "td", str(n), {"children": c}] for n, c in enumerate(row)]}]
                        for r, row in enumerate(v[1:])]}]]}]}])
        elif kind in ("ul", "ol"):
            kids.append(["$", kind, None, {"children": [["$", "li", str(n), {"children": x}]
                                                        for n, x in enumerate(v)]}])
        elif kind == "addr":
            kids.append(["$", "address", None, {"className": "not-italic", "children": v}])
        else:
            kids.append(["$", kind, None, {"children": v}])
    return json.dumps(["$", "article", None, {"id": "policy", "className": "prose prose-slate max-w-none "
                                              "prose-headings:scroll-mt-24 lg:prose-lg", "children": kids}],
                      ensure_ascii=False, separators=(",", ":"))


def render(s, blocks, when):
    nonce = s["nonce"]
    bid, chunks, font = s["build"]
    na = ' nonce="%s"' % nonce

    def addr(lines, inl):
        return '<address class="not-italic">%s</address>' % "<br/>".join(inl(x) for x in lines)

    def table(rows, inl):
        head = "".join('<th scope="col">%s</th>' % inl(x) for x in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(x) for x in r) for r in rows[1:])
        return '<div class="overflow-x-auto"><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>' % (
            head, body)

    def link(url, label):
        return '<a href="%s" class="text-emerald-700 underline underline-offset-2">%s</a>' % (C.attr(url),
                                                                                                C.esc(label))
    art = C.render_blocks(blocks, tags=TW, addr=addr, table=table, link=link, sep="")
    hot = "".join(
        '<li class="flex items-center justify-between rounded-xl bg-white p-4 shadow-sm"><div><p class="font-medium">'
        '%s</p><p class="text-sm text-slate-500">約 %d 分鐘・已有 %s 人完成</p></div><span class="rounded-full '
        'bg-emerald-100 px-3 py-1 text-sm font-semibold text-emerald-700">+%d 點</span></li>'
        % (C.esc(SURVEYS[k][0]), SURVEYS[k][1], K.group(s["done"] // (n + 2) + 137 * k), SURVEYS[k][2])
        for n, k in enumerate(s["hot"]))
    bar = ('<div class="bg-amber-100 py-2 text-center text-sm text-amber-900"><a href="/events">%s</a></div>'
           % C.esc(BANNERS[s["banner"]])) if s["banner"] else ""
    scripts = "".join('<script src="/_next/static/chunks/%s-%s.js" async=""%s></script>' % (name, h, na)
                      for name, h in zip(["fd9d1056", "117", "main-app", "app/(marketing)/layout",
                                          "app/(marketing)/privacy/page"], chunks[1:6]))
    flight = [
        '1:HL["/_next/static/media/a34f9d1faa5f3315-s.p.woff2","font",{"crossOrigin":"","type":"font/woff2"}]\n'
        '2:HL["/_next/static/css/%s.css","style"]\n' % chunks[0],
        '0:["%s",[[["",{"children":["(marketing)",{"children":["privacy",{"children":["__PAGE__",{}]}]}]},"$undefined",'
        '"$undefined",true],["",{"children":["(marketing)",{"children":["privacy",{"children":["__PAGE__",{},[["$L3",'
        '"$L4",null],null],null]},null]},null]},null],null],null]]]\n' % bid,
        "4:%s\n" % rsc(blocks),
        '5:[["$","meta","0",{"name":"viewport","content":"width=device-width, initial-scale=1"}],["$","meta","1",'
        '{"charSet":"utf-8"}],["$","title","2",{"children":"隱私權政策｜意見樂 Opinio"}]]\n3:null\n']
    pushes = "".join('<script%s>self.__next_f.push([1,%s])</script>' % (na, json.dumps(f, ensure_ascii=False))
                     for f in flight)
    return (
        '<!DOCTYPE html><html lang="zh-Hant-TW" class="__variable_%s"><head><meta charSet="utf-8"/><meta name="viewport'
        '"'
        ' content="width=device-width, initial-scale=1"/><link rel="preload" href="/_next/static/media/a34f9d1faa5f3315'
        '-'
        's.p.woff2" as="font" crossorigin="" type="font/woff2"/><link rel="stylesheet" href="/_next/static/css/%s.css" '
        'data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack'
        '-'
        '%s.js"%s/>%s<title>隱私權政策｜意見樂 Opinio</title><meta name="description" content="意見樂 Opinio 如何蒐集、'
        '處理及利用您的個人資料。"/><link rel="canonical" href="%s"/><meta property="og:title" content="隱私權政策｜意見樂 '
        'Opinio"/><meta property="og:url" content="%s"/><meta property="og:site_name" content="意見樂 Opinio"/><meta '
        'property="og:locale" content="zh_TW"/><meta name="apple-itunes-app" content="app-id=1582934417"/><link '
        'rel="icon" href="/favicon.ico" type="image/x-icon" sizes="48x48"/><script src="/_next/static/chunks/polyfills-'
        '78c92fac7aa8fdd8.js" noModule=""%s></script></head><body class="__className_%s min-h-screen bg-white '
        'text-slate-800 antialiased">%s<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 '
        'backdrop-blur"><div class="mx-auto flex h-16 max-w-6xl items-center justify-between px-4"><a href="/" '
        'class="flex items-center gap-2 font-bold text-emerald-700"><img alt="意見樂 Opinio" loading="lazy" width="32" '
        'height="32" decoding="async" src="/logo.svg"/>意見樂 Opinio</a><nav class="hidden gap-6 text-sm md:flex"><a '
        'href="/how-it-works">如何賺點數</a><a href="/rewards">兌換獎勵</a><a href="/business">企業調查服務</a><a '
        'href="/faq">常見問題</a></nav><a href="https://opinio.onelink.me/Xk2p/web" class="rounded-full bg-emerald-600 '
        'px-4 py-2 text-sm font-semibold text-white">下載 App</a></div></header><main class="mx-auto max-w-3xl px-4 '
        'py-10"><article id="policy" class="prose prose-slate max-w-none prose-headings:scroll-mt-24 lg:prose-lg">%s'
        '</article><section class="mt-16 rounded-2xl bg-slate-50 p-6" aria-labelledby="hot-surveys"><h2 id="hot-'
        'surveys" class="text-xl font-bold">熱門問卷</h2><p class="mt-1 text-sm text-slate-500">下載 App 立即參與，'
        '完成即可獲得點數</p><ul class="mt-4 space-y-3">%s</ul></section></main><footer class="border-t border-slate-'
        '200 bg-slate-50"><div class="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3"><div><p class="font-'
        'bold">意見樂 Opinio</p><p class="mt-2 text-sm text-slate-500">App Store %s ★（%s 則評分）</p></div><ul '
        'class="space-y-2 text-sm"><li><a href="/terms">服務條款</a></li><li><a href="/privacy">隱私權政策</a></li><li>'
        '<a href="/cookies">Cookie 政策</a></li></ul><p class="text-sm text-slate-500">© %d 意見樂數位股份有限公司</p>'
        '</div></footer><script src="/_next/static/chunks/webpack-%s.js" async=""%s></script><script%s>(self.__next_f='
        'self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>%s<script%s>(function(w,d,s,l,i){w[l]=w[l]'
        '||[];w[l].push({"gtm.start":new Date().getTime(),event:"gtm.js"});var f=d.getElementsByTagName(s)[0],j=d.'
        'createElement(s);j.async=true;j.nonce="%s";j.src="https://www.googletagmanager.com/gtm.js?id="+i;f.parentNode.'
        'insertBefore(j,f);})(window,document,"script","dataLayer","GTM-N8Q4ZK2");</script></body></html>'
        % (font, chunks[0], chunks[6], na, scripts, URL, URL, na, font, bar, art, hot, s["rating"][1],
           K.group(s["rating"][0]), when.year, chunks[6], na, na, pushes, na, nonce))


PAGE = {
    "service": "Opinio", "url": URL, "lang": "zh-Hant-TW", "platform": "Next.js 14 App Router on Vercel, Tailwind",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 3, 1), "end": dt.date(2026, 11, 15), "hours": (1, 7, 13, 19),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 14), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article#policy"]},
}
