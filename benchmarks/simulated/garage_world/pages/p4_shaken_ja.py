"""Kuruma no Mori (くるまの森) - ja shaken (statutory vehicle inspection) and maintenance chain - Movable Type 7 static
pages behind Cloudflare (Web Analytics beacon with a per-response ray id), campaign banner, news list."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gkit as K  # noqa: E402

C = K.C
URL = "https://www.kurumanomori.co.jp/privacy/"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# 個人情報保護方針

制定日：2006年4月1日

最終改定日：{UPDATED}

株式会社くるまの森（以下「当社」といいます。）は、車検・点検整備・タイヤ販売・鈑金塗装などのサービスを通じてお預かりするお客様の個人情報の重要性を認識し、個人情報の保護に関する法律（以下「個人情報保護法」といいます。）その他の関係法令を遵守し、以下のとおり個人情報を適切に取り扱います。

## 1. 個人情報の取得

当社は、車検や点検のご予約、ご来店時の受付、お見積り、お問い合わせ、キャンペーンへのご応募などの際に、適法かつ公正な手段により個人情報を取得いたします。

## 2. 取得する個人情報の項目

- 氏名、住所、電話番号、メールアドレス、生年月日
- 自動車検査証（車検証）に記載された事項（登録番号、車台番号、所有者・使用者の氏名及び住所等）
- 自動車損害賠償責任保険（自賠責保険）の証明書に記載された事項
- 整備履歴、走行距離、お見積り及びご請求の内容
- お支払いに関する情報

## 3. 利用目的

当社は、取得した個人情報を以下の目的の範囲内で利用いたします。

- （1）車検、法定点検、一般整備、タイヤ交換その他のご依頼いただいた作業の実施
- （2）運輸支局、軽自動車検査協会等への継続検査の申請及び関連手続きの代行
- （3）自賠責保険の契約手続き
- （4）次回の車検時期、点検時期のご案内
- （5）リコール等、お客様の安全に関わる重要なお知らせ
- （6）当社の商品・サービス及びキャンペーンに関するご案内（ダイレクトメール、メール等）
- （7）お問い合わせへの対応及びアフターサービスの提供
- （8）サービス向上のためのアンケートの実施及び統計資料の作成

## 4. 第三者提供

当社は、次の場合を除き、あらかじめお客様の同意を得ることなく個人情報を第三者に提供いたしません。

- 法令に基づく場合
- 車検の申請のため、運輸支局、軽自動車検査協会その他の行政機関に提供する場合
- 自賠責保険の契約のため、損害保険会社に提供する場合
- 人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき

## 5. 業務の委託

当社は、利用目的の達成に必要な範囲で、整備作業の一部、ダイレクトメールの発送、情報システムの運用等の業務を外部に委託することがあります。この場合、当社は個人情報を適切に取り扱っている委託先を選定し、契約により安全管理を義務付けるとともに、必要かつ適切な監督を行います。

## 6. 安全管理措置

当社は、個人情報の漏えい、滅失又はき損を防止するため、個人データの取扱規程の策定、従業者の教育、アクセス権限の管理、不正アクセス対策など、必要かつ適切な安全管理措置を講じます。

## 7. 保有個人データの開示等のご請求

お客様ご本人から、保有個人データの利用目的の通知、開示、訂正、追加、削除、利用の停止、消去又は第三者への提供の停止のご請求があった場合は、ご本人であることを確認のうえ、法令に従い遅滞なく対応いたします。ご請求の手続きについては、下記窓口までお問い合わせください。

## 8. お問い合わせ窓口

@ 株式会社くるまの森　お客様相談室
@ 〒460-0008 愛知県名古屋市中区栄三丁目12番5号
@ 電話：0120-123-456（受付時間：平日9:00～18:00）

## 9. 本方針の改定

当社は、法令の改正や事業内容の変更等に応じて、本方針を改定することがあります。改定後の方針は、本ページに掲載した時点から効力を生じるものとします。
"""

