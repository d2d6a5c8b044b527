"""Uji tea house's online shop on EC-CUBE 4.2 (the default theme lightly customised): the policy is the shop's
edited Help/privacy.twig, an `.ec-pageHeader` h1 and the articles in `.ec-off1Grid__cell`, headings in
`.ec-heading-bold`, the numbered items hand-numbered （1）（2） as Japanese shops write them. Fairly clean: per
visit only the session's `eccube-csrf-token` meta changes; the news block (新着情報: new-tea reservations, summer and
year-end closures, tea ceremonies) in the layout's bottom area moves when the shop posts news. Declared by two
selectors (the h1 and the cell)."""
import datetime as dt
import html

import common as C

URL = "https://www.suigetsuen.jp/help/privacy"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# プライバシーポリシー

株式会社翠月園（以下「当社」といいます。）は、当社が運営する宇治茶専門店「翠月園」の店舗、通信販売サイト「翠月園オンラインショップ」（以下「本サイト」といいます。）および茶房・茶道体験教室において取得するお客様の個人情報について、以下のとおりプライバシーポリシー（以下「本ポリシー」といいます。）を定め、個人情報の適切な取扱いと保護に努めます。

## 第1条（個人情報）

「個人情報」とは、個人情報の保護に関する法律（以下「個人情報保護法」といいます。）に定める個人情報をいい、生存する個人に関する情報であって、氏名、生年月日、住所、電話番号、メールアドレスその他の記述等により特定の個人を識別できる情報を指します。

## 第2条（個人情報の取得）

当社は、次の場合にお客様の個人情報を適正な手段により取得いたします。

- （1）本サイトでの会員登録、商品のご注文およびお問い合わせの際
- （2）店舗でのお買い物、ご贈答品の配送のご依頼、茶房のご予約の際
- （3）茶道体験教室、お茶会、工場見学のお申し込みの際
- （4）定期便「季節の茶便り」のお申し込みの際
- （5）キャンペーンやアンケートへのご応募の際
- （6）お電話、ファクスまたははがきによるご注文、カタログのご請求の際

当社は、偽りその他不正の手段により個人情報を取得することはございません。また、お客様が未成年の場合には、保護者の方の同意を得たうえで個人情報をご提供いただくものとします。

## 第3条（利用目的）

当社は、取得した個人情報を以下の目的のために利用いたします。

- （1）ご注文いただいた商品の発送、代金のご請求およびお支払いの確認
- （2）茶房、体験教室およびお茶会のご予約の受付、確認ならびにご連絡
- （3）会員サービス（ポイントの付与、購入履歴の表示等）の提供
- （4）新茶のご案内、季節の商品や催しに関するメールマガジンおよびダイレクトメールの送付（お客様が希望された場合に限ります。）
- （5）お問い合わせへの回答
- （6）商品およびサービスの改善ならびに新商品の開発のための統計資料の作成（個人を特定できない形式に加工したものに限ります。）
- （7）不正注文その他の不正行為の防止

当社は、上記の利用目的の範囲を超えて個人情報を利用する場合には、あらかじめお客様の同意を得るものとします。

## 第4条（第三者提供）

当社は、次の場合を除き、あらかじめお客様の同意を得ることなく、個人情報を第三者に提供いたしません。

- （1）法令に基づく場合
- （2）人の生命、身体または財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき
- （3）国の機関もしくは地方公共団体またはその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき

なお、ご贈答品をお届けする場合、送り主であるお客様のお名前と住所は、お届け先の方にお知らせいたします。

## 第5条（業務の委託）

当社は、利用目的の達成に必要な範囲で、個人情報の取扱いの全部または一部を外部に委託することがあります。この場合、当社は個人情報を適切に取り扱うと認められる委託先を選定し、契約等により必要かつ適切な監督を行います。主な委託先は以下のとおりです。

| 委託先 | 委託する業務 |
| ヤマト運輸株式会社 | 商品の配送 |
| 日本郵便株式会社 | 商品の配送（ゆうパケット） |
| GMOペイメントゲートウェイ株式会社 | クレジットカード決済 |
| アマゾンジャパン合同会社 | Amazon Pay による決済 |
| さくらインターネット株式会社 | サーバーの運用および保守 |
| 株式会社ラクス | メールマガジンの配信 |

## 第6条（クレジットカード情報の取扱い）

本サイトでは、お客様のクレジットカード情報を当社のサーバーに保存または保持いたしません。カード情報は決済代行会社であるGMOペイメントゲートウェイ株式会社に直接送信され、同社において厳重に管理されます。

## 第7条（クッキー等の利用）

