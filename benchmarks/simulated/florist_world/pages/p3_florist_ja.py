"""花音フラワーギフト (Kanon) - ja online flower gift shop (Tokyo) - EC-CUBE 4.2 (default-based template), with the
Recommend plugin and the built-in business-day calendar block."""
import datetime as dt
import os
import sys

import common as C

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fkit as K  # noqa: E402

URL = "https://www.kanon-flower.jp/help/privacy"
WEEK = "月火水木金土日"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = K.unwrap("""
# プライバシーポリシー

制定日：2016年4月1日　最終改定日：{UPDATED}

株式会社花音（以下「当社」といいます。）は、当社が運営するオンラインショップ「花音フラワーギフト」（以下「本サービス」
  といいます。）における、ご注文者様およびお届け先の方の個人情報の取扱いについて、以下のとおりプライバシーポリシー（以下
  「本ポリシー」といいます。）を定めます。当社は、個人情報保護法その他の関係法令を遵守し、個人情報を適性に取り扱います。

## 1. 事業者の名称および所在地

@ 株式会社花音
@ 〒154-0004 東京都世田谷区太子堂4-22-7
@ 代表取締役 森下 花子
@ TEL：03-5432-1098（受付時間 平日10:00～17:00）

## 2. 個人情報の定義

本ポリシーにおいて「個人情報」とは、個人情報の保護に関する法律（以下「個人情報保護法」といいます。）第2条第1項に定める
  個人情報をいい、生存する個人に関する情報であって、氏名、住所、電話番号、メールアドレスその他の記述等により特定の個人を
  識別できるものをいいます。

## 3. 取得する個人情報

当社は、本サービスの提供にあたり、以下の個人情報を取得します。

- ご注文者様の氏名、住所、電話番号、メールアドレス
- お届け先の方の氏名、住所、電話番号
- メッセージカード・立札に記載する内容
- ご注文履歴、お支払い方法（クレジットカード番号は当社では保有しません）
- 会員登録時にご登録いただいた生年月日、記念日などの情報
- Cookie、IPアドレス、閲覧履歴等のアクセス情報

## 4. 個人情報の利用目的

当社は、取得した個人情報を以下の目的で利用します。

- ご注文商品の制作、発送およびお届け
- ご注文内容の確認、お問い合わせへの対応
- 代金の請求およびお支払いの確認
- 記念日のお知らせ、新商品・キャンペーン等のご案内メールの配信
- カタログ・ダイレクトメールの送付
- 本サービスの改善および新サービスの開発のための統計データの作成
- 不正注文の防止および利用規約に違反する行為への対応

## 5. 個人情報の第三者提供

当社は、次の場合を除き、あらかじめご本人の同意を得ることなく個人情報を第三者に提供しません。

- 法令に基づく場合
- 人の生命、身体または財産の保護のために必要がある場合であって、ご本人の同意を得ることが困難であるとき
- 国の機関もしくは地方公共団体またはその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合

お届け先の方の個人情報は、ご注文者様からご提供いただいたものであり、ご注文商品のお届けのためにのみ利用します。

## 6. 個人情報の取扱いの委託

当社は、利用目的の達成に必要な範囲で、個人情報の取扱いの全部または一部を以下の事業者に委託することがあります。委託に
  あたっては、委託先に対して必要かつ適切な監督を行います。

| 委託先 | 委託する業務 |
| ヤマト運輸株式会社、佐川急便株式会社 | 商品の配送 |
| 提携生花店 | 遠方へのお届けにおける商品の制作および配達 |
| GMOペイメントゲートウェイ株式会社 | クレジットカード決済 |
| 株式会社ネットプロテクションズ | 後払い決済（NP後払い） |
| 株式会社Hammock | メール配信 |

## 7. 安全管理措置

当社は、個人情報の漏えい、滅失またはき損の防止その他の安全管理のために、以下の措置を講じています。

- 個人情報の取扱いに関する規程を策定し、従業者に対する定期的な研修を実施しています。
- 個人情報を取り扱う端末および区域を限定し、入退室の管理を行っています。
- アクセス制御を実施し、担当者以外が個人情報を閲覧できないようにしています。
- 本サービスの通信はSSL/TLSにより暗号化しています。

## 8. Cookie等の利用について

本サービスでは、お客様の利便性の向上およびアクセス解析のためにCookieを使用しています。アクセス解析にはGoogle LLCが
  提供するGoogleアナリティクスを利用しており、Googleアナリティクスはデータの収集のためにCookieを使用します。このデータは
  匿名で収集されており、個人を特定するものではありません。Cookieはブラウザの設定により無効にすることができます。

## 9. 保有個人データの開示等の請求

ご本人は、当社の保有個人データについて、利用目的の通知、開示、内容の訂正・追加・削除、利用の停止・消去および第三者への
  提供の停止を請求することができます。ご請求の際は、下記お問い合わせ窓口までご連絡ください。ご本人であることを確認した
  うえで、遅滞なく対応いたします。なお、利用目的の通知および開示のご請求については、1件につき1,000円の手数料を
  いただきます。

## 10. 個人情報保護管理者

個人情報保護管理者：運営部 部長 田中 美咲

## 11. お問い合わせ窓口

本ポリシーに関するお問い合わせおよび個人情報の取扱いに関するご相談は、以下の窓口までお願いいたします。

@ 株式会社花音 個人情報お問い合わせ窓口
@ メール：[privacy@kanon-flower.jp](mailto:privacy@kanon-flower.jp)
@ TEL：03-5432-1098（受付時間 平日10:00～17:00）

## 12. プライバシーポリシーの変更

当社は、法令の変更等に応じて、本ポリシーを変更することがあります。変更後のプライバシーポリシーは、本ページに掲載した
  時点から効力を生じるものとします。
""", "")