EDITS = [
    {"note": "new section on external environment: cloud systems and where data is stored (APPI 2022 disclosure)",
     "repl": [("## 7. 保有個人データの開示等のご請求",
               "## 6-2. 外的環境の把握\n\n当社は、予約管理システムにおいて米国の事業者が提供するクラウドサービスを利用"
               "しており、個人データは日本国内のデータセンターに保管されています。米国の個人情報の保護に関する制度については、"
               "[個人情報保護委員会のウェブサイト](https://www.ppc.go.jp/personalinfo/legal/kaiseihogohou/)をご確認ください。"
               "\n\n## 7. 保有個人データの開示等のご請求")]},
    {"note": "purposes list: dashcam / security camera footage item added",
     "repl": [("- （8）サービス向上のためのアンケートの実施及び統計資料の作成",
               "- （8）サービス向上のためのアンケートの実施及び統計資料の作成\n- （9）店舗内の防犯カメラ及びお預かり車両の"
               "ドライブレコーダー映像による事故・盗難の防止及び作業品質の確認")]},
    {"note": "call-centre hours changed (weekdays 9-18 -> 9-17, Saturdays added)",
     "repl": [("（受付時間：平日9:00～18:00）", "（受付時間：平日9:00～17:00、土曜日10:00～16:00）")]},
    {"note": "typo fixed: 'き損' -> '毀損' (no new date)", "bump": False,
     "repl": [("滅失又はき損を防止", "滅失又は毀損を防止")]},
    {"note": "new joint-use section with the group's insurance agency",
     "repl": [("## 5. 業務の委託",
               "## 4-2. 共同利用\n\n当社は、以下のとおり個人情報を共同利用いたします。\n\n"
               "- 共同利用する者の範囲：当社及び株式会社もりの保険サービス\n- 共同利用する項目：氏名、住所、電話番号、"
               "車検証記載事項、車検満了日\n- 利用目的：自動車保険のご案内及び契約手続き\n- 管理責任者：株式会社くるまの森\n\n"
               "## 5. 業務の委託")]},
    {"note": "contact office moved (Sakae 3-12-5 -> Meieki 4-7-1, Nakamura-ku)",
     "repl": [("@ 〒460-0008 愛知県名古屋市中区栄三丁目12番5号", "@ 〒450-0002 愛知県名古屋市中村区名駅四丁目7番1号")]},
]

NEWS = ["年末年始の営業時間について", "ゴールデンウィーク期間中の営業について", "春の車検早期予約キャンペーンを開始しました",
        "スタッドレスタイヤの交換予約受付中", "夏季休業のお知らせ", "新店舗「くるまの森 豊田店」オープンのお知らせ",
        "エアコン点検キャンペーン実施中", "電子車検証への対応について", "お盆期間の営業について", "OBD検査の開始について"]


def campaign(when):
    m = when.month
    if m in (1, 2, 3):
        return "spring", "車検早期予約キャンペーン 最大5,000円割引"
    if m in (6, 7, 8):
        return "summer", "夏のエアコン点検 今なら無料"
    if m in (11, 12):
        return "winter", "スタッドレスタイヤ交換 予約受付中"
    return "normal", "車検は最短60分 ご予約はWebで24時間受付"


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"ray": (C.hexs(rng, 16) + "-NRT", C.hexs(rng, 32))}
    s["rebuild"] = C.keep_or(rng, prev.get("rebuild"), 0.3,
                             lambda: (when - dt.timedelta(days=rng.randint(0, 20))).strftime("%Y%m%d%H%M"))
    s["campaign"] = campaign(when)
    s["news"] = C.keep_or(rng, prev.get("news"), 0.5, lambda: tuple(rng.sample(range(len(NEWS)), 5)))
    return s


LABELS = {"ray": "Cloudflare Web Analytics beacon: per-response rayId and token",
          "rebuild": "Movable Type rebuild stamp (?v= on CSS/JS, generator comment) when templates are republished",
          "campaign": "campaign banner in the header (season)", "news": "sidebar 'お知らせ' latest news list"}