本サイトでは、ログイン状態の保持、カート機能の提供およびアクセス状況の把握のためにクッキーを使用しています。また、Google LLCが提供するアクセス解析ツール「Google アナリティクス」を利用しています。Google アナリティクスはクッキーを使用してトラフィックデータを収集しますが、個人を特定する情報は含まれません。お客様はブラウザの設定によりクッキーを無効にすることができますが、その場合、本サイトの一部の機能がご利用いただけなくなることがあります。

## 第8条（安全管理措置）

当社は、個人情報の漏えい、滅失またはき損の防止その他の安全管理のため、以下の措置を講じます。

- 個人情報の取扱いに関する規程を定め、従業者に対する教育を定期的に実施しています。
- 顧客データへのアクセス権限を必要な従業者に限定し、アクセス記録を保管しています。
- 本サイトの通信はSSLにより暗号化しています。
- 不正アクセスやコンピュータウイルスを防止するため、ファイアウォールおよびウイルス対策ソフトを導入し、定期的に更新しています。
- 委託先とは秘密保持に関する契約を締結し、取扱状況を定期的に確認しています。
- 店舗で受け付けた予約台帳や申込書は施錠できる書庫で保管し、保存期間の経過後は裁断して廃棄しています。

## 第9条（開示等の請求）

お客様は、当社に対し、個人情報保護法の定めに基づき、保有個人データの利用目的の通知、開示、訂正、追加、削除、利用停止、消去および第三者提供の停止を請求することができます。ご請求の際は、下記の窓口までご連絡ください。ご本人であることを確認したうえで、遅帯なく対応いたします。ご請求にあたっては、所定の請求書のほか、運転免許証、健康保険証その他の本人確認書類の写しをご提出いただきます。代理人によるご請求の場合は、委任状等の代理権を確認できる書類もあわせてご提出ください。なお、開示の請求については、1件につき1,000円の手数料を申し受けます。

## 第10条（お問い合わせ窓口）

@ 株式会社翠月園　個人情報お問い合わせ窓口
@ 〒611-0021 京都府宇治市宇治妙楽38番地
@ 電話：0774-21-3856（受付時間 10:00〜17:00、水曜日定休）
@ メール：[privacy@suigetsuen.jp](mailto:privacy@suigetsuen.jp)

## 第11条（本ポリシーの変更）

当社は、法令の改正その他必要に応じて本ポリシーを変更することがあります。変更後のプライバシーポリシーは、本サイトに掲載した時点から効力を生じるものとします。

