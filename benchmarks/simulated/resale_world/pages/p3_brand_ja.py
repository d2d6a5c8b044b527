"""ブランドリユース 銀杏堂 (Ichōdō) - ja brand-goods buying and resale shop - EC-CUBE 4.2 (default-derived theme),
a custom page in ページ管理 with blocks in the main area's top and bottom slots."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import rkit as K  # noqa: E402

URL = "https://www.ichodo-reuse.jp/user_data/privacy"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# 個人情報保護方針

最終改定日：{UPDATED}

株式会社銀杏堂（以下「当社」といいます。）は、ブランド品・貴金属・時計の買取および販売事業において取り扱うお客様の個人情報を適切に保護することが社会的責務であると考え、以下のとおり個人情報保護方針を定めます。

## 1. 事業者の名称および所在地

@ 株式会社銀杏堂
@ 〒530-0012 大阪府大阪市北区芝田1丁目4番14号
@ 代表取締役 松永 浩二
@ 古物商許可 大阪府公安委員会 第621110184563号

## 2. 取得する個人情報

当社は、次の個人情報を取得します。

- 氏名、住所、生年月日、職業、電話番号、メールアドレス
- 運転免許証、マイナンバーカード（個人番号を除く）等の本人確認書類の記載事項
- 買取代金のお振込先となる金融機関の口座情報
- 商品のご購入履歴、お問い合わせ内容およびLINE査定でお送りいただいた画像
- 当社ウェブサイトの閲覧履歴、Cookie、端末情報

## 3. 利用目的

当社は、取得した個人情報を次の目的で利用します。

- 古物営業法に基づく本人確認および取引の記録のため
- 店頭買取、宅配買取、出張買取の査定、お支払いおよびご連絡のため
- オンラインストアでの商品の発送、代金決済およびアフターサービスのため
- 犯罪収益移転防止法に基づく取引時確認のため
- 新商品、キャンペーン等のご案内のため
- サービスの改善および新サービスの開発のため

## 4. 第三者提供

当社は、法令に基づく場合を除き、ご本人の同意を得ることなく個人情報を第三者に提供しません。ただし、古物営業法に基づき警察官から盗品等の照会を受けた場合は、取引の記録を提示することがあります。

## 5. 業務委託

当社は、利用目的の達成に必要な範囲で、個人情報の取扱いを次の委託先に委託しています。

| 委託先 | 委託業務 |
| ヤマト運輸株式会社 | 宅配買取キットおよび商品の配送 |
| GMOペイメントゲートウェイ株式会社 | クレジットカード決済 |
| LINEヤフー株式会社 | LINE査定の受付 |
| 株式会社イーシーキューブ | ECサイトの保守 |

## 6. 保管期間

古物営業法に基づく取引の記録は、取引の日から3年間保管します。その他の個人情報は、利用目的の達成に必要な期間保管した後、速やかに消去します。

## 7. 安全管理措置

当社は、個人情報への不正アクセス、紛失、破壊、改ざんおよび漏えいを防止するため、従業者の教育、アクセス権限の管理、通信の暗号化などの安全管理措置を講じます。

## 8. 開示等の請求

ご本人から個人情報の開示、訂正、利用停止、消去等のご請求があった場合は、ご本人であることを確認したうえで、法令に従い遅滞なく対応します。

## 9. お問い合わせ窓口

@ 株式会社銀杏堂 個人情報お問い合わせ窓口
@ 電話：0120-418-093（受付時間 10:00〜19:00、年末年始を除く）
@ メール：[privacy@ichodo-reuse.jp](mailto:privacy@ichodo-reuse.jp)

## 10. Cookie等の利用について

当社ウェブサイトでは、サービスの利便性向上およびアクセス状況の分析のため、Cookieおよびこれに類する技術を利用しています。また、Googleアナリティクスを利用して閲覧状況を把握しています。Cookieの利用を望まない場合は、ブラウザの設定により無効にすることができますが、その場合オンラインストアの一部の機能がご利用いただけなくなることがあります。

## 11. 未成年の方の個人情報

古物営業法および当社の規定により、18歳未満の方からの買取はお受けしておりません。オンラインストアで未成年の方が商品をご購入される場合は、保護者の同意を得たうえでご利用ください。

## 12. 本方針の変更

当社は、法令の改正や事業内容の変更に応じて、本方針を改定することがあります。重要な変更を行う場合は、当社ウェブサイト上でお知らせします。
"""