EDITS = [
    {"note": "Cookie section: paragraph added on provision to a third party in a foreign country (Google, USA), APPI 2"
             "022",
     "repl": [("Cookieはブラウザの設定により無効にすることができます。",
               "Cookieはブラウザの設定により無効にすることができます。\n\n"
               "Googleアナリティクスの利用に伴い、アクセス情報は米国にあるGoogle LLCに提供されます。米国の個人情報の"
               "保護に関する制度については、個人情報保護委員会のウェブサイトに掲載されている情報をご確認ください。")]},
    {"note": "entrustment table: Amazon Pay row added",
     "repl": [("| 株式会社ネットプロテクションズ | 後払い決済（NP後払い） |",
               "| 株式会社ネットプロテクションズ | 後払い決済（NP後払い） |\n| アマゾンジャパン合同会社 | Amazon Payによる決済 |")]},
    {"note": "purpose removed: catalogue / direct mail (paper catalogue discontinued)",
     "repl": [("- カタログ・ダイレクトメールの送付\n", "")]},
    {"note": "phone number changed to a free dial, hours to 18:00 (both places)",
     "repl": [("@ TEL：03-5432-1098（受付時間 平日10:00～17:00）\n\n## 2.",
               "@ TEL：0120-874-187（受付時間 平日10:00～18:00）\n\n## 2."),
              ("@ TEL：03-5432-1098（受付時間 平日10:00～17:00）\n\n## 12.",
               "@ TEL：0120-874-187（受付時間 平日10:00～18:00）\n\n## 12.")]},
    {"note": "personal information protection manager changed",
     "repl": [("個人情報保護管理者：運営部 部長 田中 美咲", "個人情報保護管理者：カスタマーサポート部 部長 佐藤 健一")]},
    {"note": "typo fixed without a new date (適性に -> 適正に)", "bump": False,
     "repl": [("個人情報を適性に取り扱います。", "個人情報を適正に取り扱います。")]},
]

