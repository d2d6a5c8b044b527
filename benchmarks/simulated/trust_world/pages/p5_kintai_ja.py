"""株式会社ワークリズム（リズム勤怠） - ja-JP - WordPress（FLOCSS の自社テーマ）: ページヘッダー（英字サブタイトル）、
パンくず、委託先の列挙、ITreview バッジとレビュー件数、ウェビナー告知バナー、お知らせ、資料請求 CTA、
チャットウィジェット（Zendesk → チャネルトーク）、_wpnonce、?ver= のアセット。"""
import datetime as dt
import common as C

URL = "https://www.workrhythm.co.jp/privacy/"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# プライバシーポリシー

株式会社ワークリズム（以下「当社」といいます。）は、クラウド勤怠管理システム「リズム勤怠」その他の当社サービス（以下「本サービス」といいます。）の提供にあたり、お客様の個人情報を適切に取り扱うことが社会的責務であると考え、個人情報の保護に関する法律（以下「個人情報保護法」といいます。）その他の関係法令およびガイドラインを遵守し、以下のとおりプライバシーポリシーを定めます。

## 第1条（事業者の名称等）

@ 株式会社ワークリズム
@ 〒150-0002 東京都渋谷区渋谷二丁目24番12号 渋谷スクランブルスクエア 15階
@ 代表取締役 佐伯 直樹

## 第2条（取得する個人情報）

当社は、次の個人情報を適法かつ公正な手段によって取得します。

- 本サービスのお申込み、資料請求、お問い合わせ、セミナーへのお申込みの際にご提供いただく氏名、会社名、部署名、役職、電話番号、メールアドレス等
- ご契約企業が本サービスに登録する従業員の氏名、社員番号、所属、雇用形態、出退勤時刻、休暇取得状況等
- 本サービスのご利用料金のお支払いに関する情報
- 当社ウェブサイトおよび本サービスの閲覧履歴、IPアドレス、端末情報、Cookie等の識別子

## 第3条（利用目的）

当社は、取得した個人情報を次の目的のために利用します。

- 本サービスの提供、運用、保守および本人確認のため
- ご契約企業の勤怠データの集計、給与計算システムとの連携のため
- ご利用料金の請求のため
- お問い合わせ、資料請求への対応のため
- セミナー、新機能、キャンペーン等のご案内のため
- 本サービスの改善および新サービスの開発のため（個人を特定できない形式に加工した統計情報として利用します）
- 利用規約に違反する行為への対応のため

なお、ご契約企業が本サービスに登録した従業員の個人情報については、当社はご契約企業から取扱いの委託を受けて、ご契約企業の指示に従い取り扱います。

## 第4条（第三者提供）

当社は、法令に基づく場合その他個人情報保護法で認められる場合を除き、あらかじめご本人の同意を得ることなく、個人データを第三者に提供しません。

## 第5条（個人データの取扱いの委託）

当社は、利用目的の達成に必要な範囲内で、個人データの取扱いの全部または一部を委託することがあります。この場合、委託先を適切に選定し、契約等により必要かつ適切な監督を行います。主な委託先は次のとおりです。

- （1）Amazon Web Services, Inc.（米国）：本サービスのサーバー運用（データは東京リージョンに保管）
- （2）Salesforce, Inc.（米国）：顧客管理
- （3）Twilio Inc.（米国）：メール配信（SendGrid）
- （4）株式会社プレイド（日本）：ウェブサイト上の接客ツール（KARTE）の運用
- （5）Zendesk, Inc.（米国）：お問い合わせ対応

## 第6条（外国にある第三者への提供）

当社は、前条の委託先のうち外国にある事業者に個人データの取扱いを委託する場合、当該事業者が個人情報保護委員会規則で定める基準に適合する体制を整備していることを確認したうえで提供します。

## 第7条（保有個人データの開示等の請求）

ご本人から、当社が保有する個人データについて、利用目的の通知、開示、訂正、追加、削除、利用停止、消去、第三者への提供の停止または第三者提供記録の開示（以下「開示等」といいます。）の請求があった場合、ご本人であることを確認したうえで、法令に従い遅滞なく対応します。開示等のご請求は、第10条の窓口までご連絡ください。利用目的の通知および開示のご請求については、1件につき1,000円の手数料をいただきます。

