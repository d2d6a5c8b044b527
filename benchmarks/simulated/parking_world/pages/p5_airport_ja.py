"""成田スカイパーキング / Narita Sky Parking (Japanese park-and-fly car park near Narita airport: reservations,
terminal shuttle, valet), a Nuxt site on microCMS (rich-text body through v-html, headings with microCMS ids), SSR.
Migrated from Nuxt 2 to Nuxt 3 with a redesign on 2024-06-18 (Nuxt 2's end of life): new markup and class names,
declaration history. The contact box component sits inside the policy and shows whether the phone desk is open now and
how busy it is; the header shows the next seven days' availability (混雑カレンダー) and an A/B-tested call to action."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import pkkit as K  # noqa: E402

POLICY = """
# プライバシーポリシー

株式会社スカイパーキングサービス（以下「当社」といいます。）は、成田空港近隣で運営する駐車場「成田スカイパーキング」のご予約・ご利用にあたり、お客様からお預かりする個人情報を以下の方針に基づき適切に取り扱います。

## 1. 取得する個人情報

当社は、駐車場のご予約およびご利用に際し、以下の情報を取得します。

- 氏名、電話番号、メールアドレス
- 車両ナンバー、車種、車の色
- ご利用予定の航空会社、便名、出発日および帰国日
- ご同乗の人数、送迎を希望するターミナル
- クレジットカード決済に関する情報（カード番号は決済代行会社が管理し、当社は保持しません）
- 駐車場内の防犯カメラの映像、入出庫時の車両撮影画像

## 2. 利用目的

- 駐車場のご予約の受付、確認および変更・キャンセルの手続き
- ターミナルへの送迎およびお車のお預かり・お引き渡し
- 便の遅延・欠航時のご連絡およびお迎え時間の調整
- 駐車料金の精算および領収書の発行
- お車の損傷や事故に関するお問い合わせへの対応
- サービス改善のための統計データの作成（個人を特定できない形式に加工します）
- お客様の同意を得たうえでのキャンペーン等のご案内

## 3. 第三者提供

当社は、法令に基づく場合を除き、お客様の同意を得ることなく個人情報を第三者に提供しません。

## 4. 業務委託

当社は、利用目的の達成に必要な範囲で、個人情報の取扱いを以下の委託先に委託することがあります。委託先に対しては、必要かつ適切な監督を行います。

| 委託先 | 委託内容 |
| GMOペイメントゲートウェイ株式会社 | クレジットカード決済 |
| 株式会社ネットプロテクションズ | 後払い決済 |
| Amazon Web Services, Inc. | 予約システムのサーバー運用 |
| ユミルリンク株式会社 | 予約確認メール・SMSの配信 |

## 5. 外国にある第三者への提供

予約システムのサーバーはAmazon Web Services, Inc.（米国）が提供するクラウドサービスを利用しており、データは東京リージョンに保管されます。

## 6. 安全管理措置

当社は、個人情報の漏えい、滅失またはき損の防止のため、従業者への教育、アクセス権限の管理、通信の暗号化などの安全管理措置を講じます。防犯カメラの映像は30日間保存した後、自動的に上書き消去されます。

## 7. 保有個人データの開示等の請求

お客様は、当社が保有する個人データについて、利用目的の通知、開示、訂正、追加、削除、利用停止、消去および第三者提供の停止を請求することができます。ご請求の際は、下記窓口までご連絡ください。ご本人確認のうえ、遅帯なく対応いたします。

## 8. Cookie等の利用

当社のウェブサイトでは、利便性の向上とアクセス解析のためCookieを使用しています。アクセス解析にはGoogle アナリティクスを利用しています。ブラウザの設定によりCookieを無効にすることができます。

## 9. お問い合わせ窓口

個人情報の取扱いに関するお問い合わせは、下記窓口までご連絡ください。

%% contact

@ 株式会社スカイパーキングサービス 個人情報お問い合わせ窓口
@ 〒286-0106 千葉県成田市取香528-1
@ 電話：0476-33-1845（受付時間 5:00〜23:00、年中無休）
@ メール：[privacy@narita-skyparking.jp](mailto:privacy@narita-skyparking.jp)

%% dates

制定日：2016年4月1日