PRODUCTS = [(12, "季節のおまかせ花束 Mサイズ", 5500, None), (15, "季節のおまかせ花束 Lサイズ", 8800, None),
            (21, "胡蝶蘭 白 3本立ち", 33000, None), (33, "バラのアレンジメント ピンク", 6600, None),
            (34, "バラの花束 赤 20本", 11000, None), (40, "プリザーブドフラワー ボックス", 7700, None),
            (45, "カーネーションの鉢植え", 4950, "haha"), (46, "母の日 ありがとうアレンジ", 5830, "haha"),
            (52, "敬老の日 和のアレンジメント", 6050, "keiro"), (60, "クリスマスリース", 6380, "xmas"),
            (61, "クリスマスアレンジ キャンドル付き", 7150, "xmas"), (70, "お供えアレンジメント 白", 5500, None),
            (72, "観葉植物 モンステラ", 8580, None), (80, "スタンド花 1段", 16500, None)]

BANNERS = {
    "haha": ("母の日ギフト 予約受付中", "%s（日）お届けのご注文は5月%d日正午まで"),
    "keiro": ("敬老の日ギフト特集", "%s（月）お届け 9月%d日正午まで受付"),
    "xmas": ("クリスマスギフト", "12月24日お届けのご注文は%s正午まで（%d日）"),
    "newyear": ("年末年始の営業について", "12月29日～1月4日はお休みをいただきます（ご注文は受付中）%s%d"),
}


def campaign(d):
    haha = K.nth_weekday(d.year, 5, 6, 2)
    keiro = K.nth_weekday(d.year, 9, 0, 3)
    return K.season(d, [("haha", dt.date(d.year, 4, 10), haha), ("keiro", dt.date(d.year, 8, 20), keiro),
                        ("xmas", (12, 1), (12, 24)), ("newyear", (12, 25), (1, 4))], None)


def noise(rng, when, i, prev):
    prev = prev or {}
    local = K.fixed_local(when, 9)
    s = {"csrf": C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("=")}
    s["campaign"] = campaign(local.date())
    s["sameday"] = local.weekday() < 6 and local.hour < 12
    s["month"] = (local.year, local.month, local.day)
    s["recommend"] = C.keep_or(rng, prev.get("recommend"), 0.5, lambda: tuple(rng.sample(range(len(PRODUCTS)), 4)))
    s["gtm"] = C.keep_or(rng, prev.get("gtm"), 0.2, lambda: rng.randint(10, 60))
    return s


LABELS = {"csrf": "eccube-csrf-token meta (per session)",
          "campaign": "mainTop block: seasonal gift notice (母の日, 敬老の日, クリスマス, 年末年始) INSIDE main (removed)",
          "sameday": "mainTop block: today's same-day shipping notice (before/after 12:00 JST) INSIDE main (removed)",
          "month": "mainBottom business-day calendar (this and next month, today marked) INSIDE main (removed)",
          "recommend": "mainBottom おすすめ商品 (Recommend plugin) INSIDE main (removed)",
          "gtm": "GTM container version in the dataLayer snippet",
          "news": "contentBottom 新着情報 list (latest 5 news)"}


def news_items(day):
    items = []
    for y in range(2021, 2027):
        items += [(dt.date(y, 1, 5), "新年のごあいさつ"), (dt.date(y, 3, 25), "母の日ギフトのご予約受付を開始しました"),
                  (dt.date(y, 5, 20), "父の日ギフト特集を公開しました"), (dt.date(y, 7, 25), "夏季休業のお知らせ"),
                  (dt.date(y, 8, 20), "敬老の日ギフト特集を公開しました"),
                  (dt.date(y, 11, 15), "クリスマスアレンジメントの販売を開始しました"),
                  (dt.date(y, 12, 5), "年末年始の営業およびお届けについて")]
    items += [(dt.date(2022, 10, 3), "配送料金改定のお知らせ"), (dt.date(2023, 10, 1), "インボイス制度への対応について"),
              (dt.date(2024, 6, 3), "システムメンテナンスのお知らせ"), (dt.date(2025, 4, 1), "配送料金改定のお知らせ")]
    return sorted([x for x in items if x[0] <= day], reverse=True)[:5]