## 第8条（Cookie等の利用）

当社のウェブサイトでは、利便性の向上、アクセス解析および広告配信のためにCookieおよび類似の技術を利用しています。当社はGoogle LLCのGoogleアナリティクスを利用しており、Googleアナリティクスが収集するデータの取扱いについては同社のポリシーをご確認ください。Cookieはブラウザの設定により無効にすることができますが、その場合、本サービスの一部機能をご利用いただけないことがあります。

## 第9条（匿名加工情報・仮名加工情報）

当社は、匿名加工情報または仮名加工情報を作成する場合には、個人情報保護法に定める基準に従って加工し、法令に従って取り扱います。

## 第10条（お問い合わせ窓口）

本ポリシーおよび個人情報の取扱いに関するお問い合わせは、次の窓口までご連絡ください。

@ 株式会社ワークリズム 個人情報保護管理者
@ 〒150-0002 東京都渋谷区渋谷二丁目24番12号 渋谷スクランブルスクエア 15階
@ メール：[privacy@workrhythm.co.jp](mailto:privacy@workrhythm.co.jp)
@ 電話：03-6712-4480（平日10:00〜18:00、年末年始を除く）

## 第11条（本ポリシーの改定）

当社は、法令の改正や本サービスの変更に応じて、本ポリシーを改定することがあります。重要な変更を行う場合には、当社ウェブサイトまたは本サービス上でお知らせします。改定後の本ポリシーは、当社ウェブサイトに掲載した時点から効力を生じるものとします。

制定日：2017年10月1日

最終改定日：{UPDATED}