@ 制定日：2016年4月1日
@ 最終改定日：{UPDATED}
"""

EDITS = [
    {"note": "Sagawa added to the outsourcing table",
     "repl": [("| 日本郵便株式会社 | 商品の配送（ゆうパケット） |",
               "| 日本郵便株式会社 | 商品の配送（ゆうパケット） |\n| 佐川急便株式会社 | 商品の配送（大型の茶器、クール便） |")]},
    {"note": "typo fixed (遅帯なく -> 遅滞なく), date not bumped", "bump": False,
     "repl": [("遅帯なく", "遅滞なく")]},
    {"note": "new article 7 (LINE official account) inserted, articles 7-11 renumbered 8-12",
     "repl": [("## 第11条（本ポリシーの変更）", "## 第12条（本ポリシーの変更）"),
              ("## 第10条（お問い合わせ窓口）", "## 第11条（お問い合わせ窓口）"),
              ("## 第9条（開示等の請求）", "## 第10条（開示等の請求）"),
              ("## 第8条（安全管理措置）", "## 第9条（安全管理措置）"),
              ("## 第7条（クッキー等の利用）",
               "## 第7条（LINE公式アカウント）\n\n"
               "当社のLINE公式アカウントを友だち追加されたお客様については、LINEヤフー株式会社から提供される"
               "表示名、プロフィール画像および友だち追加の状況を取得し、新茶や催しのお知らせ、ご注文商品の発送の"
               "ご連絡に利用いたします。本サイトの会員情報とLINEアカウントの連携は、お客様が連携の手続きを"
               "された場合に限り行います。\n\n## 第8条（クッキー等の利用）")]},
    {"note": "disclosure fee changed from 1,000 to 800 yen",
     "repl": [("1件につき1,000円の手数料", "1件につき800円の手数料")]},
    {"note": "sentence on Google as a foreign third party (APPI) added",
     "repl": [("個人を特定する情報は含まれません。",
               "個人を特定する情報は含まれません。なお、Google LLCは米国に所在する事業者であり、同国の個人情報の"
               "保護に関する制度については、個人情報保護委員会のウェブサイトをご確認ください。")]},
    {"note": "contact desk hours changed",
     "repl": [("受付時間 10:00〜17:00、水曜日定休", "受付時間 10:00〜16:00、水曜日・第3木曜日定休")]},
]

NEWS_YEAR = [((1, 5), "新年のご挨拶と初売りのお知らせ", "1月5日より通常営業いたします。本年もよろしくお願い申し上げます。"),
             ((3, 20), "新茶のご予約受付を開始しました", "八十八夜摘みの宇治新茶、数量限定でご予約を承ります。"),
             ((5, 8), "宇治新茶「初摘み」発売のお知らせ", "ご予約のお客様より順次発送しております。"),
             ((6, 15), "冷茶・水出し煎茶のご案内", "夏季限定の水出し用ティーバッグを発売しました。"),
             ((8, 1), "夏季休業のお知らせ", "8月13日〜16日は店舗・オンラインショップともに休業いたします。"),
             ((10, 3), "秋のお茶会のご案内", "11月の口切りの茶事を茶房にて催します。要予約。"),
             ((11, 20), "お歳暮ギフトのご案内", "のし・包装を無料で承ります。"),
             ((12, 10), "年末年始の営業について", "12月29日〜1月4日はオンラインショップの発送を休止いたします。")]


def news(when):
    items = []
    for y in (when.year - 1, when.year):
        for (m, d), t, desc in NEWS_YEAR:
            day = dt.date(y, m, d)
            if day <= when.date():
                items.append((day, t, desc))
    return tuple((d.strftime("%Y/%m/%d"), t, desc) for d, t, desc in sorted(items)[-3:][::-1])


def noise(rng, when, i, prev):
    return {"csrf": C.b64tok(rng, 32).replace("+", "-").replace("/", "_").rstrip("="), "news": news(when)}


LABELS = {"csrf": "eccube-csrf-token meta (per session)", "news": "新着情報 news block"}


def il(t):
    return C.inline_html(t)


def block(b):
    kind, v = b
    if kind in ("h2", "h3"):
        return '<div class="ec-heading-bold">%s</div>' % il(v)
    if kind == "p":
        return '<p class="ec-para-normal">%s</p>' % il(v)
    if kind == "ul":
        return ('<ul class="ec-privacy__list">\n' + "\n".join("<li>%s</li>" % il(x) for x in v) + "\n</ul>")
    if kind == "addr":
        return '<p class="ec-para-normal ec-privacy__address">' + "<br>\n".join(il(x) for x in v) + "</p>"
    if kind == "table":
        rows = "\n".join("<tr><th>%s</th><td>%s</td></tr>" % (il(r[0]), il(r[1])) for r in v[1:])
        return ('<table class="ec-privacy__table">\n<thead><tr><th>%s</th><th>%s</th></tr></thead>\n<tbody>\n%s\n'
                '</tbody>\n</table>' % (il(v[0][0]), il(v[0][1]), rows))
    raise ValueError(kind)


CATS = [("7", "抹茶"), ("8", "玉露"), ("9", "煎茶"), ("10", "ほうじ茶・番茶"), ("11", "茶器"), ("12", "和菓子"),
        ("13", "ギフト")]


def render(s, blocks, when):
    title = blocks[0][1]
    body = "\n".join(block(b) for b in blocks[1:])
    opts = "".join('<option value="%s">%s</option>' % c for c in CATS)
    nav = "\n".join('<li><a href="https://www.suigetsuen.jp/products/list?category_id=%s">%s</a></li>' % c for c in CATS)
    nw = "\n".join("""                <div class="ec-newsRole__newsItem">
                    <div class="ec-newsRole__newsHeading">
                        <div class="ec-newsRole__newsDate">%s</div>
                        <div class="ec-newsRole__newsColumn">
                            <div class="ec-newsRole__newsTitle">%s</div>
                            <div class="ec-newsRole__newsClose"><a class="ec-newsRole__newsCloseBtn"><i class="fas fa-angle-down"></i></a></div>
                        </div>
                    </div>
                    <div class="ec-newsRole__newsDescription">%s</div>
                </div>""" % (d, html.escape(t), html.escape(x)) for d, t, x in s["news"])
    return """<!doctype html>