def calendar(y, m, today, holidays):
    first = dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    cells = ['<td class="ec-calendar__day"></td>'] * ((first.weekday() + 1) % 7)
    d = first
    while d < nxt:
        cls = "ec-calendar__day"
        if d.weekday() == 6 or d in holidays:
            cls += " ec-calendar__holiday"
        if d == today:
            cells.append('<td id="today" class="%s ec-calendar__today">%d</td>' % (cls, d.day))
        else:
            cells.append('<td class="%s">%d</td>' % (cls, d.day))
        d += dt.timedelta(days=1)
    while len(cells) % 7:
        cells.append('<td class="ec-calendar__day"></td>')
    rows = "".join("<tr>%s</tr>" % "".join(cells[k:k + 7]) for k in range(0, len(cells), 7))
    head = ('<tr><th class="ec-calendar__sun">日</th><th class="ec-calendar__mon">月</th><th class="ec-calendar__tue">'
            '火</th><th class="ec-calendar__wed">水</th><th class="ec-calendar__thu">木</th><th class="ec-calendar__fri">'
            '金</th><th class="ec-calendar__sat">土</th></tr>')
    return ('<table class="ec-calendar__month"><tr><th class="ec-calendar__title" colspan="7">%d年%d月</th></tr>%s%s'
            '</table>' % (y, m, head, rows))


def holidays_around(y):
    out = set()
    for yy in (y, y + 1):
        out |= {dt.date(yy, 1, 1), dt.date(yy, 1, 2), dt.date(yy, 1, 3), dt.date(yy, 2, 11), dt.date(yy, 2, 23),
                dt.date(yy, 4, 29), dt.date(yy, 5, 3), dt.date(yy, 5, 4), dt.date(yy, 5, 5), dt.date(yy, 8, 11),
                dt.date(yy, 11, 3), dt.date(yy, 11, 23), dt.date(yy - 1, 12, 30), dt.date(yy - 1, 12, 31)}
        out |= {K.nth_weekday(yy, 1, 0, 2), K.nth_weekday(yy, 7, 0, 3), K.nth_weekday(yy, 9, 0, 3),
                K.nth_weekday(yy, 10, 0, 2)}
    return out


def main_top(s):
    parts = []
    if s["campaign"]:
        y, m, d = s["month"]
        title, sub = BANNERS[s["campaign"]]
        if s["campaign"] == "haha":
            hd = K.nth_weekday(y, 5, 6, 2)
            sub = sub % ("5月%d日" % hd.day, hd.day - 4)
        elif s["campaign"] == "keiro":
            kd = K.nth_weekday(y, 9, 0, 3)
            sub = sub % ("9月%d日" % kd.day, kd.day - 3)
        elif s["campaign"] == "xmas":
            sub = sub % ("12月21日", 21)
        else:
            sub = sub.replace("%s%d", "")
        parts.append('<div class="ec-role"><div class="kanon-campaign kanon-campaign--%s"><a href="/user_data/%s">'
                     '<p class="kanon-campaign__title">%s</p><p class="kanon-campaign__text">%s</p></a></div></div>'
                     % (s["campaign"], s["campaign"], C.esc(title), C.esc(sub)))
    if s["sameday"]:
        msg = "本日12時までのご注文で当日発送いたします（日曜・祝日を除く）。"
    else:
        msg = "本日の当日発送の受付は終了しました。ただいまのご注文は翌営業日の発送となります。"
    parts.append('<div class="ec-role"><p class="kanon-shipping-notice">%s</p></div>' % msg)
    return '<div class="ec-layoutRole__mainTop">\n%s\n</div>' % "\n".join(parts)