def render(s, blocks, when):
    ray, tok = s["ray"]
    v = s["rebuild"]
    ck, ctext = s["campaign"]
    title = blocks[0][1]
    head_b, secs = C.split_sections(blocks[1:])
    parts = ['<div class="page-lead">%s</div>' % K.render_blocks(head_b)]
    for n, (t, bl) in enumerate(secs):
        parts.append('<section class="privacy-section" id="sec%02d"><h2 class="hdg-lv2">%s</h2>%s</section>'
                     % (n + 1, C.esc(t), K.render_blocks(bl, tags={"ul": ' class="list-disc"', "ol": ' class="list-num"'})))
    news = "".join('<li><span class="date">%s</span><a href="/news/%d.html">%s</a></li>'
                   % ((when.date() - dt.timedelta(days=7 * (n + 1) + k)).strftime("%Y.%m.%d"), 300 + k, C.esc(NEWS[k]))
                   for n, k in enumerate(s["news"]))
    beacon = '{"rayId":"%s","version":"2024.11.0","token":"%s","r":1,"serverTiming":{"name":{"cfExtPri":true,"cfL4":true}}}' % (ray, tok)
    return ('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="UTF-8">\n'
            '<meta name="generator" content="Movable Type Pro 7.9.8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>個人情報保護方針｜車検・整備のくるまの森</title>\n'
            '<meta name="description" content="株式会社くるまの森の個人情報保護方針です。">\n'
            '<link rel="stylesheet" href="/common/css/style.css?v=%s">\n<link rel="canonical" href="%s">\n'
            '<!-- Google Tag Manager --><script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({\'gtm.start\':new Date().getTime(),event:\'gtm.js\'});'
            'var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src=\'https://www.googletagmanager.com/gtm.js?id=\'+i;'
            'f.parentNode.insertBefore(j,f);})(window,document,\'script\',\'dataLayer\',\'GTM-5N8JQ2R\');</script><!-- End Google Tag Manager -->\n'
            '</head>\n<body id="privacy" class="page">\n<div id="wrapper">\n'
            '<header id="header"><div class="inner"><p class="site-id"><a href="/"><img src="/common/img/logo.png" alt="車検・整備のくるまの森" width="240" height="56"></a></p>'
            '<p class="tel"><a href="tel:0120123456">0120-123-456</a><span>受付 9:00～18:00</span></p>'
            '<p class="btn-reserve"><a href="https://reserve.kurumanomori.co.jp/">車検のWeb予約</a></p></div>'
            '<nav id="gnav"><ul><li><a href="/shaken/">車検</a></li><li><a href="/tenken/">点検・整備</a></li><li><a href="/tire/">タイヤ</a></li>'
            '<li><a href="/bankin/">鈑金・塗装</a></li><li><a href="/shop/">店舗一覧</a></li><li><a href="/company/">会社案内</a></li></ul></nav>'
            '<div class="campaign-bnr campaign-bnr--%s"><a href="/campaign/"><span>%s</span></a></div></header>\n'
            '<div id="topicpath"><ol><li><a href="/">ホーム</a></li><li>個人情報保護方針</li></ol></div>\n'
            '<div id="content" class="cf"><div id="main">\n'
            '<div class="page-header"><h1 class="hdg-lv1">%s</h1></div>\n'
            '<div class="page-body">\n%s\n</div>\n'
            '<p class="pagetop"><a href="#wrapper">ページの先頭へ</a></p>\n</div>\n'
            '<div id="sub"><div class="side-news"><h2>お知らせ</h2><ul>%s</ul><p class="more"><a href="/news/">一覧を見る</a></p></div>'
            '<div class="side-bnr"><a href="/recruit/"><img src="/common/img/bnr_recruit.png" alt="整備士募集"></a></div></div>\n</div>\n'
            '<footer id="footer"><ul class="fnav"><li><a href="/privacy/">個人情報保護方針</a></li><li><a href="/sitemap/">サイトマップ</a></li>'
            '<li><a href="/contact/">お問い合わせ</a></li></ul><p class="copyright"><small>Copyright © Kuruma no Mori Co., Ltd. All Rights Reserved.</small></p></footer>\n'
            '</div>\n<script src="/common/js/jquery-3.6.0.min.js"></script>\n<script src="/common/js/common.js?v=%s"></script>\n'
            '<script defer src="https://static.cloudflareinsights.com/beacon.min.js/vcd15cbe7772f49c399c6a5babf22c1241717689176015" '
            'integrity="sha512-ZpsOmlRQV6y907TI0dKBHq9Md29nnaEIPlkf84rnaERnq6zvWvPUqr2ft8M1aS28oN72PdrCzSjY4U6VaAw1EQ==" '
            'data-cf-beacon=\'%s\' crossorigin="anonymous"></script>\n</body>\n</html>\n'
            % (v, URL, ck, C.esc(ctext), C.esc(title), "\n".join(parts), news, v, beacon))


PAGE = {
    "service": "Kuruma no Mori", "url": URL, "lang": "ja-JP", "platform": "Movable Type 7 static + Cloudflare",
    "content_type": "text/html; charset=UTF-8",
    "n": 30, "start": dt.date(2022, 3, 1), "end": dt.date(2026, 10, 15), "hours": (0, 6, 12),
    "policy": POLICY, "first_updated": dt.date(2021, 10, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#main .page-header h1", "#main .page-body"]},
}