EDITS = [
    {"note": "section added on foreign third parties (amended APPI, 2022): overseas processors and their countries",
     "repl": [("## 6. 保管期間", "## 6. 外国にある第三者への提供\n\n当社は、オンラインストアのメール配信および"
               "アクセス解析のため、米国に所在する事業者に個人情報の取扱いを委託しています。米国には日本と同等の個人情報保護"
               "制度はありませんが、委託先とは個人情報保護委員会規則で定める基準に適合する措置を講じる契約を締結しています。"
               "\n\n## 7. 保管期間"), ("## 7. 安全管理措置", "## 8. 安全管理措置"),
              ("## 12. 本方針", "## 13. 本方針"), ("## 11. 未成年", "## 12. 未成年"),
              ("## 10. Cookie等", "## 11. Cookie等"), ("## 8. 開示等の請求", "## 9. 開示等の請求"),
              ("## 9. お問い合わせ窓口", "## 10. お問い合わせ窓口")]},
    {"note": "processor table: Yamato replaced by Sagawa Express for buy-by-mail kits",
     "repl": [("| ヤマト運輸株式会社 | 宅配買取キットおよび商品の配送 |", "| 佐川急便株式会社 | 宅配買取キットおよび商品の配送 |")]},
    {"note": "retention: transaction records kept 3 -> 5 years (in-house AML rule), sentence extended",
     "repl": [("取引の記録は、取引の日から3年間保管します。", "取引の記録は、取引の日から5年間保管します。"
               "本人確認書類の写しも同じ期間保管します。")]},
    {"note": "list item added to collected data: video call appraisal (オンライン査定) recordings",
     "repl": [("- 商品のご購入履歴、お問い合わせ内容およびLINE査定でお送りいただいた画像\n",
               "- 商品のご購入履歴、お問い合わせ内容およびLINE査定でお送りいただいた画像\n"
               "- ビデオ通話によるオンライン査定の録画\n")]},
    {"note": "head office moved (芝田 -> 梅田3丁目) and new representative director",
     "repl": [("@ 〒530-0012 大阪府大阪市北区芝田1丁目4番14号\n@ 代表取締役 松永 浩二",
               "@ 〒530-0001 大阪府大阪市北区梅田3丁目2番123号\n@ 代表取締役 高城 美咲")]},
    {"note": "contact hours changed, no new date", "bump": False,
     "repl": [("受付時間 10:00〜19:00、年末年始を除く", "受付時間 11:00〜18:00、水曜日・年末年始を除く")]},
]

