"""YUZURIA ユズリア (Tokyo second-hand branded-clothing marketplace app) - Japanese - Nuxt 2 SSR, migrated to Nuxt 3 on
12 June 2023, content from microCMS (rich editor HTML: heading ids, <p> inside table cells).

Until the migration the policy is `div.p-privacy` (title h1 and the microCMS body), afterwards
`article.policy-document`: the declaration has a history. Per visit, all outside the declared container: the live
listing counter in the header (ただいまの出品数 ...点), the news ticker (お知らせ: shipping, campaigns, maintenance),
the serialised state (window.__NUXT__, then __NUXT_DATA__) that repeats the counter, the notices and the whole
policy body with microCMS's revisedAt, and the hashed /_nuxt/ chunks and buildId of each deploy. Inside the container
only the Vue scoped `data-v-*` attributes, which change when a deploy touches the component.
"""
import datetime as dt
import json
import re

import common as C

URL = "https://yuzuria.jp/privacy"
MIGRATION = dt.datetime(2023, 6, 12, 3, 0, 0)

POLICY = """
# プライバシーポリシー

株式会社ユズリア（以下「当社」といいます。）は、当社が運営するブランド古着のフリマアプリ「YUZURIA」およびウェブサイト（以下総称して「本サービス」といいます。）における利用者の個人情報の取扱いについて、以下のとおりプライバシーポリシー（以下「本ポリシー」といいます。）を定めます。

## 1. 事業者情報

@ 株式会社ユズリア
@ 〒150-0001 東京都渋谷区神宮前六丁目12番18号 ユズリアビル5階
@ 代表取締役 森本 拓海

## 2. 取得する情報

当社は、本サービスの提供にあたり、以下の情報を取得します。

- 会員登録時にご提供いただく情報：氏名、ニックネーム、メールアドレス、電話番号、生年月日、性別
- 出品・購入時にご提供いただく情報：住所、配送先情報、商品の画像および説明文、取引メッセージ
- 売上金の振込申請時にご提供いただく情報：金融機関名、支店名、口座番号、口座名義
- 本人確認時にご提供いただく情報：本人確認書類の画像、顔写真（古物営業法に基づく本人確認および不正防止のため）
- 本サービスの利用に伴い自動的に取得する情報：端末情報、IPアドレス、Cookie、広告識別子、閲覧履歴、検索履歴、位置情報（端末の設定で許可された場合に限ります）

### 個人関連情報の取得

当社は、広告配信事業者等の第三者から、Cookie等の識別子に紐づく閲覧履歴や興味関心に関する情報（個人関連情報）の提供を受け、当社が保有する個人情報と紐づけて利用することがあります。この場合、当社は、あらかじめ利用者の同意を取得したうえで行います。

## 3. 利用目的

当社は、取得した個人情報を以下の目的で利用します。

- 本サービスの提供、維持、保護および改善のため
- 会員の本人確認、認証および不正利用の防止のため
- 商品の配送、代金の決済および売上金の振込のため
- 古物営業法その他の法令に基づく記録の作成・保存のため
- お問い合わせへの対応およびカスタマーサポートのため
- 閲覧履歴や取引履歴に基づくおすすめ商品の表示、キャンペーン情報等の配信のため
- 利用状況の分析および新サービスの開発のため
- 利用規約に違反する行為への対応のため

### 古物営業法に基づく記録

当社は、古物営業法に基づき、当社が商品を買い取る取引（「YUZURIA買取」サービス）において、相手方の住所、氏名、職業、年齢および本人確認の方法を記録し、取引の日から3年間保存します。

## 4. 第三者提供

当社は、次に掲げる場合を除き、あらかじめ利用者の同意を得ることなく、個人情報を第三者に提供しません。

- 法令に基づく場合
- 人の生命、身体または財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき
- 国の機関もしくは地方公共団体またはその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合
- 取引の成立後、商品の発送に必要な範囲で、出品者・購入者の双方に相手方の氏名、住所等を開示する場合（匿名配送を利用する場合を除きます）

### 匿名配送について

当社が提供する「らくらく匿名配送」を利用した取引では、出品者と購入者の氏名・住所等は相手方に開示されず、当社が配送事業者に対して配送に必要な情報のみを提供します。配送事業者は、当該情報を配送業務の遂行以外の目的で利用しません。

## 5. 業務の委託

当社は、利用目的の達成に必要な範囲において、個人情報の取扱いの全部または一部を外部に委託することがあります。この場合、当社は委託先を適切に選定し、契約等において個人情報の適正な管理について定め、必要かつ適切な監督を行います。主な委託先は、配送事業者、決済代行事業者、クラウドサービス事業者、本人確認サービス事業者およびカスタマーサポート業務の委託先です。

## 6. 外国にある第三者への提供

当社は、本サービスの運営に利用するクラウドサービス等を通じて、以下の国に所在する事業者に個人情報の取扱いを委託しています。

| 委託先の所在国 | 委託する業務 | 当該国の個人情報保護制度 |
| アメリカ合衆国 | クラウドサーバーの提供、メール配信、アクセス解析 | 個人情報保護委員会のウェブサイトに掲載の情報をご参照ください |
| シンガポール | カスタマーサポートシステムの提供 | 個人情報保護委員会のウェブサイトに掲載の情報をご参照ください |

当該事業者は、個人情報保護法第28条第1項に規定する個人情報取扱事業者が講ずべき措置に相当する措置を継続的に講ずるために必要な体制を整備しています。

## 7. 安全管理措置

当社は、個人情報の漏えい、滅失またはき損の防止その他の安全管理のため、以下の措置を講じています。

- 基本方針の策定：個人データの適正な取扱いの確保のため、本ポリシーを策定しています。
- 組織的安全管理措置：個人データの取扱いに関する責任者を設置し、取扱状況を定期的に点検しています。
- 人的安全管理措置：従業者に対し、個人データの取扱いに関する研修を定期的に実施しています。
- 物理的安全管理措置：個人データを取り扱う区域において入退室管理を行っています。
- 技術的安全管理措置：アクセス制御を実施し、外部からの不正アクセスまたは不正ソフトウェアから保護する仕組みを導入しています。
- 外的環境の把握：外国において個人データを取り扱う場合、当該国の個人情報の保護に関する制度を把握した上で安全管理措置を実施しています。

## 8. Cookie等の利用

本サービスでは、利便性の向上、利用状況の分析および広告配信のため、Cookieおよびこれに類する技術を利用しています。当社は、Google LLCが提供するGoogleアナリティクスを利用しており、Googleアナリティクスによるデータ収集を無効にする場合は、Google社が提供するオプトアウトアドオンをご利用ください。ブラウザの設定によりCookieを無効にすることができますが、その場合、本サービスの一部の機能がご利用いただけなくなることがあります。

## 9. 保有個人データの開示等の請求

利用者は、当社に対し、個人情報保護法の定めに基づき、保有個人データの利用目的の通知、開示、訂正、追加、削除、利用停止、消去、第三者提供の停止および第三者提供記録の開示を請求することができます。請求は、本サービス内のお問い合わせフォームよりお申し出ください。当社は、ご本人であることを確認したうえで、合理的な期間内に対応いたいます。なお、開示の請求については、1件につき1,000円の手数料をいただく場合があります。

## 10. お問い合わせ窓口

本ポリシーに関するお問い合わせは、下記の窓口までお願いいたします。

@ 株式会社ユズリア 個人情報お問い合わせ窓口
@ 〒150-0001 東京都渋谷区神宮前六丁目12番18号 ユズリアビル5階
@ メール：privacy@yuzuria.jp
@ 受付時間：平日10:00〜18:00（土日祝日、年末年始を除く）

## 11. 本ポリシーの変更

18歳未満の方が本サービスを利用する場合は、親権者等の法定代理人の同意を得たうえでご利用ください。当社は、法定代理人の同意なく未成年者が行った取引であることが判明した場合、当該取引の取消しその他の適切な措置を講じることがあります。

当社は、法令の改正や本サービスの内容の変更に応じて、本ポリシーを変更することがあります。重要な変更を行う場合には、本サービス上での告知その他適切な方法により利用者に通知します。

制定日：2019年4月1日

最終改定日：{UPDATED}
"""

