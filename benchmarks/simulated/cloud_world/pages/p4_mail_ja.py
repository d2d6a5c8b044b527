"""ミライメール (Japanese business e-mail provider, 株式会社ミライネット): a Hugo static site (goldmark, heading ids
in Japanese, fingerprinted CSS/JS with SRI). Noise: the header's 障害・メンテナンス情報 ticker (latest notices from
the status page, sticky), the CSS/JS fingerprints and a deploy comment per deploy, a campaign banner ("初期費用
0円キャンペーン") under the global navigation. Policy in article.p-policy__body; the dates at its bottom."""
import datetime as dt
import hashlib
import re

import common as C

URL = "https://www.miraimail.jp/privacy/"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """株式会社ミライネット（以下「当社」といいます。）は、法人向け電子メールサービス「ミライメール」その他当社が提供するサービス（以下「本サービス」といいます。）における個人情報の取扱いについて、個人情報の保護に関する法律（以下「個人情報保護法」といいます。）及び電気通信事業法を遵守し、以下のとおりプライバシーポリシーを定めます。

## 第1条（事業者情報）

@ 株式会社ミライネット
@ 〒530-0001 大阪府大阪市北区梅田二丁目4番9号 ブリーゼタワー12階
@ 代表取締役 高橋 健一

## 第2条（取得する情報）

当社は、本サービスの提供にあたり、以下の情報を取得します。

- 契約者情報：会社名、部署名、担当者の氏名、住所、電話番号、メールアドレス
- 請求に関する情報：請求先、支払方法、銀行口座情報（クレジットカード番号は決済代行会社が保持し、当社は保持しません）
- 利用者情報：本サービスのメールアカウント名、表示名、管理画面へのログイン履歴
- 通信に関する情報：送受信日時、送信元及び宛先のメールアドレス、IPアドレス、メッセージID、送受信サイズ
- お問い合わせの内容及び対応履歴

## 第3条（通信の秘密）

当社は、電気通信事業者として、電気通信事業法第4条に定める通信の秘密を厳守します。メール本文及び添付ファイルの内容を、法令に基づく場合を除き、閲覧、利用又は第三者に提供することはありません。

ただし、迷惑メール及びウイルスの検知のため、送受信されるメールを機械的に解析することがあります。この解析は自動的に行われ、当社の従業員が内容を閲覧することはありません。利用者は、管理画面から迷惑メールフィルタの設定を変更することができます。

## 第4条（利用目的）

当社は、取得した個人情報を以下の目的で利用します。

- 本サービスの提供、運用及び保守のため
- 料金の請求及び収納のため
- 本人確認及び不正利用の防止のため
- 障害、メンテナンス等の重要なお知らせの通知のため
- お問い合わせへの対応のため
- 新サービス、キャンペーン等のご案内のため（配信停止はいつでも可能です）
- 個人を特定できない形式に加工した統計データの作成のため

## 第5条（保存期間）

| 情報の種類 | 保存期間 |
| 契約者情報 | 契約終了後5年間 |
| 送受信ログ | 90日間 |
| 管理画面のログイン履歴 | 1年間 |
| お問い合わせ履歴 | 対応完了後3年間 |

解約後のメールボックスのデータは、解約日から30日経過後に復元できない方法で削除します。

## 第6条（第三者提供）

当社は、次に掲げる場合を除き、あらかじめ本人の同意を得ることなく、個人情報を第三者に提供しません。

- 法令に基づく場合
- 人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき
- 国の機関若しくは地方公共団体又はその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合

## 第7条（業務委託及び外国にある第三者）

当社は、利用目的の達成に必要な範囲で、個人情報の取扱いの全部又は一部を委託することがあります。この場合、委託先を適切に選定し、必要かつ適切な監督を行います。外国にある委託先は以下のとおりです。

| 委託先 | 委託内容 | 所在国 |
| Zendesk, Inc. | お問い合わせ管理 | 米国 |
| Stripe, Inc. | クレジットカード決済 | 米国 |

米国の個人情報保護制度については、個人情報保護委員会のウェブサイトをご参照ください。当社は、委託先との契約により、個人情報保護法に基づく措置に相当する措置を講じさせています。

## 第8条（安全管理措置）

当社は、個人情報の漏えい、滅失又は毀損の防止のため、以下の措置を講じています。

- 個人情報の取扱いに関する規程を策定し、従業員に定期的な研修を実施しています。
- メールサーバーは国内の2拠点のデータセンター（大阪・東京）で運用しています。
- 管理画面及び通信経路はTLSにより暗号化しています。
- 保守作業へのアクセスは多要素認証及び権限管理により制限しています。

## 第9条（開示等の請求）

本人は、当社に対し、個人情報保護法の定めに従い、保有個人データの開示、訂正、追加、削除、利用停止、消去及び第三者提供の停止を請求することができます。請求の方法は、下記のお問い合わせ窓口までご連絡ください。開示の請求については、1件につき1,000円の手数料をいただきます。

## 第10条（Cookie等の利用）

当社のウェブサイトでは、利便性の向上及びアクセス解析のため、Cookieを使用しています。アクセス解析にはGoogle アナリティクスを利用しており、Googleによるデータの取扱いについては同社のポリシーをご確認ください。ブラウザの設定によりCookieを無効にすることができます。

## 第11条（お問い合わせ窓口）

@ 株式会社ミライネット 個人情報保護窓口
@ 電話：06-6343-7710（平日10:00〜17:00）
@ メール：privacy@miraimail.jp

## 第12条（改定）

当社は、法令の改正等に応じて本ポリシーを改定することがあります。改定後の本ポリシーは、当社ウェブサイトに掲載した時点から効力を生じます。

制定日：2016年4月1日

最終改定日：{UPDATED}

以上"""

