"""Patient-support programme of a Japanese pharma subsidiary (self-injection support for a biologic) on Sitecore
XP 10 with SXA (Bootstrap 4 grid, component / component-content wrappers), Japanese. Per visit: the
__RequestVerificationToken of the members' login form in the header. Sticky: the material/job code stamp
("資材番号 JP-NVL-… 作成/改訂") is an SXA rich-text component at the end of the #content placeholder, inside the
declared container (curators select #content and remove `.material-code`), re-stamped at the annual review without any text
change; a seasonal "重要なお知らせ" bar above the header."""
import datetime as dt
import html

import common as C

URL = "https://www.novelia-pharma.co.jp/patients/sasaeru-program/privacy"

POLICY = """# 「ささえるプログラム」における個人情報の取り扱いについて

ノヴェリア製薬株式会社（以下「当社」といいます）は、当社製品を処方された患者さんとそのご家族を対象とした自己注射サポートプログラム「ささえるプログラム」（以下「本プログラム」といいます）の運営にあたり、個人情報の保護に関する法律（以下「個人情報保護法」といいます）その他の関係法令を遵守し、以下のとおりお預かりする個人情報を適切に取り扱います。

## 1. 取得する個人情報

当社は、本プログラムへのお申し込みおよびご利用に際して、以下の個人情報を取得します。

- 氏名、性別、生年月日、郵便番号、住所、電話番号、メールアドレス
- 処方されている当社製品名、投与開始時期、通院先の医療機関名
- 自己注射の実施状況、体調に関するご相談内容などの健康に関する情報
- 看護師によるお電話でのサポートの記録（通話の録音を含みます）
- ご家族がお申し込みになる場合は、ご家族の氏名、続柄および連絡先

健康に関する情報は、個人情報保護法上の要配慮個人情報に該当します。当社は、お申し込みの際に表示する同意事項にご同意いただいた場合に限り、これを取得します。

## 2. 利用目的

当社は、取得した個人情報を以下の目的の範囲内で利用します。

| 利用目的 | 主な内容 |
| 本プログラムの提供 | 看護師による電話サポート、自己注射に関する資材・リマインダーの送付 |
| お問い合わせへの対応 | ご質問への回答、必要に応じた医療機関への受診のお勧め |
| 安全性情報の収集と報告 | 副作用等の情報を医薬品医療機器等法に基づき厚生労働省・独立行政法人医薬品医療機器総合機構（PMDA）へ報告 |
| 本プログラムの改善 | 統計的に処理し、個人を特定できない形での分析 |

当社は、本プログラムで取得した個人情報を、当社製品の販売促進を目的とした広告の送付には利用しません。

## 3. 副作用等の情報について

本プログラムのご利用中に、当社製品の使用との関連が疑われる症状を伺った場合、当社は法令に基づき、その内容を安全性情報として取り扱います。この場合、情報の確認のため、ご同意をいただいたうえで主治医の先生にご連絡することがあります。安全性情報は、規制当局への報告のため、当社の親会社であるAurelis Pharma AG（スイス）に提供し、当社グループの安全性データベースで管理します。

## 4. 業務の委託

当社は、利用目的の達成に必要な範囲で、個人情報の取り扱いの全部または一部を以下の委託先に委託します。委託先とは機密保持契約を締結し、適切な監督を行います。

| 委託先 | 委託する業務 |
| 株式会社メディコール・ジャパン | 看護師によるコールセンター業務 |
| 東京ロジスティクス株式会社 | 資材の発送業務 |
| セールスフォース・ジャパン株式会社 | 顧客管理システムの提供 |

## 5. 外国にある第三者への提供

当社は、上記3.に記載のとおり、安全性情報をスイスに所在する当社の親会社へ提供します。スイスは、個人情報の保護に関して欧州連合と同等の水準にあると認められている国であり、同国の連邦データ保護法が適用されます。提供先においては、当社と同等の安全管理措置が講じられています。

## 6. 第三者提供

当社は、次の場合を除き、ご本人の同意なく個人情報を第三者に提供しません。

- 法令に基づく場合
- 人の生命、身体または財産の保護のために必要がある場合であって、ご本人の同意を得ることが困難であるとき
- 国の機関もしくは地方公共団体またはその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合

## 7. 安全管理措置

当社は、個人情報への不正アクセス、紛失、改ざんおよび漏えいを防止するため、アクセス権限の管理、通信の暗号化、従業者への教育など、必要かつ適切な安全管理措置を講じます。

## 8. 保存期間

当社は、本プログラムの退会のお申し出から3年間、個人情報を保存したのち、速やかに消去します。ただし、安全性情報は、医薬品医療機器等法に基づき定められた期間保存します。

## 9. クッキー等の利用について

本プログラムのウェブサイトでは、利便性の向上およびアクセス状況の把握のため、クッキーおよび類似の技術を使用しています。これらの技術により取得する情報には、お客様の氏名など特定の個人を識別する情報は含まれません。必須でないクッキーは、画面下部の「Cookie設定」からいつでも無効にすることができます。なお、クッキーを無効にした場合、会員ページの一部機能がご利用いただけないことがあります。

## 10. 開示等のご請求

ご本人またはその代理人は、当社が保有する個人データについて、利用目的の通知、開示、内容の訂正・追加・削除、利用の停止・消去および第三者提供の停止を請求することができます。ご請求の際は、下記の窓口までご連絡ください。ご本人確認のうえ、法令に従い遅滞なく対応します。開示のご請求については、所定の手数料をいただく場合があります。

## 11. お問い合わせ窓口

@ ノヴェリア製薬株式会社　個人情報相談窓口
@ 〒103-0023　東京都中央区日本橋本町二丁目4番7号
@ 電話：0120-582-317（受付時間：平日9時〜17時30分　土日祝日・当社休日を除く）
@ メール：[privacy-jp@novelia-pharma.co.jp](mailto:privacy-jp@novelia-pharma.co.jp)

本プログラムのサポート内容に関するご質問は、ささえるプログラム事務局（0120-36-4570）までお問い合わせください。

制定日：2020年10月1日

改定日：{UPDATED}
"""


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