<html lang="ja">
<head prefix="og: https://ogp.me/ns# fb: https://ogp.me/ns/fb# product: https://ogp.me/ns/product#">
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <meta name="eccube-csrf-token" content="%(csrf)s">
    <title>宇治 翠月園 / プライバシーポリシー</title>
                            <meta property="og:title" content="プライバシーポリシー" />
        <meta property="og:type" content="article"/>
        <meta property="og:site_name" content="宇治 翠月園"/>
                                <meta name="description" content="宇治の茶問屋 翠月園のオンラインショップ。抹茶・玉露・煎茶をお届けします。">
                    <meta property="og:url" content="%(url)s"/>
                    <link rel="canonical" href="%(url)s" />
    
                <link rel="icon" href="/html/user_data/assets/img/common/favicon.ico">
    <link rel="stylesheet" href="https://stackpath.bootstrapcdn.com/bootstrap/3.4.1/css/bootstrap.min.css">
    <link rel="stylesheet" href="https://use.fontawesome.com/releases/v5.3.1/css/all.css" integrity="sha384-mzrmE5qonljUremFsqc01SB46JvROS7bZs3IO2EmfFsd15uHvIt+Y8vEf7N7fWAU" crossorigin="anonymous">
    <link rel="stylesheet" href="//cdn.jsdelivr.net/jquery.slick/1.6.0/slick.css">
    <link rel="stylesheet" href="/html/template/suigetsu/assets/css/style.css">
        <script src="https://code.jquery.com/jquery-3.6.0.min.js" integrity="sha256-/xUj+3OJU5yExlq6GSYGSHk7tPXikynS7ogEvDej/m4=" crossorigin="anonymous"></script>
    <script>
        $(function() {
            $.ajaxSetup({
                'headers': {
                    'ECCUBE-CSRF-TOKEN': $('meta[name="eccube-csrf-token"]').attr('content')
                }
            });
        });
    </script>
                    <!-- ▼Google Analytics 4 -->
            <script async src="https://www.googletagmanager.com/gtag/js?id=G-3LQ8WZ5X2M"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-3LQ8WZ5X2M');
</script>
        <!-- ▲Google Analytics 4 -->

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
                <select name="category_id" class="category_id"><option value="">全ての商品</option>%(opts)s</select>
            </div>
        </div>
        <div class="ec-headerSearch__keyword">
            <div class="ec-input">
                <input type="search" name="name" maxlength="50" class="search-name" placeholder="キーワードを入力" />
                <button class="ec-headerSearch__keywordBtn" type="submit">
                    <div class="ec-icon">
                        <img src="/html/template/suigetsu/assets/icon/search-dark.svg" alt="">
                    </div>
                </button>
            </div>
        </div>
    </form>
</div>

        </div>
        <div class="ec-headerRole__navSP">
            
<div class="ec-headerNavSP">
    <i class="fas fa-bars"></i>
</div>
        </div>
    </div>
    <div class="ec-headerNaviRole__right">
        <div class="ec-headerNaviRole__nav">
            
<div class="ec-headerNav">
            <div class="ec-headerNav__item">
            <a href="https://www.suigetsuen.jp/entry">
                <i class="ec-headerNav__itemIcon fas fa-user fa-fw"></i>
                <span class="ec-headerNav__itemLink">新規会員登録</span>
            </a>
        </div>
                    <div class="ec-headerNav__item">
                <a href="https://www.suigetsuen.jp/mypage/favorite">
                    <i class="ec-headerNav__itemIcon fas fa-heart fa-fw"></i>
                    <span class="ec-headerNav__itemLink">お気に入り</span>
                </a>
            </div>
                <div class="ec-headerNav__item">
            <a href="https://www.suigetsuen.jp/mypage/login">
                <i class="ec-headerNav__itemIcon fas fa-lock fa-fw"></i>
                <span class="ec-headerNav__itemLink">ログイン</span>
            </a>
        </div>
    </div>

        </div>
        <div class="ec-headerRole__cart">
            <div class="ec-cartNaviWrap">
    <div class="ec-cartNavi">
        <i class="ec-cartNavi__icon fas fa-shopping-cart">
            <span class="ec-cartNavi__badge">0</span>
        </i>
        <div class="ec-cartNavi__label">
            <div class="ec-cartNavi__price">￥0</div>
        </div>
    </div>
            <div class="ec-cartNaviNull">
            <div class="ec-cartNaviNull__message">
                <p>現在カート内に商品はございません。</p>
            </div>
        </div>
    </div>

        </div>
    </div>
</div>

        <!-- ▲ヘッダー(商品検索・ログインナビ・カート) -->
    <!-- ▼ロゴ -->
            <div class="ec-headerRole">
    <div class="ec-headerRole__title">
        <div class="ec-headerTitle">
            <div class="ec-headerTitle__title">
                <h1>
                    <a href="https://www.suigetsuen.jp/">
                        宇治 翠月園
                    </a>
                </h1>
            </div>
            <div class="ec-headerTitle__subtitle">
                明治二十三年創業　宇治茶専門店
            </div>
        </div>
    </div>