ADDR_OLD = "〒150-0001 東京都渋谷区神宮前六丁目12番18号 ユズリアビル5階"
ADDR_NEW = "〒141-0031 東京都品川区西五反田二丁目8番1号 五反田ファーストビル9階"

EDITS = [
    {"note": "a purpose added: AI listing support (image analysis of listing photos)",
     "repl": [("- 利用状況の分析および新サービスの開発のため\n",
               "- 利用状況の分析および新サービスの開発のため\n"
               "- 出品画像の解析による商品カテゴリ・ブランド・状態の自動入力（AI出品サポート）のため\n")]},
    {"note": "typo fixed: 対応いたいます -> 対応いたします (date not changed)", "bump": False,
     "repl": [("合理的な期間内に対応いたいます。", "合理的な期間内に対応いたします。")]},
    {"note": "a foreign recipient row added: Ireland, online identity verification (eKYC)",
     "repl": [("| シンガポール | カスタマーサポートシステムの提供 | 個人情報保護委員会のウェブサイトに掲載の情報をご参照ください |",
               "| シンガポール | カスタマーサポートシステムの提供 | 個人情報保護委員会のウェブサイトに掲載の情報をご参照ください |\n"
               "| アイルランド | オンライン本人確認（eKYC）サービスの提供 | 個人情報保護委員会のウェブサイトに掲載の情報をご参照ください |")]},
    {"note": "office moved: both addresses changed (company details and contact desk)",
     "repl": [("@ 株式会社ユズリア\n@ " + ADDR_OLD, "@ 株式会社ユズリア\n@ " + ADDR_NEW),
              ("お問い合わせ窓口\n@ " + ADDR_OLD, "お問い合わせ窓口\n@ " + ADDR_NEW)]},
    {"note": "new section 8 on pseudonymised data (仮名加工情報), sections 8-11 renumbered 9-12",
     "repl": [("## 8. Cookie等の利用",
               "## 8. 仮名加工情報の取扱い\n\n"
               "当社は、取得した個人情報を加工して、他の情報と照合しない限り特定の個人を識別することができないように"
               "した仮名加工情報を作成し、出品価格の相場分析、不正検知モデルの精度向上等の社内における分析のために利用する"
               "ことがあります。仮名加工情報は、法令に基づく場合を除き第三者に提供せず、利用する必要がなくなったときは"
               "遅滞なく消去するよう努めます。\n\n"
               "## 9. Cookie等の利用"),
              ("## 9. 保有個人データの開示等の請求", "## 10. 保有個人データの開示等の請求"),
              ("## 10. お問い合わせ窓口", "## 11. お問い合わせ窓口"),
              ("## 11. 本ポリシーの変更", "## 12. 本ポリシーの変更")]},
]


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


