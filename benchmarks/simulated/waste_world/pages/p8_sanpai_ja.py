"""Eco Link Tokai 株式会社エコリンク東海 (Japanese industrial waste collection and recycling, Nagoya), WordPress with
the Lightning theme, VK Blocks and VK All in One Expansion Unit. Volatile INSIDE the selected .entry-body: the
Expansion Unit's CTA appended to the content (.veu_cta, one of several CTAs drawn at random, with the 受付 hours status)
and its share buttons (.veu_socialSet) with live share counts; both removed by the declaration. Outside: the
wp nonce, ?ver asset versions, the sidebar 新着情報 list, the header's 本日の受付 status."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wkit as K  # noqa: E402

C = K.C
URL = "https://www.ecolink-tokai.co.jp/privacy/"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# 個人情報保護方針

最終改定日：{UPDATED}

株式会社エコリンク東海（以下「当社」）は、産業廃棄物の収集運搬、中間処理、リサイクル及び機密文書の溶解処理を行う事業者として、お客様からお預かりする個人情報の重要性を認識し、個人情報の保護に関する法律その他の関係法令を遵守して、以下のとおり個人情報を適切に取り扱います。

## 取得する個人情報

- お客様のご担当者の氏名、会社名、部署名、住所、電話番号及びメールアドレス
- 収集運搬の契約内容、排出場所、産業廃棄物管理票（マニフェスト）の記載事項
- 機密文書処理サービスにおける立会者の氏名及び処理証明書の送付先
- 当社ウェブサイトのお問い合わせフォームに入力された情報
- 当社事業所の防犯カメラの映像

## 利用目的

当社は、取得した個人情報を次の目的の範囲内で利用します。

- 産業廃棄物の収集運搬及び処分に関する契約の締結及び履行のため
- 電子マニフェスト（JWNET）への登録及び行政への報告のため
- 請求書の発行及び代金の回収のため
- お問い合わせへの回答及びお見積りの作成のため
- 当社サービスに関するご案内の送付のため

## 第三者提供

当社は、法令に基づく場合を除き、ご本人の同意を得ることなく個人情報を第三者に提供しません。ただし、電子マニフェストの運用のため、公益財団法人日本産業廃棄物処理振興センターに必要な情報を登録します。

## 業務委託

当社は、利用目的の達成に必要な範囲で、個人情報の取扱いを委託することがあります。主な委託先は次のとおりです。

| 委託先 | 委託内容 |
| さくらインターネット株式会社 | ウェブサイトのサーバー運用 |
| 株式会社オービック | 会計システムの運用 |
| ヤマト運輸株式会社 | 処理証明書の発送 |

## 安全管理措置

当社は、個人情報への不正アクセス、紛失、漏えい等を防止するため、アクセス権限の管理、従業員教育及び委託先の監督を行います。

## 開示等の請求

ご本人から個人情報の開示、訂正、利用停止等の請求があった場合は、ご本人であることを確認したうえで、法令に従い遅滞なく対応します。

## お問い合わせ窓口

@ 株式会社エコリンク東海 個人情報相談窓口
@ 〒455-0831 愛知県名古屋市港区十一屋三丁目120番地
@ 電話：052-381-5500（平日9時〜17時）
@ メール：[privacy@ecolink-tokai.co.jp](mailto:privacy@ecolink-tokai.co.jp)
"""