EDITS = [
    {"note": "processor table: Salesforce replaced by Veeva Japan",
     "repl": [("| セールスフォース・ジャパン株式会社 | 顧客管理システムの提供 |",
               "| ヴィーバ・ジャパン株式会社 | 顧客管理システムの提供 |")]},
    {"note": "retention after withdrawal 3 -> 5 years",
     "repl": [("退会のお申し出から3年間", "退会のお申し出から5年間")]},
    {"note": "new purpose row: satisfaction survey",
     "repl": [("| 本プログラムの改善 | 統計的に処理し、個人を特定できない形での分析 |",
               "| 本プログラムの改善 | 統計的に処理し、個人を特定できない形での分析 |\n| アンケートのお願い | 本プログラムに関する満足度調査のご依頼（任意） |")]},
    {"note": "contact: privacy desk phone number and hours changed",
     "repl": [("電話：0120-582-317（受付時間：平日9時〜17時30分", "電話：0120-582-390（受付時間：平日9時〜17時")]},
    {"note": "new section: LINE notifications (reminders via LINE official account)",
     "repl": [("## 3. 副作用等の情報について", "### LINE公式アカウントでのリマインダー\n\n"
               "本プログラムでは、ご希望の方に、LINE公式アカウントを通じて自己注射のリマインダーをお送りします。この場合、当社はLINEヤフー株式会社が提供するサービスを利用し、お客様のLINEユーザー識別子を本プログラムの会員情報と紐づけて管理します。健康に関する情報をLINEのメッセージで送信することはありません。\n\n"
               "## 3. 副作用等の情報について")]},
]

# (from, material code stamp)
CODES = [(dt.datetime(2000, 1, 1), "JP-NVL-SAS-0412　2022年9月作成"),
         (dt.datetime(2023, 9, 20), "JP-NVL-SAS-0412(1)　2023年9月確認"),
         (dt.datetime(2024, 9, 12), "JP-NVL-SAS-0588　2024年9月改訂"),
         (dt.datetime(2025, 9, 5), "JP-NVL-SAS-0588(1)　2025年9月確認")]

NOTICES = [
    "重要なお知らせ：年末年始（12月29日〜1月3日）は事務局の電話受付を休止します。",
    "重要なお知らせ：ゴールデンウィーク期間中（5月3日〜5月6日）は電話受付を休止します。",
    "重要なお知らせ：夏季休業（8月13日〜8月15日）の電話受付について",
    None,
]