NOTICES = [
    ("n8f2k1", "【お知らせ】らくらく匿名配送の送料を改定します"),
    ("n3q9d7", "【キャンペーン】ブランド古着を出品するとポイント2倍（今月末まで）"),
    ("m1x5c0", "【メンテナンス】システムメンテナンスのお知らせ（深夜2:00〜6:00）"),
    ("p7z2w4", "【注意】YUZURIAを装った偽メールにご注意ください"),
    ("k4v8b6", "【お知らせ】コンビニ受け取りの対象店舗が拡大しました"),
]
NOTICE_AI = ("a9r3t5", "【新機能】写真を撮るだけで出品できるAI出品サポートを公開しました")
NOTICE_YE = ("y0e1n2", "【重要】年末年始の配送スケジュールと事務局休業のお知らせ")


def noise(rng, when, i, prev):
    p = prev or {}
    nuxt = 3 if when >= MIGRATION else 2
    if p.get("nuxt") != nuxt:
        p = {}

    def new_build():
        old = dict(p["build"][1]) if p.get("build") else {}
        ids = {}
        for comp in ("layout", "header", "page", "footer", "ticker"):
            ids[comp] = old[comp] if comp in old and rng.random() < 0.7 else C.hexs(rng, 8)
        chunks = tuple(C.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
                       if nuxt == 3 else C.hexs(rng, 7) for _ in range(6))
        return (chunks, tuple(sorted(ids.items())), C.uuid4(rng))
    build = C.keep_or(rng, p.get("build"), 0.2, new_build)
    days = (when - dt.datetime(2021, 10, 1)).days
    count = 3100000 + days * 1480 + rng.randint(-6000, 6000)
    pool = NOTICES + ([NOTICE_AI] if when >= dt.datetime(2022, 10, 15) else [])
    if when.month == 12 and when.day >= 10 or when.month == 1 and when.day <= 5:
        notice = NOTICE_YE
    else:
        notice = C.keep_or(rng, p.get("notice") if p.get("notice") != NOTICE_YE else None, 0.4,
                           lambda: pool[rng.randrange(len(pool))])
    return {"nuxt": nuxt, "build": build, "count": count, "notice": notice}


LABELS = {"nuxt": "Nuxt 2 -> Nuxt 3 migration (new template, new container)",
          "build": "hashed /_nuxt/ chunks, buildId, data-v-* scope ids (deploy)",
          "count": "live listing counter in the header and the state payload",
          "notice": "news ticker (お知らせ)"}