def main_bottom(s):
    items = []
    for k in s["recommend"]:
        pid, name, price, _ = PRODUCTS[k]
        items.append('<li class="ec-shelfGrid__item"><a href="https://www.kanon-flower.jp/products/detail/%d">'
                     '<p class="ec-shelfGrid__item-image"><img src="https://www.kanon-flower.jp/html/upload/save_image/'
                     '%s.jpg" alt="%s"></p><dl><dt class="item_name">%s</dt><dd class="item_price">￥%s<span '
                     'class="ec-price__tax">税込</span></dd></dl></a></li>'
                     % (pid, C.det_sha("img", pid)[:24], C.attr(name), C.esc(name), K.group3(price, ",")))
    y, m, d = s["month"]
    today = dt.date(y, m, d)
    hol = holidays_around(y)
    ny, nm = (y + (m == 12), m % 12 + 1)
    return ('<div class="ec-layoutRole__mainBottom">\n<!-- ▼おすすめ商品 -->\n<div class="ec-role"><div class="ec-secHeading'
            '">'
            '<span class="ec-secHeading__en">RECOMMEND</span><span class="ec-secHeading__line"></span><span '
            'class="ec-secHeading__ja">おすすめ商品</span></div><div class="ec-shelfRole"><ul class="ec-shelfGrid">%s'
            '</ul></div></div>\n<!-- ▲おすすめ商品 -->\n<!-- ▼カレンダー -->\n<div class="ec-role"><div class="ec-calendar">'
            '<div class="ec-secHeading"><span class="ec-secHeading__ja">営業日カレンダー</span></div><div '
            'class="ec-calendar__month">%s</div><div class="ec-calendar__month">%s</div><p class="ec-calendar__note">'
            '<span class="ec-calendar__holiday">■</span> 休業日（ご注文は24時間受け付けております）</p></div></div>\n'
            '<!-- ▲カレンダー -->\n</div>' % ("".join(items), calendar(y, m, today, hol), calendar(ny, nm, today, hol)))


def content(blocks):
    def heading(kind, t, inl):
        return '<div class="ec-rectHeading"><h2>%s</h2></div>' % inl(t)

    def table(rows, inl):
        body = "".join('<tr><th>%s</th><td>%s</td></tr>' % (inl(r[0]), inl(r[1])) for r in rows[1:])
        return ('<table class="kanon-policy-table"><thead><tr><th>%s</th><th>%s</th></tr></thead><tbody>%s</tbody>'
                '</table>' % (inl(rows[0][0]), inl(rows[0][1]), body))
    return C.render_blocks(blocks, tags={"p": ' class="ec-para-normal"', "ul": ' class="kanon-list"'},
                           heading=heading, table=table, sep="\n")