EDITS = [
    {"note": "send/receive log retention 90 days -> 180 days",
     "repl": [("| 送受信ログ | 90日間 |", "| 送受信ログ | 180日間 |")]},
    {"note": "foreign processor added (SendGrid / Twilio) to the table",
     "repl": [("| Stripe, Inc. | クレジットカード決済 | 米国 |",
               "| Stripe, Inc. | クレジットカード決済 | 米国 |\n| Twilio Inc.（SendGrid） | お知らせメールの配信 | 米国 |")]},
    {"note": "phone number of the privacy desk changed",
     "repl": [("@ 電話：06-6343-7710（平日10:00〜17:00）", "@ 電話：0120-390-144（平日10:00〜18:00）")]},
    {"note": "wording fix ご参照ください -> ご確認ください (no date change)", "bump": False,
     "repl": [("個人情報保護委員会のウェブサイトをご参照ください", "個人情報保護委員会のウェブサイトをご確認ください")]},
    {"note": "sentence added on attachment-to-download-link conversion (section 3)",
     "repl": [("利用者は、管理画面から迷惑メールフィルタの設定を変更することができます。",
               "利用者は、管理画面から迷惑メールフィルタの設定を変更することができます。また、添付ファイル自動ダウンロードリンク化機能を有効にした場合、添付ファイルは当社のサーバーに一時的に保存され、7日後に自動的に削除されます。")]},
    {"note": "data centres: Tokyo replaced by Ishikari (word changed)",
     "repl": [("国内の2拠点のデータセンター（大阪・東京）", "国内の2拠点のデータセンター（大阪・石狩）")]},
]

NOTICES = [
    ("maint", "【メンテナンス】%s 2:00〜5:00 メールサーバー（mx%d）の定期メンテナンスを実施します"),
    ("maint", "【メンテナンス】%s 1:00〜4:00 Webメールのバージョンアップを実施します"),
    ("incident", "【障害】%s 一部のお客様でメール受信が遅延しておりました（復旧済み）"),
    ("incident", "【障害】%s 管理画面にログインしにくい事象が発生しておりました（復旧済み）"),
    ("info", "【お知らせ】%s Gmail送信者ガイドラインへの対応について"),
    ("info", "【お知らせ】%s 迷惑メールフィルタの判定精度を向上しました"),
]