def noise(rng, when, i, prev):
    m = when.month
    notice = 0 if m in (12, 1) else 1 if m in (4, 5) else 2 if m in (7, 8) else 3
    return {
        "token": C.alnum(rng, 92, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        "jobcode": [c for c in CODES if c[0] <= when][-1][1],
        "notice": notice,
    }


LABELS = {"token": "__RequestVerificationToken of the members' login form",
          "jobcode": "material/job code stamp inside #content (annual review)",
          "notice": "seasonal notice bar above the header"}


def render(state, blocks, when):
    title = blocks[0][1]
    secs = C.blocks_html(blocks[1:])
    nt = NOTICES[state["notice"]]
    notice = ('<div class="component alert-bar col-12"><div class="component-content"><p><a href="/patients/sasaeru-program/news">%s</a></p></div></div>'
              % html.escape(nt)) if nt else ""
    return """<!DOCTYPE html>
<!--[if IE]><![endif]-->
<html lang="ja">
<head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <title>個人情報の取り扱いについて｜ささえるプログラム｜ノヴェリア製薬</title>
    <link rel="canonical" href="%(url)s" />
    <link href="/-/media/base-themes/core-libraries/styles/optimized-min.css?rev=4ad1a9d0e1e64a3f9d7f5c3b2a6b18e0&amp;t=20220915T041022Z&amp;hash=53C2E0E1B7A61D3F2C2B4E0B8A1F9C71" rel="stylesheet" />
    <link href="/-/media/themes/novelia/patients/sasaeru/styles/pre-optimized-min.css?rev=7f1e0c9a54b34d21a8c3be1d4f6e2a90&amp;t=20240311T013355Z&amp;hash=0E5B9D2C7A1F4E3B6C8D0A2F5E7B9C14" rel="stylesheet" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="ささえるプログラムにおける個人情報の取り扱いについてご説明します。" />
    <meta name="robots" content="noindex, nofollow" />
    <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="6b41e2d0-8c77-4a9f-b1d3-2e90c5a7f318-jp"></script>
    <script src="//assets.adobedtm.com/8f2a0b3c9d41/1e7c5d9a2b6f/launch-5c2e8f1a9b3d.min.js" async></script>
</head>
<body class="default-device bodyclass">
<div id="wrapper">
    <header>
        <div id="header" class="container">
            <div class="row">
%(notice)s
<div class="component image col-6 col-md-3 logo"><div class="component-content"><a title="ささえるプログラム" href="/patients/sasaeru-program"><img src="/-/media/project/novelia/patients/sasaeru/logo-sasaeru.png?h=48&amp;iar=0&amp;w=180&amp;hash=9C0E2F5A7B1D3E4F6A8B0C2D4E6F8A1B" alt="ささえるプログラム" width="180" height="48" /></a></div></div>
<div class="component navigation col-12 col-md-6 navigation-main navigation-main-horizontal"><div class="component-content"><nav><ul class="clearfix">
<li class="level1 item0 odd first rel-level1"><div class="navigation-title field-navigationtitle"><a title="プログラムについて" href="/patients/sasaeru-program/about">プログラムについて</a></div></li>
<li class="level1 item1 even rel-level1"><div class="navigation-title field-navigationtitle"><a title="自己注射の方法" href="/patients/sasaeru-program/self-injection">自己注射の方法</a></div></li>
<li class="level1 item2 odd rel-level1"><div class="navigation-title field-navigationtitle"><a title="よくあるご質問" href="/patients/sasaeru-program/faq">よくあるご質問</a></div></li>
<li class="level1 item3 even last rel-level1"><div class="navigation-title field-navigationtitle"><a title="お申し込み" href="/patients/sasaeru-program/apply">お申し込み</a></div></li>
</ul></nav></div></div>
<div class="component login col-12 col-md-3"><div class="component-content">
<form action="/patients/sasaeru-program/privacy" method="post"><input name="__RequestVerificationToken" type="hidden" value="%(token)s" /><input id="fxb_login_Id" name="fxb.login.Id" type="hidden" value="a7d2c9e1-40f3-4b8e-9c15-7e0f2b6d3a94" />
<label for="login_member">会員番号</label><input id="login_member" name="member" type="text" autocomplete="username" /><label for="login_pw">パスワード</label><input id="login_pw" name="password" type="password" autocomplete="current-password" /><button type="submit" class="btn btn-primary">会員ログイン</button></form>
</div></div>
            </div>
        </div>
    </header>
    <main>
        <div class="container breadcrumb-container"><div class="component breadcrumb navigation-title"><div class="component-content"><nav><ol>
<li class="breadcrumb-item home"><div class="navigation-title field-navigationtitle"><a title="ホーム" href="/patients/sasaeru-program">ホーム</a></div><span class="separator">&gt;</span></li>
<li class="breadcrumb-item last"><div class="navigation-title field-navigationtitle"><a title="個人情報の取り扱いについて" href="/patients/sasaeru-program/privacy">個人情報の取り扱いについて</a></div></li>
</ol></nav></div></div></div>
        <div id="content" class="container">
            <div class="row">
<div class="component title col-12"><div class="component-content"><h1 class="field-title">%(title)s</h1></div></div>
<div class="component rich-text col-12 privacy-text"><div class="component-content">
%(secs)s
</div></div>
<div class="component rich-text col-12 material-code text-right"><div class="component-content">
<p>%(jobcode)s</p>
</div></div>
            </div>
        </div>
    </main>
    <footer>
        <div id="footer" class="container">
            <div class="row">
<div class="component rich-text col-12 ae-box"><div class="component-content"><p><strong>副作用が疑われる症状があらわれた場合は、すぐに主治医の先生にご相談ください。</strong>当社製品の副作用に関するご報告は、ノヴェリア製薬 くすり相談室（0120-58-2310、平日9時〜17時30分）でも承っています。</p></div></div>
<div class="component link-list col-12 footer-links"><div class="component-content"><ul>
<li class="item0 odd first"><div class="field-link"><a href="/patients/sasaeru-program/terms">ご利用規約</a></div></li>
<li class="item1 even"><div class="field-link"><a href="/patients/sasaeru-program/privacy">個人情報の取り扱いについて</a></div></li>
<li class="item2 odd"><div class="field-link"><a href="https://www.novelia-pharma.co.jp/privacy">ノヴェリア製薬 個人情報保護方針</a></div></li>
<li class="item3 even last"><div class="field-link"><a href="#" class="ot-sdk-show-settings">Cookie設定</a></div></li>
</ul></div></div>
<div class="component plain-html col-12"><div class="component-content"><p class="copyright">Copyright © %(year)d Novelia Pharma K.K. All rights reserved.</p></div></div>
            </div>
        </div>
    </footer>
</div>
<script src="/-/media/base-themes/core-libraries/scripts/optimized-min.js?rev=9a2c1e0b7d3f48e6a5b4c2d1e0f9a8b7&amp;t=20220915T041022Z&amp;hash=4F1C6E2A9B0D3E7F5A8C1B4D6E9F2A0C"></script>
<script src="/-/media/themes/novelia/patients/sasaeru/scripts/pre-optimized-min.js?rev=2d5e8a1c0b9f47e3a6c4d2b1e0f8a7c6&amp;t=20240311T013355Z&amp;hash=B8A3D1F6C0E2947A5D3C1B0F8E6A4D29"></script>
<script type="text/javascript">if (typeof _satellite !== "undefined") { _satellite.pageBottom(); }</script>
</body>
</html>
""" % {"url": URL, "notice": notice, "token": state["token"], "title": html.escape(title), "secs": secs,
       "jobcode": html.escape(state["jobcode"]), "year": when.year}


PAGE = {
    "service": "Novelia Sasaeru Program",
    "url": URL,
    "lang": "ja-JP",
    "platform": "Sitecore XP 10.2 with SXA (Bootstrap 4 grid), Sitecore Forms login, OneTrust, Adobe Launch",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET"),
                      ("Set-Cookie", "ASP.NET_SessionId=; path=/; secure; HttpOnly; SameSite=Lax")),
    "n": 30,
    "start": dt.date(2022, 11, 1),
    "end": dt.date(2025, 11, 20),
    "hours": (15, 21),
    "policy": POLICY,
    "first_updated": dt.date(2022, 9, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#content", "remove": ".material-code"},
}