TEMPLATE = """<!doctype html>
<html lang="ja">
<head prefix="og: https://ogp.me/ns# fb: https://ogp.me/ns/fb# product: https://ogp.me/ns/product#">
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <meta name="eccube-csrf-token" content="@@csrf@@">
    <title>花音フラワーギフト / プライバシーポリシー</title>
                            <meta property="og:title" content="プライバシーポリシー" />
    <meta property="og:type" content="article" />
    <meta property="og:site_name" content="花音フラワーギフト" />
                    <meta property="og:url" content="https://www.kanon-flower.jp/help/privacy" />
            <link rel="canonical" href="https://www.kanon-flower.jp/help/privacy" />
                        <link rel="icon" href="/html/user_data/assets/img/common/favicon.ico">
    <link rel="stylesheet" href="https://stackpath.bootstrapcdn.com/font-awesome/4.7.0/css/font-awesome.min.css">
    <link rel="stylesheet" href="https://cdn.jsdelivr.net/jquery.slick/1.6.0/slick.css">
    <link rel="stylesheet" href="/html/template/kanon/assets/css/style.css">
        <script src="https://code.jquery.com/jquery-3.6.0.min.js" integrity="sha256-/xUj+3OJU5yExlq6GSYGSHk7tPXikynS7og\
EvDej/m4=" crossorigin="anonymous"></script>
    <script>
        $(function() {
            $.ajaxSetup({
                'headers': {
                    'ECCUBE-CSRF-TOKEN': $('meta[name="eccube-csrf-token"]').attr('content')
                }
            });
        });
    </script>
                    <!-- ▼タグマネージャー -->
            <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var\
 f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googl\
etagmanager.com/gtm.js?id='+i+dl+'&gtm_auth=&gtm_preview=env-@@gtm@@&gtm_cookies_win=x';f.parentNode.insertBefore(j,f);\
})(window,document,'script','dataLayer','GTM-NXK4Q2J');</script>
        <!-- ▲タグマネージャー -->

                <link rel="stylesheet" href="/html/user_data/assets/css/customize.css">
</head>
<body id="page_help_privacy" class="other_page">

<div class="ec-layoutRole">
                <div class="ec-layoutRole__header">
                <!-- ▼ヘッダー(商品検索・ログインナビ・カート) -->
            <div class="ec-headerNaviRole">
    <div class="ec-headerNaviRole__left">
        <div class="ec-headerNaviRole__search">
            <div class="ec-headerSearch">
    <form method="get" class="searchform" action="/products/list">
        <div class="ec-headerSearch__category">
            <div class="ec-select ec-select_search">
                <select name="category_id" class="category_id"><option value="">全ての商品</option><option value="7">花束</opt\
ion><option value="8">アレンジメント</option><option value="9">胡蝶蘭</option><option value="10">観葉植物</option><option value="11">\
お供え・お悔やみ</option></select>
            </div>
        </div>
        <div class="ec-headerSearch__keyword">
            <div class="ec-input">
                <input type="search" name="name" maxlength="50" class="search-name" placeholder="キーワードを入力" />
                <button class="ec-headerSearch__keywordBtn" type="submit"><div class="ec-icon"><img src="/html/template\
/kanon/assets/icon/search-dark.svg" alt=""></div></button>
            </div>
        </div>
    </form>
</div>
        </div>
        <div class="ec-headerRole__navSP">
            <div class="ec-headerNavSP"><i class="fas fa-bars"></i></div>
        </div>
    </div>
    <div class="ec-headerNaviRole__right">
        <div class="ec-headerNaviRole__nav">
            <div class="ec-headerNav">
            <div class="ec-headerNav__item"><a href="https://www.kanon-flower.jp/entry"><i class="ec-headerNav__itemIco\
n fas fa-user fa-fw"></i><span class="ec-headerNav__itemLink">新規会員登録</span></a></div>
            <div class="ec-headerNav__item"><a href="https://www.kanon-flower.jp/mypage/login"><i class="ec-headerNav__\
itemIcon fas fa-lock fa-fw"></i><span class="ec-headerNav__itemLink">ログイン</span></a></div>
    </div>
        </div>
        <div class="ec-headerRole__cart">
            <div class="ec-cartNaviWrap">
    <div class="ec-cartNavi">
        <i class="ec-cartNavi__icon fas fa-shopping-cart"><span class="ec-cartNavi__badge">0</span></i>
        <div class="ec-cartNavi__label"><div class="ec-cartNavi__price">￥0</div></div>
    </div>
            <div class="ec-cartNaviNull"><div class="ec-cartNaviNull__message"><p>現在カート内に商品はございません。</p></div></div>
    </div>
        </div>
    </div>
</div>
        <!-- ▲ヘッダー(商品検索・ログインナビ・カート) -->
        <!-- ▼ロゴ -->
            <div class="ec-headerRole">
    <div class="ec-headerRole__title">
        <div class="ec-headerTitle">
            <div class="ec-headerTitle__title"><h1><a href="https://www.kanon-flower.jp/">花音フラワーギフト</a></h1></div>
            <div class="ec-headerTitle__subtitle">花束・アレンジメントの全国配送</div>
        </div>
    </div>
</div>
        <!-- ▲ロゴ -->
        <!-- ▼カテゴリナビ(PC) -->
            <div class="ec-categoryNaviRole"><div class="ec-itemNav"><ul class="ec-itemNav__nav"><li><a href="https://w\
ww.kanon-flower.jp/products/list?category_id=7">花束</a></li><li><a href="https://www.kanon-flower.jp/products/list?categ\
ory_id=8">アレンジメント</a></li><li><a href="https://www.kanon-flower.jp/products/list?category_id=9">胡蝶蘭</a></li><li><a href\
="https://www.kanon-flower.jp/products/list?category_id=10">観葉植物</a></li><li><a href="https://www.kanon-flower.jp/produ\
cts/list?category_id=11">お供え・お悔やみ</a></li></ul></div></div>
        <!-- ▲カテゴリナビ(PC) -->

        </div>
    
        
    <div class="ec-layoutRole__contents">
                
                
        <div class="ec-layoutRole__main">
                            @@maintop@@
            
                <div class="ec-role">
        <div class="ec-pageHeader">
            <h1>@@title@@</h1>
        </div>
    </div>
    <div class="ec-off1Grid">
        <div class="ec-off1Grid__cell">
@@content@@
        </div>
    </div>

                            @@mainbottom@@
                    </div>

                    </div>

                <div class="ec-layoutRole__contentBottom">
                <!-- ▼新着情報 -->
            <div class="ec-newsRole">
    <div class="ec-secHeading"><span class="ec-secHeading__en">NEWS</span><span class="ec-secHeading__line"></span><spa\
n class="ec-secHeading__ja">新着情報</span></div>
    <div class="ec-newsRole__news">
@@news@@
    </div>
</div>
        <!-- ▲新着情報 -->
        </div>
    
                <div class="ec-layoutRole__footer">
                <!-- ▼フッター -->
            <div class="ec-footerRole">
    <div class="ec-footerRole__inner">
        <ul class="ec-footerNavi">
            <li class="ec-footerNavi__link"><a href="https://www.kanon-flower.jp/help/about">当サイトについて</a></li>
            <li class="ec-footerNavi__link"><a href="https://www.kanon-flower.jp/help/privacy">プライバシーポリシー</a></li>
            <li class="ec-footerNavi__link"><a href="https://www.kanon-flower.jp/help/tradelaw">特定商取引法に基づく表記</a></li>
            <li class="ec-footerNavi__link"><a href="https://www.kanon-flower.jp/contact">お問い合わせ</a></li>
        </ul>
        <div class="ec-footerTitle">
            <div class="ec-footerTitle__logo"><a href="https://www.kanon-flower.jp/">花音フラワーギフト</a></div>
            <div class="ec-footerTitle__copyright">copyright (c) 花音フラワーギフト all rights reserved.</div>
        </div>
    </div>
</div>
        <!-- ▲フッター -->

        </div>
    </div><!-- ec-layoutRole -->

<div class="ec-overlayRole"></div>
<div class="ec-drawerRoleClose"><i class="fas fa-times"></i></div>
<div class="ec-drawerRole"></div>
<div class="ec-blockTopBtn pagetop">ページトップへ</div>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@4.6.0/dist/js/bootstrap.bundle.min.js"></script>
<script src="https://cdn.jsdelivr.net/jquery.slick/1.6.0/slick.min.js"></script>
<script>
var eccube_lang = {
    "common.delete_confirm":"削除してもよろしいですか?"
}
</script><script src="/html/template/kanon/assets/js/function.js"></script>
<script src="/html/template/kanon/assets/js/eccube.js"></script>
    <script src="/html/user_data/assets/js/customize.js"></script>
</body>
</html>
"""


def render(s, blocks, when):
    y, m, d = s["month"]
    news = news_items(dt.date(y, m, d))
    s["news"] = tuple(t for _, t in news)
    news_html = "\n".join('<div class="ec-newsRole__newsItem"><div class="ec-newsRole__newsHeading"><div '
                          'class="ec-newsRole__newsDate">%d/%02d/%02d</div><div class="ec-newsRole__newsColumn"><div '
                          'class="ec-newsRole__newsTitle">%s</div></div></div></div>' % (nd.year, nd.month, nd.day, t)
                          for nd, t in news)
    return K.fill(TEMPLATE, csrf=s["csrf"], gtm=s["gtm"], maintop=main_top(s), title=C.esc(blocks[0][1]),
                  content=content(blocks[1:]), mainbottom=main_bottom(s), news=news_html)


PAGE = {
    "service": "Kanon Flower Gift", "url": URL, "lang": "ja-JP", "platform": "EC-CUBE 4.2",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 3, 1), "end": dt.date(2026, 5, 15), "hours": (0, 1, 6),
    "policy": POLICY, "first_updated": dt.date(2021, 10, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ".ec-layoutRole__main",
                    "remove": [".ec-layoutRole__mainTop", ".ec-layoutRole__mainBottom"]},
}