最終改定日：{UPDATED}
"""

EDITS = [
    {"note": "processor row added: LINEヤフー株式会社 (booking confirmations via the LINE official account)",
     "repl": [("| ユミルリンク株式会社 | 予約確認メール・SMSの配信 |",
               "| ユミルリンク株式会社 | 予約確認メール・SMSの配信 |\n| LINEヤフー株式会社 | LINE公式アカウントによる予約確認・"
               "お迎えのご連絡 |")]},
    {"note": "typo fixed (遅帯なく -> 遅滞なく), date unchanged", "bump": False,
     "repl": [("遅帯なく", "遅滞なく")]},
    {"note": "purpose added to the list: preventing fraudulent bookings and unpaid cancellation fees",
     "repl": [("- お車の損傷や事故に関するお問い合わせへの対応\n",
               "- お車の損傷や事故に関するお問い合わせへの対応\n- 不正な予約およびキャンセル料の未払いの防止\n")]},
    {"note": "CCTV retention changed from 30 to 45 days",
     "repl": [("防犯カメラの映像は30日間保存", "防犯カメラの映像は45日間保存")]},
    {"note": "phone desk hours extended (5:00-23:00 -> 4:30-23:30) for early flights",
     "repl": [("受付時間 5:00〜23:00", "受付時間 4:30〜23:30")]},
    {"note": "words inserted: data also stored in the Osaka region",
     "repl": [("データは東京リージョンに保管されます。", "データは東京リージョンおよび大阪リージョンに保管されます。")]},
]

MIGRATION = dt.datetime(2024, 6, 18, 0, 0, 0)


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def _busy(d):
    """Peak travel days around Narita: Golden Week, Obon, year end."""
    md = (d.month, d.day)
    return ((4, 26) <= md <= (5, 6)) or ((8, 8) <= md <= (8, 18)) or md >= (12, 26) or md <= (1, 4)


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "jst")
    days = []
    for k in range(7):
        d = loc.date() + dt.timedelta(days=k)
        w = [0.25, 0.35, 0.4] if _busy(d) else [0.7, 0.22, 0.08]
        days.append(rng.choices("○△×", weights=w)[0])
    nuxt3 = when >= MIGRATION
    return {
        "calendar": "".join(days),
        "ab": rng.choice("AB"),
        "wait": rng.choice([0, 2, 3, 5, 5, 8, 10, 15]),
        "build": C.keep_or(rng, p.get("build") if (p.get("build") or ("",))[0] == ("3" if nuxt3 else "2") else None,
                           0.25, lambda: ("3" if nuxt3 else "2", C.uuid4(rng), C.hexs(rng, 8), C.alnum(rng, 8),
                                          C.alnum(rng, 8), C.hexs(rng, 7), C.hexs(rng, 7), C.hexs(rng, 7))),
    }


LABELS = {
    "calendar": "header availability calendar, next 7 days (SSR state and markup)",
    "ab": "A/B-tested call to action in the header (no cookie: new bucket each visit)",
    "wait": "phone desk waiting time in the contact box (INSIDE the policy; removed by the declaration)",
    "status": "phone desk open/closed badge in the contact box (INSIDE the policy; removed by the declaration)",
    "build": "Nuxt build: chunk names, data-v scope ids, buildId (deploy; Nuxt 2 -> Nuxt 3 on 2024-06-18)",
}


def _hours(blocks):
    for kind, v in blocks:
        if kind == "addr":
            for line in v:
                if "受付時間" in line:
                    a, b = line.split("受付時間 ")[1].split("、")[0].split("〜")
                    return [tuple(int(x) for x in a.split(":")), tuple(int(x) for x in b.split(":"))]
    raise ValueError("no hours")


def _status(state, blocks, when, cls):
    loc, _ = K.local(when, "jst")
    (ah, am), (bh, bm) = _hours(blocks)
    now = loc.hour * 60 + loc.minute
    is_open = ah * 60 + am <= now < bh * 60 + bm
    state["status"] = "open" if is_open else "closed"
    if not is_open:
        state["wait"] = None  # no waiting time shown out of hours
    if is_open:
        w = state["wait"]
        level = "空いています" if w <= 2 else ("やや混雑しています" if w <= 8 else "混雑しています")
        return ('<div class="%s %s--open"><span class="%s__badge">ただいま受付中</span><span class="%s__wait">'
                'お電話の混雑状況：%s（待ち時間 約%d分）</span></div>' % (cls, cls, cls, cls, level, max(w, 1)))
    return ('<div class="%s %s--closed"><span class="%s__badge">ただいま受付時間外です</span><span class="%s__wait">'
            '次の受付開始は%d:%02dです。メールでのお問い合わせは24時間受け付けております。</span></div>'
            % (cls, cls, cls, cls, ah, am))


def _rich(blocks, key):
    """microCMS rich-editor HTML: headings carry generated ids (stable per save)."""
    n = [0]

    def heading(kind, v, inl):
        n[0] += 1
        return '<%s id="h%s">%s</%s>' % (kind, C.det_sha(key, n[0], v)[:10], inl(v), kind)

    return K.render_blocks(blocks, heading=heading, sep="")


def _cal(loc, marks, cls):
    out = []
    for k, m in enumerate(marks):
        d = loc.date() + dt.timedelta(days=k)
        st = {"○": "ok", "△": "few", "×": "full"}[m]
        out.append('<li class="%s__day %s__day--%s"><span class="%s__date">%d/%d(%s)</span><span class="%s__mark">%s'
                   '</span></li>' % (cls, cls, st, cls, d.month, d.day, K.WEEKDAYS["ja"][d.weekday()], cls, m))
    return "".join(out)


def render(state, blocks, when):
    loc, _ = K.local(when, "jst")
    segs = C.segments(blocks)
    head = segs["head"]
    title, body = head[0][1], head[1:]
    key = C.det_sha(repr(blocks))
    cta = "空き状況を確認して予約" if state["ab"] == "A" else "今すぐ予約する"
    marks = state["calendar"]
    addr = "<br>".join(C.inline_html(x) for x in segs["contact"][0][1])
    dates = "".join('<p class="%%s">%s</p>' % C.inline_html(v) for _, v in segs["dates"])
    b = state["build"]
    if b[0] == "2":
        _, _, sv, _, _, c1, c2, c3 = b
        v = lambda n: "data-v-%s" % C.det_sha(sv, n)[:8]  # noqa: E731
        status = _status(state, blocks, when, "contact-status")
        cal = _cal(loc, marks, "crowd-cal")
        days_js = ",".join('{date:"%s",mark:"%s"}' % ((loc.date() + dt.timedelta(days=k)).isoformat(), m)
                           for k, m in enumerate(marks))
        return ('<!doctype html>\n<html lang="ja" data-n-head="%%7B%%22lang%%22:%%7B%%22ssr%%22:%%22ja%%22%%7D%%7D">\n'
                '  <head>\n    <title>プライバシーポリシー｜成田スカイパーキング｜成田空港 駐車場 予約</title><meta data-n-head="ssr" charset="utf-8">'
                '<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" '
                'data-hid="description" name="description" content="成田空港から車で5分。24時間送迎付きの成田スカイパーキングのプライバシーポリシーです。">'
                '<link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" '
                'rel="canonical" href="https://www.narita-skyparking.jp/privacy"><script data-n-head="ssr" data-hid="gtm-script">'
                'if(!window._gtm_init){window._gtm_init=1;(function(w,n,d,m,e,p){w[d]=(w[d]==1||n[d]=="yes"||n[d]==1||n[m]==1||'
                '(w[e]&&w[e][p]&&w[e][p]()))?1:0})(window,navigator,"doNotTrack","msDoNotTrack","external","msTrackingProtectionEnabled");'
                '(function(w,d,s,l,x,y){w[x]={};w._gtm_inject=function(i){w[x][i]=1;w[l]=w[l]||[];w[l].push({"gtm.start":new Date().getTime(),'
                'event:"gtm.js"});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src="https://www.googletagmanager.com/gtm.js?id="+i;'
                'f.parentNode.insertBefore(j,f);};w[y]("GTM-KX8R2P4")})(window,document,"script","dataLayer","_gtm_ids","_gtm_inject")}</script>'
                '<link rel="preload" href="/_nuxt/%(c1)s.js" as="script"><link rel="preload" href="/_nuxt/%(c2)s.js" as="script">'
                '<link rel="preload" href="/_nuxt/%(c3)s.js" as="script"><link rel="preload" href="/_nuxt/pages/privacy.%(c3)s.js" as="script">'
                '<link rel="stylesheet" href="/_nuxt/css/%(c2)s.css">\n  </head>\n  <body>\n    '
                '<noscript data-n-head="ssr" data-hid="gtm-noscript" data-pbody="true"><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-KX8R2P4&" height="0" width="0" style="display:none;visibility:hidden" title="gtm"></iframe></noscript>'
                '<div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div class="layout" %(v1)s>'
                '<header class="site-header" %(v2)s %(v1)s><div class="site-header__inner" %(v2)s><a href="/" class="site-header__logo nuxt-link-active" %(v2)s>'
                '<img src="/img/logo.svg" alt="成田スカイパーキング" width="220" height="40" %(v2)s></a><nav class="site-header__nav" %(v2)s>'
                '<a href="/price" %(v2)s>料金</a><a href="/access" %(v2)s>アクセス</a><a href="/flow" %(v2)s>ご利用の流れ</a>'
                '<a href="/faq" %(v2)s>よくある質問</a></nav><a href="https://reserve.narita-skyparking.jp/" class="site-header__cta" '
                'data-ab="%(ab)s" %(v2)s>%(cta)s</a></div><div class="crowd-cal" %(v3)s %(v2)s><p class="crowd-cal__title" %(v3)s>'
                '混雑カレンダー</p><ul class="crowd-cal__list" %(v3)s>%(cal)s</ul><p class="crowd-cal__note" %(v3)s>○ 空きあり　△ 残りわずか　× 満車</p>'
                '</div></header><main class="page-privacy" %(v1)s><nav class="breadcrumb" %(v4)s><a href="/" class="nuxt-link-active" %(v4)s>ホーム</a>'
                '<span %(v4)s>プライバシーポリシー</span></nav><div class="privacy" %(v4)s><h1 class="privacy__title" %(v4)s>%(title)s</h1>'
                '<div class="privacy__body" %(v4)s>%(body)s</div><div class="contact-box" %(v5)s %(v4)s><p class="contact-box__lines" %(v5)s>'
                '%(addr)s</p>%(status)s</div><div class="privacy__dates" %(v4)s>%(dates)s</div></div></main>'
                '<footer class="site-footer" %(v6)s %(v1)s><ul class="site-footer__links" %(v6)s><li %(v6)s><a href="/company" %(v6)s>会社概要</a></li>'
                '<li %(v6)s><a href="/terms" %(v6)s>駐車場利用約款</a></li><li %(v6)s><a href="/privacy" aria-current="page" '
                'class="nuxt-link-exact-active nuxt-link-active" %(v6)s>プライバシーポリシー</a></li><li %(v6)s><a href="/law" %(v6)s>'
                '特定商取引法に基づく表記</a></li></ul><p class="site-footer__copy" %(v6)s>© Sky Parking Service Co., Ltd.</p></footer>'
                '</div></div></div><script>window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{}],fetch:{},error:null,'
                'state:{availability:{updatedAt:"%(upd)s",days:[%(days)s]},ab:{cta:"%(ab)s"}},serverRendered:true,routePath:"\\u002Fprivacy",'
                'config:{_app:{basePath:a,assetsPath:b,cdnURL:c}}}}("\\u002F","\\u002F_nuxt\\u002F",null));</script>'
                '<script src="/_nuxt/%(c1)s.js" defer></script><script src="/_nuxt/pages/privacy.%(c3)s.js" defer></script>'
                '<script src="/_nuxt/%(c2)s.js" defer></script><script src="/_nuxt/%(c3)s.js" defer></script>\n  </body>\n</html>\n'
                % {"c1": c1, "c2": c2, "c3": c3, "v1": v(1), "v2": v(2), "v3": v(3), "v4": v(4), "v5": v(5), "v6": v(6),
                   "ab": state["ab"], "cta": cta, "cal": cal, "title": K.esc(title), "body": _rich(body, key),
                   "addr": addr, "status": status, "dates": dates.replace("%s", "privacy__date"),
                   "upd": loc.strftime("%Y-%m-%dT%H:%M:00+09:00"), "days": days_js})
    # Nuxt 3 (Vite chunks, __NUXT_DATA__ payload), redesigned templates
    _, build_id, sv, e1, e2, c1, c2, c3 = b
    v = lambda n: "data-v-%s" % C.det_sha(sv, "n3", n)[:8]  # noqa: E731
    status = _status(state, blocks, when, "c-support-status")
    cal = _cal(loc, marks, "c-availability")
    payload = ('[["ShallowReactive",1],{"data":2,"state":4,"once":9,"_errors":10,"serverRendered":12,"path":13},'
               '["ShallowReactive",3],{},["Reactive",5],{"$savailability":6,"$sab":8},{"updatedAt":"%s","days":7},'
               '"%s",{"cta":"%s"},["Set"],["ShallowReactive",11],{},true,"/privacy"]'
               % (loc.strftime("%Y-%m-%dT%H:%M:00+09:00"), marks, state["ab"]))
    return ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>プライバシーポリシー | 成田スカイパーキング</title>\n<link rel="stylesheet" href="/_nuxt/entry.%(e1)s.css" crossorigin>\n'
            '<link rel="stylesheet" href="/_nuxt/privacy.%(e2)s.css" crossorigin>\n<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(c1)s.js">\n'
            '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(c2)s.js">\n<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%(c3)s.js">\n'
            '<link rel="prefetch" as="image" type="image/svg+xml" href="/_nuxt/logo.%(e2)s.svg">\n'
            '<script type="module" src="/_nuxt/%(c1)s.js" crossorigin></script>\n<meta name="description" content="成田空港から車で5分。24時間送迎付きの成田スカイパーキングのプライバシーポリシーです。">\n'
            '<link rel="canonical" href="https://www.narita-skyparking.jp/privacy">\n<meta property="og:title" content="プライバシーポリシー | 成田スカイパーキング"></head>'
            '<body><div id="__nuxt"><div class="l-default" %(v1)s><header class="l-header" %(v1)s><div class="l-header__inner" %(v2)s>'
            '<a href="/" class="l-header__logo" %(v2)s><img src="/_nuxt/logo.%(e2)s.svg" alt="成田スカイパーキング" width="200" height="36" %(v2)s></a>'
            '<nav class="l-header__nav" %(v2)s><a href="/price" %(v2)s>料金</a><a href="/access" %(v2)s>アクセス</a><a href="/flow" %(v2)s>ご利用の流れ</a>'
            '<a href="/faq" %(v2)s>よくある質問</a><a href="/news" %(v2)s>お知らせ</a></nav><a href="https://reserve.narita-skyparking.jp/" '
            'class="c-button c-button--primary" data-ab="%(ab)s" %(v2)s>%(cta)s</a></div><section class="c-availability" %(v3)s>'
            '<h2 class="c-availability__title" %(v3)s>7日間の混雑状況</h2><ol class="c-availability__list" %(v3)s>%(cal)s</ol>'
            '<p class="c-availability__legend" %(v3)s>○ 空きあり / △ 残りわずか / × 満車</p></section></header>'
            '<main class="l-main" %(v1)s><!--[--><article class="legal-article" %(v4)s><h1 class="legal-article__title" %(v4)s>%(title)s</h1>'
            '<div class="legal-article__body" %(v4)s>%(body)s</div><aside class="c-contact-card" %(v5)s %(v4)s><address class="c-contact-card__address" %(v5)s>'
            '%(addr)s</address><!--[-->%(status)s<!--]--></aside><footer class="legal-article__meta" %(v4)s>%(dates)s</footer></article><!--]--></main>'
            '<footer class="l-footer" %(v6)s %(v1)s><nav class="l-footer__nav" %(v6)s><a href="/company" %(v6)s>会社概要</a><a href="/terms" %(v6)s>駐車場利用約款</a>'
            '<a aria-current="page" href="/privacy" class="router-link-active router-link-exact-active" %(v6)s>プライバシーポリシー</a>'
            '<a href="/law" %(v6)s>特定商取引法に基づく表記</a></nav><small class="l-footer__copy" %(v6)s>© Sky Parking Service Co., Ltd.</small></footer>'
            '</div></div><div id="teleports"></div><script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">'
            '%(payload)s</script>\n<script>window.__NUXT__={};window.__NUXT__.config={public:{gtmId:"GTM-KX8R2P4",apiBase:"https://api.narita-skyparking.jp"},'
            'app:{baseURL:"/",buildId:"%(build)s",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script></body></html>'
            % {"e1": e1, "e2": e2, "c1": "B" + c1, "c2": "C" + c2, "c3": "D" + c3, "v1": v(1), "v2": v(2), "v3": v(3), "v4": v(4),
               "v5": v(5), "v6": v(6), "ab": state["ab"], "cta": cta, "cal": cal, "title": K.esc(title),
               "body": _rich(body, key), "addr": addr, "status": status,
               "dates": dates.replace("%s", "legal-article__date"), "payload": payload, "build": build_id})


PAGE = {
    "service": "NaritaSkyParking",
    "url": "https://www.narita-skyparking.jp/privacy",
    "lang": "ja",
    "platform": "Nuxt 2 SSR + microCMS, then Nuxt 3 (2024-06-18), on AWS Amplify/CloudFront",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "CloudFront"), ("X-Cache", "Miss from cloudfront"), ("Via", "1.1 3f2c8e41d9b7a.cloudfront.net (CloudFront)"),
                      ("X-Amz-Cf-Pop", "NRT57-P3"), ("Cache-Control", "no-cache")],
    "n": 31,
    "start": dt.date(2023, 5, 8),
    "end": dt.date(2025, 3, 14),
    "hours": (1, 5, 9, 13, 17, 21),
    "policy": POLICY,
    "first_updated": dt.date(2022, 4, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "gold_md": K.gold_without_markers("https://www.narita-skyparking.jp/privacy"),
    "declaration": {
        "fetch": "https://www.narita-skyparking.jp/privacy",
        "select": ".legal-article",
        "remove": ".c-support-status",
    },
    "history": [
        {"fetch": "https://www.narita-skyparking.jp/privacy", "select": ".privacy", "remove": ".contact-status",
         "validUntil": "2024-06-18T00:00:00Z"},
    ],
}