CAMPAIGNS = [None, "初期費用0円キャンペーン実施中！ %d月末まで", "乗り換えで最大3か月無料 %d月末まで",
             "新プラン「ビジネスPro」登場記念 初月無料 %d月末まで"]


def noise(rng, when, i, prev):
    prev = prev or {}

    def mk_notices():
        out = []
        for k in range(3):
            d = when.date() - dt.timedelta(days=rng.randint(0, 8) + 9 * k)
            kind, t = rng.choice(NOTICES)
            dd = "%d年%d月%d日" % (d.year, d.month, d.day)
            out.append((kind, (t % (dd, rng.randint(1, 6))) if "%d" in t else t % dd))
        return out
    return {
        "notices": C.keep_or(rng, prev.get("notices"), 0.6, mk_notices),
        "deploy": C.keep_or(rng, prev.get("deploy"), 0.5, lambda: C.iso(when - dt.timedelta(hours=rng.randint(2, 200)))),
        "camp": C.keep_or(rng, prev.get("camp"), 0.3, lambda: rng.randrange(len(CAMPAIGNS))),
        "cf": C.hexs(rng, 16),
    }


LABELS = {"notices": "障害・メンテナンス情報 ticker in the header", "deploy": "Hugo deploy (fingerprints, comment)",
          "camp": "campaign banner under the navigation", "cf": "Cloudflare challenge-platform ray id"}


def _anchor(t):
    return re.sub(r"[（）\s]", "", t)


def _block(b):
    if b[0] == "h2":
        return '<h2 id="%s">%s</h2>' % (_anchor(b[1]), C.inline_html(b[1]))
    return C.block_html(b)