ITEMS = [("ルイ・ヴィトン モノグラム ネヴァーフルMM", 128000), ("ロレックス サブマリーナ 16610", 1380000),
         ("エルメス バーキン30 トゴ", 2650000), ("シャネル マトラッセ チェーンショルダー", 545000),
         ("カルティエ タンクフランセーズ SM", 312000), ("オメガ スピードマスター プロフェッショナル", 620000),
         ("K18 喜平ネックレス 50cm 30g", 298000), ("プラダ サフィアーノ 2WAYバッグ", 86000),
         ("グッチ GGマーモント ショルダー", 104000)]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"csrf": C.alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")}
    s["plugin"] = K.stamp(rng, prev.get("plugin"), 0.2, when)
    s["results"] = C.keep_or(rng, prev.get("results"), 0.85,
                             lambda: tuple((k, int(ITEMS[k][1] * rng.uniform(0.85, 1.15)) // 1000 * 1000)
                                           for k in rng.sample(range(len(ITEMS)), 4)))
    s["campaign"] = K.season(when, [(3, 1, 3, 31, "春の買取強化キャンペーン 査定額最大20%UP"),
                                    (7, 1, 8, 31, "夏の買取祭 ブランドバッグ高価買取中"),
                                    (12, 1, 12, 28, "年末大感謝祭 ご成約で図書カードプレゼント")], "LINE査定は24時間受付中")
    s["gold"] = 8400 + (when.year - 2022) * 1900 + when.month * 90 + rng.randint(-80, 80)
    return s


LABELS = {"csrf": "eccube-csrf-token meta and search/cart form _token",
          "plugin": "plugin asset ?v= stamps", "results": "'新着買取実績' block (mainBottom, INSIDE the main area)",
          "campaign": "campaign block (mainTop, INSIDE the main area)", "gold": "header gold buying price ticker"}


def render(s, blocks, when):
    results = "".join('<li class="ec-shelfGrid__item"><p class="kaitori-item">%s</p><p class="kaitori-price">買取価格 '
                      '<span>%s円</span></p></li>' % (C.esc(ITEMS[k][0]), "{:,}".format(p)) for k, p in s["results"])

    def heading(kind, t, inl):
        if kind == "h1":
            return '<div class="ec-pageHeader"><h1>%s</h1></div>' % inl(t)
        return '<h2 class="ec-heading-bold privacy__title">%s</h2>' % inl(t)

    body = C.render_blocks(blocks, heading=heading, tags={"p": ' class="privacy__text"', "table": ' class="'
                           'privacy__table"'}, sep="\n")
    csrf = s["csrf"]
    return ('<!doctype html>\n<html lang="ja">\n<head prefix="og: https://ogp.me/ns#">\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">\n'
            '<meta name="eccube-csrf-token" content="%s">\n<title>銀杏堂オンライン / 個人情報保護方針</title>\n'
            '<link rel="stylesheet" href="/html/template/ichodo/assets/css/style.css">\n'
            '<link rel="stylesheet" href="/html/plugin/RecentlyViewed42/assets/css/recently.css?v=%s">\n'
            '<script src="/html/template/default/assets/js/function.js"></script>\n</head>\n'
            '<body id="page_user_data" class="user_data">\n<div class="ec-layoutRole">\n'
            '<div class="ec-layoutRole__header"><div class="ec-headerNaviRole"><div class="gold-ticker">本日の金買取価格'
            ' K24 <span>%s円/g</span>（%s更新）</div><div class="ec-headerNaviRole__search"><form method="get" '
            'class="searchform" action="/products/list"><input type="search" name="name" maxlength="50" '
            'class="search-name" placeholder="キーワードを入力"><input type="hidden" name="_token" value="%s">'
            '</form></div><div class="ec-headerRole__cart"><div class="ec-cartNavi"><span class="ec-cartNavi__badge">0'
            '</span></div></div></div><div class="ec-headerRole"><div class="ec-headerTitle"><a href="/">'
            '<img src="/html/user_data/assets/img/logo.png" alt="ブランドリユース 銀杏堂"></a></div></div>'
            '<div class="ec-categoryNaviRole"><ul class="ec-itemNav__nav"><li><a href="/user_data/kaitori">買取</a></li>'
            '<li><a href="/products/list">オンラインストア</a></li><li><a href="/user_data/shop">店舗一覧</a></li>'
            '<li><a href="/help/about">会社概要</a></li></ul></div></div>\n'
            '<div class="ec-layoutRole__contents">\n<main class="ec-layoutRole__main">\n'
            '<div class="ec-layoutRole__mainTop"><div class="ec-role campaign-bnr"><a href="/user_data/campaign">'
            '<p>%s</p></a></div></div>\n'
            '<div class="ec-role privacy">\n%s\n</div>\n'
            '<div class="ec-layoutRole__mainBottom"><div class="ec-role kaitori-results"><h2 class="ec-secHeading">'
            '新着買取実績</h2><ul class="ec-shelfGrid">%s</ul></div></div>\n</main>\n</div>\n'
            '<div class="ec-layoutRole__footer"><div class="ec-footerRole"><ul class="ec-footerNavi"><li><a href="'
            '/help/about">当サイトについて</a></li><li><a href="/help/privacy">プライバシーポリシー</a></li><li><a href="'
            '/help/tradelaw">特定商取引法に基づく表記</a></li></ul><div class="ec-footerTitle__copyright">copyright (c) '
            'ICHODO Co., Ltd. all rights reserved.</div></div></div>\n</div>\n'
            '<script src="/html/plugin/RecentlyViewed42/assets/js/recently.js?v=%s"></script>\n</body>\n</html>\n'
            % (csrf, s["plugin"], "{:,}".format(s["gold"]), when.strftime("%m/%d 9:30"), csrf,
               C.esc(s["campaign"]), body, results, s["plugin"]))


PAGE = {
    "service": "Ichodo Brand Reuse", "url": URL, "lang": "ja-JP", "platform": "EC-CUBE 4.2",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 1, 15), "end": dt.date(2026, 3, 20), "hours": (14, 15, 22),
    "policy": POLICY, "first_updated": dt.date(2021, 8, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".ec-layoutRole__main"],
                    "remove": [".ec-layoutRole__mainTop", ".ec-layoutRole__mainBottom"]},
}