</div>

        <!-- ▲ロゴ -->
    <!-- ▼カテゴリナビ(PC) -->
            <div class="ec-categoryNaviRole">
    <div class="ec-itemNav">
        <ul class="ec-itemNav__nav">
%(nav)s
        </ul>
    </div>
</div>

        <!-- ▲カテゴリナビ(PC) -->

        </div>
    
        
    <div class="ec-layoutRole__contents">
                
                
        <div class="ec-layoutRole__main">
                        
                        
<div class="ec-role">
    <div class="ec-pageHeader">
        <h1>%(title)s</h1>
    </div>
    <div class="ec-off1Grid">
        <div class="ec-off1Grid__cell">
%(body)s
        </div>
    </div>
</div>

                                </div>

                    </div>

                <div class="ec-layoutRole__contentBottom">
                <!-- ▼新着情報 -->
            <div class="ec-role">
    <div class="ec-newsRole">
        <div class="ec-secHeading">
            <span class="ec-secHeading__en">NEWS</span>
            <span class="ec-secHeading__line"></span>
            <span class="ec-secHeading__ja">新着情報</span>
        </div>
        <div class="ec-newsRole__news">
%(news)s
        </div>
    </div>
</div>

        <!-- ▲新着情報 -->

        </div>
    
                <div class="ec-layoutRole__footer">
                <!-- ▼フッター -->
            <div class="ec-footerRole">
    <div class="ec-footerRole__inner">
        <ul class="ec-footerNavi">
            <li class="ec-footerNavi__link">
                <a href="https://www.suigetsuen.jp/help/about">当サイトについて</a>
            </li>
            <li class="ec-footerNavi__link">
                <a href="https://www.suigetsuen.jp/help/privacy">プライバシーポリシー</a>
            </li>
            <li class="ec-footerNavi__link">
                <a href="https://www.suigetsuen.jp/help/tradelaw">特定商取引法に基づく表記</a>
            </li>
            <li class="ec-footerNavi__link">
                <a href="https://www.suigetsuen.jp/contact">お問い合わせ</a>
            </li>
        </ul>
        <div class="ec-footerTitle">
            <div class="ec-footerTitle__logo">
                <a href="https://www.suigetsuen.jp/">宇治 翠月園</a>
            </div>
            <div class="ec-footerTitle__copyright">copyright (c) 宇治 翠月園 all rights reserved.</div>
        </div>
    </div>
</div>

        <!-- ▲フッター -->

        </div>
    </div><!-- ec-layoutRole -->

<div class="ec-overlayRole"></div>
<div class="ec-drawerRoleClose"><i class="fas fa-times"></i></div>
<div class="ec-drawerRole">
                    <!-- ▼商品検索 -->
            
<div class="ec-headerSearch">
    <form method="get" class="searchform" action="/products/list">
        <div class="ec-headerSearch__keyword">
            <div class="ec-input">
                <input type="search" name="name" maxlength="50" class="search-name" placeholder="キーワードを入力" />
            </div>
        </div>
    </form>
</div>

        <!-- ▲商品検索 -->
    </div>
<div class="ec-blockTopBtn pagetop">ページトップへ</div>
<script src="https://stackpath.bootstrapcdn.com/bootstrap/3.4.1/js/bootstrap.min.js" integrity="sha384-aJ21OjlMXNL5UyIl/XNwTMqvzeRMZH2w8c5cRVpzpU8Y5bApTppSuUkhZXN0VxHd" crossorigin="anonymous"></script>
<script src="https://cdn.jsdelivr.net/jquery.slick/1.6.0/slick.min.js"></script>
<script>
var eccube_lang = {
    "common.delete_confirm":"削除してもよろしいですか?"
}
</script><script src="/html/template/suigetsu/assets/js/function.js"></script>
<script src="/html/template/suigetsu/assets/js/eccube.js"></script>
                <script src="/html/user_data/assets/js/customize.js"></script>
</body>
</html>
""" % {"csrf": s["csrf"], "url": URL, "opts": opts, "nav": nav, "title": il(title), "body": body, "news": nw}


PAGE = {
    "service": "Uji Suigetsuen",
    "url": URL,
    "lang": "ja",
    "platform": "EC-CUBE 4.2 (default theme, customised)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "Apache"), ("Cache-Control", "no-cache, private"), ("X-Frame-Options", "SAMEORIGIN")),
    "n": 28,
    "start": dt.date(2022, 2, 1),
    "end": dt.date(2025, 1, 31),
    "hours": (3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2021, 4, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": [".ec-pageHeader h1", ".ec-off1Grid__cell"]},
}