def render(s, blocks, when):
    dep = s["deploy"]
    css = hashlib.sha256(("css" + dep).encode()).hexdigest()
    js = hashlib.sha256(("js" + dep).encode()).hexdigest()
    body = "\n".join(_block(b) for b in blocks)
    tick = "\n".join('<li class="p-ticker__item p-ticker__item--%s"><a href="https://status.miraimail.jp/">%s</a></li>' % (k, t)
                     for k, t in s["notices"])
    c = CAMPAIGNS[s["camp"]]
    camp = ('<div class="c-campaignBar"><a href="/campaign/">%s</a></div>' % (c % when.month)) if c else ""
    return """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Hugo 0.%(hv)s">
<title>プライバシーポリシー | ミライメール - 法人向けメールサービス</title>
<meta name="description" content="株式会社ミライネットのプライバシーポリシーです。">
<meta property="og:title" content="プライバシーポリシー">
<meta property="og:url" content="%(url)s">
<link rel="canonical" href="%(url)s">
<link rel="stylesheet" href="/css/main.min.%(css)s.css" integrity="sha256-%(cssi)s" crossorigin="anonymous">
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7Q2KX1M0PB"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-7Q2KX1M0PB');</script>
</head>
<body class="l-body page-privacy">
<!-- deployed %(dep)s -->
<header class="l-header">
  <div class="l-header__inner">
    <p class="l-header__logo"><a href="/"><img src="/images/logo.svg" alt="ミライメール" width="180" height="36"></a></p>
    <nav class="p-gnav" aria-label="グローバルナビゲーション">
      <ul class="p-gnav__list">
        <li class="p-gnav__item"><a href="/service/">サービス</a></li>
        <li class="p-gnav__item"><a href="/price/">料金プラン</a></li>
        <li class="p-gnav__item"><a href="/security/">セキュリティ</a></li>
        <li class="p-gnav__item"><a href="/case/">導入事例</a></li>
        <li class="p-gnav__item"><a href="https://support.miraimail.jp/">サポート</a></li>
      </ul>
    </nav>
    <div class="l-header__cta"><a class="c-btn c-btn--primary" href="/trial/">無料で試す</a><a class="c-btn c-btn--ghost" href="/contact/">お問い合わせ</a></div>
  </div>
  <div class="p-ticker" role="region" aria-label="障害・メンテナンス情報">
    <p class="p-ticker__label">障害・メンテナンス情報</p>
    <ul class="p-ticker__list">
%(tick)s
    </ul>
  </div>
  %(camp)s
</header>
<main class="l-main">
  <div class="p-pageHeader">
    <nav class="c-breadcrumb" aria-label="パンくずリスト"><ol><li><a href="/">ホーム</a></li><li aria-current="page">プライバシーポリシー</li></ol></nav>
    <h1 class="p-pageHeader__title">プライバシーポリシー</h1>
  </div>
  <div class="l-container">
    <article class="p-policy__body">
%(body)s
    </article>
    <aside class="p-policy__related">
      <h2 class="c-heading">関連ページ</h2>
      <ul><li><a href="/terms/">利用規約</a></li><li><a href="/security/policy/">情報セキュリティ基本方針</a></li><li><a href="/tokushoho/">特定商取引法に基づく表記</a></li></ul>
    </aside>
  </div>
</main>
<footer class="l-footer">
  <div class="l-footer__inner">
    <ul class="l-footer__nav"><li><a href="/company/">会社概要</a></li><li><a href="/privacy/">プライバシーポリシー</a></li><li><a href="/terms/">利用規約</a></li><li><a href="https://status.miraimail.jp/">稼働状況</a></li></ul>
    <p class="l-footer__isms"><img src="/images/isms.png" alt="ISMS認証取得 IS 712345" width="120" height="60"></p>
    <small class="l-footer__copy">&copy; %(year)d MiraiNet Inc.</small>
  </div>
  <a href="#top" class="c-pagetop" aria-label="ページ上部へ">ページ上部へ</a>
</footer>
<script src="/js/bundle.min.%(js)s.js" integrity="sha256-%(jsi)s" crossorigin="anonymous" defer></script>
<script defer src="https://static.cloudflareinsights.com/beacon.min.js" data-cf-beacon='{"token": "3f9c1d2e8a7b4c6d9e0f1a2b3c4d5e6f"}'></script>
<script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;if(b){var d=b.createElement('script');d.innerHTML="window.__CF$cv$params={r:'%(cf)s',t:'%(cft)s'};var a=document.createElement('script');a.nonce='';a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';document.getElementsByTagName('head')[0].appendChild(a);";b.getElementsByTagName('head')[0].appendChild(d)}}var a=document.createElement('iframe');a.height=1;a.width=1;a.style.position='absolute';a.style.top=0;a.style.left=0;a.style.border='none';a.style.visibility='hidden';document.body.appendChild(a);c()})();</script>
</body>
</html>
""" % dict(hv="111.3" if when.year < 2024 else "123.7", url=URL, css=css, cssi=C.b64tok(__import__("random").Random(css), 32),
           js=js, jsi=C.b64tok(__import__("random").Random(js), 32), dep=dep, tick=tick, camp=camp, body=body,
           year=when.year, cf=s["cf"], cft=__import__("base64").b64encode(("%d.000000" % C.epoch(when)).encode()).decode())


PAGE = {
    "service": "MiraiMail",
    "url": URL,
    "lang": "ja",
    "platform": "Hugo static site (goldmark), Cloudflare",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "cloudflare"), ("Cache-Control", "public, max-age=600")],
    "n": 30,
    "start": dt.date(2021, 10, 1),
    "end": dt.date(2025, 2, 28),
    "hours": (15, 21),
    "policy": POLICY,
    "first_updated": dt.date(2021, 6, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".p-policy__body"},
}