def _hid(text):
    return "h" + C.det_sha("yuzuria-heading", text)[:10]


def _cms(blocks):
    """microCMS rich editor HTML."""
    out = []
    for b in blocks:
        k, v = b
        if k in ("h2", "h3"):
            out.append('<%s id="%s">%s</%s>' % (k, _hid(v), C.inline_html(v), k))
        elif k == "table":
            rows = ["<tr>%s</tr>" % "".join('<th colspan="1" rowspan="1"><p>%s</p></th>' % C.inline_html(c)
                                            for c in v[0])]
            rows += ["<tr>%s</tr>" % "".join('<td colspan="1" rowspan="1"><p>%s</p></td>' % C.inline_html(c)
                                             for c in r) for r in v[1:]]
            out.append("<table><tbody>%s</tbody></table>" % "".join(rows))
        else:
            out.append(C.block_html(b))
    return "".join(out)


def _js_str(s):
    return json.dumps(s, ensure_ascii=False).replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")


def _devalue(root):
    """Nuxt 3's __NUXT_DATA__ (devalue's flat array) of a small tree."""
    arr = []

    def add(v):
        idx = len(arr)
        arr.append(None)
        if isinstance(v, tuple) and v and v[0] in ("ShallowReactive", "Reactive"):
            arr[idx] = [v[0], add(v[1])]
        elif isinstance(v, dict):
            arr[idx] = {k: add(x) for k, x in v.items()}
        elif isinstance(v, list):
            arr[idx] = [add(x) for x in v]
        else:
            arr[idx] = v
        return idx
    add(root)
    return json.dumps(arr, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C").replace(">", "\\u003E")


def render(s, blocks, when):
    chunks, ids, build_id = s["build"]
    ids = dict(ids)
    title = blocks[0][1]
    body_blocks = blocks[1:]
    body = _cms(body_blocks)
    count = "{:,}".format(s["count"])
    nid, ntext = s["notice"]
    # microCMS stamps: revisedAt moves with each edit of the content (the day of the printed revision date)
    y, m, d = (int(x) for x in re.findall(r"\d+", blocks[-1][1]))
    rev_day = dt.datetime(y, m, d, 0, 0, 0) + dt.timedelta(seconds=int(C.det_sha("rev", body)[:6], 16) % 36000)
    content = {"id": "privacy", "createdAt": "2019-03-28T05:12:44.503Z", "updatedAt": rev_day.strftime(
        "%Y-%m-%dT%H:%M:%S.000Z"), "publishedAt": "2019-03-28T05:13:02.118Z",
        "revisedAt": rev_day.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "title": title, "body": body}
    if s["nuxt"] == 2:
        dv = lambda k: "data-v-%s" % ids[k]  # noqa: E731
        policy = ('<div %s class="p-privacy"><h1 %s class="p-privacy__title">%s</h1>'
                  '<div %s class="p-privacy__body">%s</div></div>' % (
                      dv("page"), dv("page"), C.inline_html(title), dv("page"), body))
        state = ('<script>window.__NUXT__=(function(a,b,c,d){return {layout:"default",data:[{content:{id:"privacy",'
                 'createdAt:%s,updatedAt:%s,publishedAt:%s,revisedAt:%s,title:%s,body:%s}}],fetch:{},error:b,'
                 'state:{listing:{count:%d},notices:[{id:"%s",title:%s,url:"\\u002Fnews\\u002F%s"}],auth:{user:b,'
                 'loggedIn:c}},serverRendered:d,routePath:"\\u002Fprivacy",config:{gtmId:"GTM-P8RWK2C",'
                 'microcmsServiceDomain:"yuzuria",_app:{basePath:"\\u002F",assetsPath:"\\u002F_nuxt\\u002F",'
                 'cdnURL:b}}}}("privacy",null,false,true));</script>' % (
                     _js_str(content["createdAt"]), _js_str(content["updatedAt"]), _js_str(content["publishedAt"]),
                     _js_str(content["revisedAt"]), _js_str(title), _js_str(body), s["count"], nid, _js_str(ntext),
                     nid))
        scripts = "".join('<script src="/_nuxt/%s.js" defer></script>' % c for c in chunks[:4])
        preload = "".join('<link rel="preload" href="/_nuxt/%s.js" as="script">' % c for c in chunks[:4])
        head = """<!doctype html>
<html lang="ja" data-n-head="%7B%22lang%22:%7B%221%22:%22ja%22%7D%7D">
  <head>
    <title>プライバシーポリシー | YUZURIA（ユズリア）- ブランド古着のフリマアプリ</title><meta data-n-head="1" charset="utf-8"><meta data-n-head="1" name="viewport" content="width=device-width,initial-scale=1"><meta data-n-head="1" data-hid="description" name="description" content="ブランド古着のフリマアプリ「YUZURIA」のプライバシーポリシーです。"><meta data-n-head="1" data-hid="og:title" property="og:title" content="プライバシーポリシー | YUZURIA"><meta data-n-head="1" data-hid="og:image" property="og:image" content="https://yuzuria.jp/ogp.png"><link data-n-head="1" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="1" rel="canonical" href="https://yuzuria.jp/privacy"><script data-n-head="1" data-hid="gtm-script">if(!window._gtm_init){window._gtm_init=1;(function(w,n,d,m,e,p){w[d]=(w[d]==1||n[d]=='yes'||n[d]==1||n[m]==1||(w[e]&&w[e][p]&&w[e][p]()))?1:0})(window,navigator,'doNotTrack','msDoNotTrack','external','msTrackingProtectionEnabled');(function(w,d,s,l,x,y){w[x]={};w._gtm_inject=function(i){if(w.doNotTrack||w[x][i])return;w[x][i]=1;w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','_gtm_ids','_gtm_inject')}</script>""" + preload + """<link rel="stylesheet" href="/_nuxt/css/""" + chunks[4] + """.css">
  </head>
  <body>
    <noscript data-n-head="1" data-hid="gtm-noscript" data-pbody="true"><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-P8RWK2C&" height="0" width="0" style="display:none;visibility:hidden" title="gtm"></iframe></noscript><div data-server-rendered="true" id="__nuxt"><!----><div id="__layout">"""
        layout = ('<div data-v-{l} class="l-default"><div data-v-{t} data-v-{l} class="c-ticker"><span data-v-{t} '
                  'class="c-ticker__label">お知らせ</span><a data-v-{t} href="/news/{nid}" class="c-ticker__link">'
                  '{ntext}</a></div><header data-v-{h} data-v-{l} class="c-header"><a data-v-{h} href="/" '
                  'class="c-header__logo"><img data-v-{h} src="/_nuxt/img/logo.7d2e1f0.svg" alt="YUZURIA" width="132" '
                  'height="28"></a><p data-v-{h} class="c-header__count">ただいまの出品数 <strong data-v-{h}>{count}'
                  '</strong>点</p><form data-v-{h} action="/search" class="c-header__search"><input data-v-{h} '
                  'type="search" name="keyword" placeholder="ブランド名・アイテム名で検索"></form><nav data-v-{h} '
                  'class="c-header__nav"><a data-v-{h} href="/sell" class="c-button c-button--primary">出品する</a>'
                  '<a data-v-{h} href="/login">ログイン</a><a data-v-{h} href="/signup">会員登録</a></nav></header>'
                  '<main data-v-{l} class="l-default__main">{policy}</main><footer data-v-{f} data-v-{l} '
                  'class="c-footer"><ul data-v-{f} class="c-footer__links"><li data-v-{f}><a data-v-{f} href="/guide">'
                  'ご利用ガイド</a></li><li data-v-{f}><a data-v-{f} href="/help">ヘルプセンター</a></li><li data-v-{f}>'
                  '<a data-v-{f} href="/terms">利用規約</a></li><li data-v-{f}><a data-v-{f} href="/privacy" '
                  'aria-current="page" class="nuxt-link-exact-active nuxt-link-active">プライバシーポリシー</a></li>'
                  '<li data-v-{f}><a data-v-{f} href="/tokushoho">特定商取引法に基づく表記</a></li><li data-v-{f}>'
                  '<a data-v-{f} href="/kobutsu">古物営業法に基づく表示</a></li><li data-v-{f}><a data-v-{f} '
                  'href="https://corp.yuzuria.jp/">運営会社</a></li></ul><p data-v-{f} class="c-footer__license">'
                  '古物商許可番号 東京都公安委員会 第303312116184号</p><p data-v-{f} class="c-footer__copy">'
                  '&copy; YUZURIA Inc.</p></footer></div>').format(
            l=ids["layout"], t=ids["ticker"], h=ids["header"], f=ids["footer"], nid=nid, ntext=ntext, count=count,
            policy=policy)
        return head + layout + "</div></div>" + state + scripts + "\n  </body>\n</html>\n"

    dv = lambda k: 'data-v-%s=""' % ids[k]  # noqa: E731
    policy = ('<article class="policy-document" %s><header class="policy-document__header" %s>'
              '<h1 class="policy-document__title" %s>%s</h1></header><div class="policy-document__content" %s>%s'
              '</div></article>' % (dv("page"), dv("page"), dv("page"), C.inline_html(title), dv("page"), body))
    data = _devalue(("ShallowReactive", {"data": ("ShallowReactive", {"privacy-page": content}),
                                           "state": {"$slisting": {"count": s["count"]},
                                                     "$snotices": [{"id": nid, "title": ntext}]},
                                           "once": [], "_errors": ("ShallowReactive", {"privacy-page": None}),
                                           "serverRendered": True, "path": "/privacy"}))
    e, css = chunks[0], chunks[1]
    return """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>プライバシーポリシー | YUZURIA（ユズリア）</title>
<link rel="stylesheet" href="/_nuxt/entry.{css}.css" crossorigin>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/{e}.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/{c2}.js">
<link rel="prefetch" as="script" crossorigin href="/_nuxt/{c3}.js">
<script type="module" src="/_nuxt/{e}.js" crossorigin></script>
<meta name="description" content="ブランド古着のフリマアプリ「YUZURIA」のプライバシーポリシーです。">
<meta property="og:title" content="プライバシーポリシー | YUZURIA">
<meta property="og:image" content="https://yuzuria.jp/ogp.png">
<link rel="canonical" href="https://yuzuria.jp/privacy">
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-P8RWK2C');</script></head><body><div id="__nuxt"><div class="site" {dl}><div class="news-ticker" {dt}><span class="news-ticker__label" {dt}>お知らせ</span><a href="/news/{nid}" class="news-ticker__link" {dt}>{ntext}</a></div><header class="site-header" {dh}><a href="/" class="site-header__logo" {dh}><img src="/_nuxt/logo.BT0y2hVq.svg" alt="YUZURIA" width="132" height="28" {dh}></a><p class="site-header__count" {dh}>ただいまの出品数 <strong {dh}>{count}</strong>点</p><form action="/search" class="site-header__search" {dh}><input type="search" name="keyword" placeholder="ブランド名・アイテム名で検索" {dh}></form><nav class="site-header__nav" {dh}><a href="/sell" class="btn btn--primary" {dh}>出品する</a><a href="/login" {dh}>ログイン</a><a href="/signup" {dh}>会員登録</a></nav></header><main class="site-main" {dl}>{policy}</main><footer class="site-footer" {df}><ul class="site-footer__links" {df}><li {df}><a href="/guide" {df}>ご利用ガイド</a></li><li {df}><a href="/help" {df}>ヘルプセンター</a></li><li {df}><a href="/terms" {df}>利用規約</a></li><li {df}><a aria-current="page" href="/privacy" class="router-link-active router-link-exact-active" {df}>プライバシーポリシー</a></li><li {df}><a href="/tokushoho" {df}>特定商取引法に基づく表記</a></li><li {df}><a href="/kobutsu" {df}>古物営業法に基づく表示</a></li><li {df}><a href="https://corp.yuzuria.jp/" {df}>運営会社</a></li></ul><p class="site-footer__license" {df}>古物商許可番号 東京都公安委員会 第303312116184号</p><p class="site-footer__copy" {df}>© YUZURIA Inc.</p></footer></div></div><div id="teleports"></div><script type="application/json" id="__NUXT_DATA__" data-ssr="true">{data}</script>
<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{gtmId:"GTM-P8RWK2C",microcmsServiceDomain:"yuzuria"}},app:{{baseURL:"/",buildId:"{bid}",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script></body></html>
""".format(css=css, e=e, c2=chunks[2], c3=chunks[3], dl=dv("layout"), dt=dv("ticker"), dh=dv("header"),
           df=dv("footer"), nid=nid, ntext=ntext, count=count, policy=policy, data=data, bid=build_id)


PAGE = {
    "service": "YUZURIA",
    "url": URL,
    "lang": "ja",
    "platform": "Nuxt 2 SSR -> Nuxt 3 (June 2023), microCMS",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Vercel"), ("Cache-Control", "public, max-age=0, must-revalidate"),
                      ("X-Powered-By", "Nuxt")),
    "n": 31,
    "start": dt.date(2021, 10, 1),
    "end": dt.date(2025, 1, 31),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2021, 4, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.policy-document"},
    "history": [{"fetch": URL, "select": ".p-privacy", "validUntil": "2023-06-12T03:00:00Z"}],
}