EDITS = [
    {"note": "outsourcing row added: Sansan (business card management)",
     "repl": [("| ヤマト運輸株式会社 | 処理証明書の発送 |",
               "| ヤマト運輸株式会社 | 処理証明書の発送 |\n| Sansan株式会社 | 名刺情報の管理 |")]},
    {"note": "purpose added: recruitment",
     "repl": [("- 当社サービスに関するご案内の送付のため", "- 当社サービスに関するご案内の送付のため\n- 採用応募者への連絡及び選考のため")]},
    {"note": "phone number changed",
     "repl": [("@ 電話：052-381-5500（平日9時〜17時）", "@ 電話：052-381-5588（平日8時30分〜17時30分）")]},
    {"note": "typo fixed (遅滞なく対応します -> 遅滞なく対応いたします), no new date", "bump": False,
     "repl": [("遅滞なく対応します。", "遅滞なく対応いたします。")]},
    {"note": "new section: foreign data handling (cloud servers abroad)",
     "repl": [("## 安全管理措置", "## 外国にある第三者への提供\n\n当社は、メール及び文書管理に米国の事業者が提供する"
               "クラウドサービスを利用しています。当該事業者の所在国の個人情報保護制度については、個人情報保護委員会の"
               "ウェブサイトをご確認ください。\n\n## 安全管理措置")]},
]

NEWS = ["年末年始の営業日のお知らせ", "ゴールデンウィーク期間中の収集について", "新型パッカー車を導入しました",
        "ISO14001の更新審査を完了しました", "機密文書リサイクルボックスの提供を開始", "夏季休業のお知らせ",
        "優良産廃処理業者認定を取得しました"]
NEWS_T = K.pool_dates("ecolink-news", dt.date(2021, 6, 1), dt.date(2026, 12, 31), 45)
CTAS = [("機密文書の処理はお任せください", "/service/shred/"), ("産業廃棄物のお見積りは無料です", "/contact/"),
        ("定期回収のご相談はこちら", "/service/regular/")]
LT = [(dt.date(2021, 1, 1), "14.20.2"), (dt.date(2022, 11, 1), "15.2.1"), (dt.date(2023, 11, 1), "15.18.0"),
      (dt.date(2024, 11, 1), "15.27.1"), (dt.date(2025, 10, 1), "15.30.2")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"nonce": C.hexs(rng, 10)}
    s["cta"] = rng.randrange(len(CTAS))
    p = prev.get("share") or (3, 11)
    s["share"] = (p[0] + rng.randint(0, 2), p[1] + rng.randint(0, 3))
    s["lt"] = C.versioned(LT, when)
    s["news"] = tuple(t for _, t in K.latest(NEWS_T, NEWS, when))
    lt, _ = K.local(when, "ja")
    s["open"] = lt.weekday() < 5 and 9 <= lt.hour < 17
    return s


LABELS = {"nonce": "wp nonce in inline script", "cta": "INSIDE: random Expansion Unit CTA (removed)",
          "share": "INSIDE: share counts (removed)", "lt": "Lightning theme ?ver", "news": "sidebar 新着情報",
          "open": "header 本日の受付 status"}