以上
"""

EDITS = [
    {"note": "2022 APPI amendment: new article on security control measures (安全管理措置) inserted; foreign-transfer article states country info per PPC survey; articles renumbered",
     "repl": [("## 第7条（保有個人データの開示等の請求）",
               "## 第7条（安全管理措置）\n\n当社は、個人データの漏えい、滅失または毀損の防止その他の安全管理のために、次の措置を講じています。\n\n- 基本方針の策定：個人データの適正な取扱いの確保のため、「関係法令・ガイドライン等の遵守」「質問および苦情処理の窓口」等についての基本方針を策定しています。\n- 組織的安全管理措置：個人データの取扱いに関する責任者を設置し、取扱状況を定期的に点検しています。\n- 人的安全管理措置：従業者に対し定期的な研修を実施し、秘密保持に関する誓約書を取得しています。\n- 物理的安全管理措置：入退室管理を行い、個人データを取り扱う機器の盗難等を防止する措置を講じています。\n- 技術的安全管理措置：アクセス制御、通信および保存データの暗号化、不正アクセスの監視を行っています。\n- 外的環境の把握：個人データを保管する外国（米国）における個人情報の保護に関する制度を把握したうえで安全管理措置を実施しています。\n\n## 第8条（保有個人データの開示等の請求）"),
              ("## 第8条（Cookie等の利用）", "## 第9条（Cookie等の利用）"),
              ("## 第9条（匿名加工情報・仮名加工情報）", "## 第10条（匿名加工情報・仮名加工情報）"),
              ("## 第10条（お問い合わせ窓口）", "## 第11条（お問い合わせ窓口）"),
              ("## 第11条（本ポリシーの改定）", "## 第12条（本ポリシーの改定）"),
              ("第10条の窓口までご連絡ください", "第11条の窓口までご連絡ください"),
              ("確認したうえで提供します。",
               "確認したうえで提供します。当該外国の個人情報の保護に関する制度については、個人情報保護委員会のウェブサイトに掲載されている「外国における個人情報の保護に関する制度等の調査」をご参照ください。当社は、委託先が講ずる措置について、委託契約において定め、定期的に確認しています。")]},
    {"note": "委託先 list: Google LLC (Google Workspace) added",
     "repl": [("- （5）Zendesk, Inc.（米国）：お問い合わせ対応",
               "- （5）Zendesk, Inc.（米国）：お問い合わせ対応\n- （6）Google LLC（米国）：社内コミュニケーションおよび文書管理（Google Workspace）")]},
    {"note": "contact desk hours shortened and phone number changed (silent, 最終改定日 unchanged)", "bump": False,
     "repl": [("@ 電話：03-6712-4480（平日10:00〜18:00、年末年始を除く）", "@ 電話：050-3188-2940（平日10:00〜17:00、土日祝日・年末年始を除く）")]},
    {"note": "AI assistant feature: purpose added, Microsoft (Azure OpenAI, 東日本リージョン) added to 委託先, no model training",
     "repl": [("- 本サービスの改善および新サービスの開発のため", "- 本サービスのAIアシスタント機能（打刻漏れの検知、シフト案の作成、問い合わせへの自動回答）の提供のため\n- 本サービスの改善および新サービスの開発のため"),
              ("- （6）Google LLC（米国）：社内コミュニケーションおよび文書管理（Google Workspace）",
               "- （6）Google LLC（米国）：社内コミュニケーションおよび文書管理（Google Workspace）\n- （7）日本マイクロソフト株式会社（日本）：AIアシスタント機能の提供（Azure OpenAI Service、東日本リージョンで処理し、AIモデルの学習には利用されません）")]},
    {"note": "support desk moved from Zendesk to Channel Talk: Zendesk entry replaced by Channel Corporation (Republic of Korea); foreign-transfer article names Korea",
     "repl": [("- （5）Zendesk, Inc.（米国）：お問い合わせ対応", "- （5）Channel Corporation（大韓民国）：お問い合わせ対応およびチャットサポート（チャネルトーク）"),
              ("外国（米国）における個人情報の保護", "外国（米国および大韓民国）における個人情報の保護")]},
]

WEBINARS = [
    ("【無料ウェビナー】2024年4月施行！時間外労働の上限規制 物流・建設業の対応ポイント", dt.date(2024, 2, 1)),
    ("【無料ウェビナー】勤怠管理システム選定のポイント10選", dt.date(2021, 1, 1)),
    ("【無料ウェビナー】年次有給休暇の時季指定義務、運用のよくある落とし穴", dt.date(2021, 1, 1)),
    ("【無料ウェビナー】電子帳簿保存法とバックオフィスDX", dt.date(2022, 6, 1)),
    ("【無料ウェビナー】AIで変わるシフト作成 ― リズム勤怠 新機能紹介", dt.date(2024, 9, 1)),
    ("【無料ウェビナー】労働時間の把握義務と客観的記録の方法", dt.date(2021, 1, 1)),
]
NEWS = [
    (dt.date(2021, 9, 14), "リズム勤怠、freee人事労務との連携を開始"), (dt.date(2022, 3, 30), "改正個人情報保護法への対応について"),
    (dt.date(2022, 11, 8), "導入企業数が3,000社を突破しました"), (dt.date(2023, 6, 20), "ISMS（ISO/IEC 27001）認証を取得しました"),
    (dt.date(2024, 2, 5), "2024年問題に対応した残業アラート機能をリリース"), (dt.date(2024, 10, 1), "AIアシスタント機能の提供を開始しました"),
    (dt.date(2025, 4, 15), "サポート窓口のチャットツール変更のお知らせ"), (dt.date(2025, 11, 4), "本社移転のお知らせ（予定）"),
]


def itreview_season(d):
    if d.month <= 3:
        return "%d Winter" % d.year
    if d.month <= 6:
        return "%d Spring" % d.year
    if d.month <= 9:
        return "%d Summer" % d.year
    return "%d Fall" % d.year


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonce"] = (C.hexs(rng, 10), C.hexs(rng, 10))
    wpver = "5.8.1" if when.year < 2022 else ("6.1.1" if when.year < 2023 else ("6.4.3" if when.year < 2024 else ("6.6.2" if when.year < 2025 else "6.8.1")))
    s["assets"] = (wpver, C.keep_or(rng, (prev.get("assets") or (None, None))[1], 0.3, lambda: str(rng.randint(1600000000, 1790000000))))
    days = (when.date() - dt.date(2021, 1, 1)).days
    s["itreview"] = (itreview_season(when.date()), 180 + days // 6 + rng.randint(0, 2), "4.%d" % (2 if days < 800 else 3))
    avail = [k for k, (t, since) in enumerate(WEBINARS) if when.date() >= since]
    s["webinar"] = C.keep_or(rng, prev.get("webinar"), 0.6, lambda: (rng.choice(avail), (when + dt.timedelta(days=rng.randint(6, 30))).date()))
    s["news"] = tuple(k for k, (d, t) in enumerate(NEWS) if d <= when.date())[-3:]
    s["chat"] = "channel" if when.date() >= dt.date(2025, 3, 1) else "zendesk"
    s["cta"] = C.keep_or(rng, prev.get("cta"), 0.3, lambda: rng.choice(["資料請求（無料）", "3分でわかる資料をダウンロード", "無料で資料をもらう"]))
    return s


LABELS = {
    "nonce": "_wpnonce of the footer newsletter form and KARTE session id",
    "assets": "WordPress version and theme asset ?ver= query strings",
    "itreview": "ITreview Grid Award badge season, review count and score",
    "webinar": "seminar banner (next free webinar, date)",
    "news": "お知らせ list in the sidebar",
    "chat": "chat widget markup (Zendesk Web Widget → Channel Talk)",
    "cta": "A/B copy of the 資料請求 button",
}


def render(s, blocks, when):
    wn, karte = s["nonce"]
    wpver, tv = s["assets"]
    season, reviews, score = s["itreview"]
    wk, wd = s["webinar"]
    h1, rest = blocks[0], blocks[1:]
    body = C.blocks_html(rest, {"h2": "c-heading--lv2", "ul": "c-list", "p": ""})
    news = "".join('<li class="p-news__item"><time datetime="%s">%s</time><a href="/news/%s/">%s</a></li>'
                   % (NEWS[k][0].isoformat(), NEWS[k][0].strftime("%Y.%m.%d"), NEWS[k][0].strftime("%Y%m%d"), NEWS[k][1]) for k in reversed(s["news"]))
    wdays = "月火水木金土日"
    banner = ('<div class="p-seminarBanner"><a href="/seminar/"><span class="p-seminarBanner__label">SEMINAR</span>'
              '<span class="p-seminarBanner__title">%s</span><span class="p-seminarBanner__date">%d月%d日（%s）14:00〜15:00 オンライン開催</span></a></div>'
              % (WEBINARS[wk][0], wd.month, wd.day, wdays[wd.weekday()]))
    if s["chat"] == "zendesk":
        chat = ('<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=4b1f7c2e-8a3d-4e5f-9b6a-0c1d2e3f4a5b"></script>'
                '<iframe id="launcher" title="メッセージングウィンドウを起動するボタン" tabindex="0" style="position:fixed;bottom:14px;right:14px;height:50px;width:108px"></iframe>')
    else:
        chat = ('<script>(function(){var w=window;if(w.ChannelIO){return}var ch=function(){ch.c(arguments)};ch.q=[];ch.c=function(args){ch.q.push(args)};w.ChannelIO=ch})();'
                'ChannelIO("boot",{"pluginKey":"7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f","language":"ja"});</script>'
                '<div id="ch-plugin"><div id="ch-plugin-launcher" class="Launcherstyled__Wrapper"><button type="button" aria-label="チャットを開く"></button></div></div>')
    header = ('<header class="l-header"><div class="l-header__inner"><p class="l-header__logo"><a href="/"><img src="/wp-content/themes/workrhythm/assets/img/common/logo.svg" alt="リズム勤怠" width="160" height="32"></a></p>'
              '<nav class="l-header__nav"><ul class="p-gnav"><li class="p-gnav__item"><a href="/feature/">機能</a></li><li class="p-gnav__item"><a href="/price/">料金</a></li>'
              '<li class="p-gnav__item"><a href="/case/">導入事例</a></li><li class="p-gnav__item"><a href="/support/">サポート</a></li><li class="p-gnav__item"><a href="/column/">お役立ち情報</a></li></ul></nav>'
              '<div class="l-header__cta"><a class="c-button c-button--download" href="/download/">%s</a><a class="c-button c-button--primary" href="/trial/">無料トライアル</a>'
              '<a class="c-button c-button--text" href="https://app.rhythm-kintai.jp/login">ログイン</a></div></div></header>' % s["cta"])
    main = ('<main class="l-main"><div class="p-pageHeader"><div class="l-container"><p class="p-pageHeader__en">PRIVACY POLICY</p><h1 class="p-pageHeader__title">%s</h1></div></div>'
            '<nav class="c-breadcrumb" aria-label="パンくずリスト"><ol itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">TOP</span></a><meta itemprop="position" content="1"></li>'
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name">プライバシーポリシー</span><meta itemprop="position" content="2"></li></ol></nav>'
            '<div class="l-container l-container--2col"><article class="p-privacy"><div class="p-privacy__body c-editor">\n%s\n</div>'
            '<div class="p-privacy__mark"><img src="/wp-content/uploads/2023/06/isms_mark.png" alt="ISMS認証 IS 775123 / ISO 27001"><p>当社は情報セキュリティマネジメントシステム（ISMS）の国際規格 ISO/IEC 27001 の認証を取得しています。</p></div></article>'
            '<aside class="l-sidebar"><div class="p-itreview"><a href="https://www.itreview.jp/products/rhythm-kintai/reviews" target="_blank" rel="noopener"><img src="https://www.itreview.jp/award/%s/leader/badge.png" alt="ITreview Grid Award %s Leader"></a>'
            '<p class="p-itreview__score">★%s（%d件のレビュー）</p></div><div class="p-news"><h2 class="p-news__title">お知らせ</h2><ul>%s</ul></div></aside></div>%s</main>'
            % (C.inline_html(h1[1]), body, season.replace(" ", "_").lower(), season, score, reviews, news, banner))
    footer = ('<footer class="l-footer"><div class="l-footer__inner"><div class="p-footerMail"><p>お役立ち情報をメールでお届けします</p><form action="/wp-admin/admin-post.php" method="post">'
              '<input type="hidden" name="action" value="wr_newsletter"><input type="hidden" id="_wpnonce" name="_wpnonce" value="%s"><input type="hidden" name="_wp_http_referer" value="/privacy/">'
              '<input type="email" name="email" placeholder="メールアドレス"><button type="submit">登録する</button></form></div>'
              '<ul class="p-footerNav"><li><a href="/company/">会社概要</a></li><li><a href="/terms/">利用規約</a></li><li><a href="/privacy/">プライバシーポリシー</a></li>'
              '<li><a href="/security/">情報セキュリティ方針</a></li><li><a href="/tokushoho/">特定商取引法に基づく表記</a></li></ul>'
              '<p class="l-footer__copy"><small>&copy; 2017-%d WorkRhythm Inc.</small></p></div></footer>' % (wn, when.year))
    return ('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>プライバシーポリシー | クラウド勤怠管理システム「リズム勤怠」</title>\n<meta name="robots" content="max-image-preview:large">\n'
            '<link rel="canonical" href="%s">\n<meta name="generator" content="WordPress %s">\n'
            "<link rel='stylesheet' id='wp-block-library-css' href='https://www.workrhythm.co.jp/wp-includes/css/dist/block-library/style.min.css?ver=%s' media='all'>\n"
            "<link rel='stylesheet' id='workrhythm-style-css' href='https://www.workrhythm.co.jp/wp-content/themes/workrhythm/assets/css/style.css?ver=%s' media='all'>\n"
            '<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({"gtm.start":new Date().getTime(),event:"gtm.js"});})(window,document,"script","dataLayer","GTM-P4K7R2X");</script>\n'
            '<script>!function(n){if(!window[n]){var o=window[n]=function(){var n=[].slice.call(arguments);return o.x?o.x.apply(0,n):o.q.push(n)};o.q=[],o.i=Date.now(),o.allow=function(){o.o="allow"},o.deny=function(){o.o="deny"}}}("krt");krt("start","8e2f0c1d3b4a5e6f7a8b9c0d1e2f3a4b",{"session":"%s"});</script>\n'
            '</head>\n<body class="privacy-policy page-template-default page page-id-3 wp-embed-responsive">\n%s\n%s\n%s\n%s\n'
            "<script src='https://www.workrhythm.co.jp/wp-content/themes/workrhythm/assets/js/main.js?ver=%s' id='workrhythm-main-js'></script>\n</body>\n</html>\n"
            % (URL, wpver, wpver, tv, karte, header, main, footer, chat, tv))


PAGE = {
    "service": "WorkRhythm", "url": URL, "lang": "ja-JP", "platform": "WordPress (custom FLOCSS theme)",
    "content_type": "text/html; charset=UTF-8",
    "n": 29, "start": dt.date(2021, 10, 4), "end": dt.date(2026, 3, 30),
    "policy": POLICY, "first_updated": dt.date(2020, 7, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".p-pageHeader__title", ".p-privacy__body"]},
}