def render(s, blocks, when):
    lt, _ = K.local(when, "ja")
    title, href = CTAS[s["cta"]]
    body = K.render_blocks(blocks[1:], tags={"table": ' class="vk-table--th--width25"'})
    cta = ('<section class="veu_cta" id="veu_cta-%d"><h1 class="cta_title">%s</h1><div class="cta_body">'
           '<div class="cta_body_txt">受付時間 平日9:00〜17:00 現在%s</div><div class="cta_body_link">'
           '<a href="%s" class="btn btn-primary btn-block btn-lg">お問い合わせ</a></div></div></section>'
           % (120 + s["cta"], title, "受付中" if s["open"] else "受付時間外", href))
    fb, hb = s["share"]
    share = ('<div class="veu_socialSet veu_socialSet-auto veu_socialSet-position-after veu_contentAddSection">'
             '<ul><li class="sb_facebook sb_icon"><a href="https://www.facebook.com/sharer.php?src=bm&u=%s" '
             'target="_blank"><span class="sb_icon_inner"><span class="sb_title">Facebook</span>'
             '<span class="veu_count_sns_fb">%d</span></span></a></li><li class="sb_hatena sb_icon"><a href="#">'
             '<span class="sb_title">Hatena</span><span class="veu_count_sns_hb">%d</span></a></li></ul></div>'
             % (URL, fb, hb))
    news = "".join('<li><a href="/news/%d/">%s</a></li>' % (NEWS.index(t) + 200, t) for t in s["news"])
    return """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>個人情報保護方針 | 株式会社エコリンク東海</title>
<link rel='stylesheet' id='lightning-design-style-css' href='https://www.ecolink-tokai.co.jp/wp-content/themes/lightning/_g3/assets/css/style.css?ver=%(lt)s' type='text/css' media='all' />
<link rel='stylesheet' id='vk-blocks-build-css-css' href='https://www.ecolink-tokai.co.jp/wp-content/plugins/vk-blocks/build/block-build.css?ver=1.%(vb)s' type='text/css' media='all' />
<script id='vkExUnit_master-js-js-extra'>var vkExOpt = {"ajax_url":"https:\\/\\/www.ecolink-tokai.co.jp\\/wp-admin\\/admin-ajax.php","hatena_entry":"https:\\/\\/www.ecolink-tokai.co.jp\\/wp-json\\/vk_ex_unit\\/v1\\/hatena_entry\\/","facebook_entry":"https:\\/\\/www.ecolink-tokai.co.jp\\/wp-json\\/vk_ex_unit\\/v1\\/facebook_entry\\/","enable_sns_count":true,"entry_from_post":"","homeUrl":"https:\\/\\/www.ecolink-tokai.co.jp\\/","nonce":"%(nonce)s"};</script>
</head>
<body class="privacy-policy page-template-default page page-id-3 wp-embed-responsive sidebar-fix sidebar-fix-priority-top device-pc fa_v6_css">
<div id="site-header" class="site-header site-header--layout--nav-float"><div id="site-header-container" class="site-header-container container">
<div class="site-header-logo"><a href="https://www.ecolink-tokai.co.jp/"><span><img src="/wp-content/uploads/2020/09/logo.png" alt="株式会社エコリンク東海" /></span></a></div>
<nav id="global-nav" class="global-nav global-nav--layout--float-right"><ul id="menu-main" class="menu vk-menu-acc global-nav-list nav"><li><a href="/service/"><strong class="global-nav-name">事業案内</strong></a></li><li><a href="/company/"><strong class="global-nav-name">会社概要</strong></a></li><li><a href="/recruit/"><strong class="global-nav-name">採用情報</strong></a></li><li><a href="/contact/"><strong class="global-nav-name">お問い合わせ</strong></a></li></ul></nav>
<div class="header-status">本日の受付：%(open)s</div>
</div></div>
<div class="page-header"><div class="page-header-inner container"><h1 class="page-header-title">%(h1)s</h1></div></div>
<div class="site-body"><div class="site-body-container container"><div class="main-section main-section--col--two" id="main-section">
<div id="post-3" class="entry entry-full post-3 page type-page status-publish hentry">
<div class="entry-body">
%(body)s
%(cta)s
%(share)s
</div>
</div>
</div>
<div class="sub-section sub-section--col--two"><aside class="widget widget_vk_widget_pr_content"><h4 class="sub-section-title">新着情報</h4><ul>%(news)s</ul></aside></div>
</div></div>
<footer class="site-footer"><div class="site-footer-copyright"><p>Copyright &copy; 株式会社エコリンク東海 All Rights Reserved.</p></div></footer>
<script src='https://www.ecolink-tokai.co.jp/wp-content/themes/lightning/_g3/assets/js/main.js?ver=%(lt)s' id='lightning-js-js'></script>
</body>
</html>
""" % {"lt": s["lt"], "vb": s["lt"].split(".")[1], "nonce": s["nonce"], "open": "受付中" if s["open"] else "受付時間外",
       "h1": K.esc(blocks[0][1]), "body": body, "cta": cta, "share": share, "news": news}


PAGE = {
    "service": "Eco Link Tokai", "url": URL, "lang": "ja", "platform": "WordPress + Lightning + VK ExUnit",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 20), "end": dt.date(2026, 6, 10), "hours": (15, 18, 21, 23),
    "policy": POLICY, "first_updated": dt.date(2021, 10, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".page-header-title", ".entry-body"],
                    "remove": [".veu_cta", ".veu_socialSet"]},
}
