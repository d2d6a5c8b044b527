"""shasha (写々) - ja - photo-sharing app whose web version is Flutter web; the host (Cloud Run) injects a
server-rendered fallback for crawlers and no-JS visitors, which the Flutter app removes when it boots.

Until June 2024 the fallback is `<div id="seo-fallback">` with the policy in `<main class="legal">` (an "open in the
app" box inside it), beside a "人気の写真" grid (likes in 万, relative times "3時間前"); the bootstrap is the
classic index.html (`const serviceWorkerVersion = "..."`, `_flutter.loader.loadEntrypoint`). With Flutter 3.22 the
site moved to an inlined flutter_bootstrap.js (`_flutter.buildConfig` with the engine revision) and a new fallback
template: `<section id="ssr-root">`, the policy in `article.ssr-legal` with a "関連する規約" box inside; the
selector changes, hence a history. Every response carries a request id and a smart-app-banner argument with
a per-visit referral token; the Japanese dates are in the Reiwa era."""
import datetime as dt
import html
import json

import common as C

URL = "https://shasha.jp/legal/privacy"
REDESIGN = dt.datetime(2024, 6, 10)


def fmt_date(d):
    y = d.year - 2018
    return "令和%s年%d月%d日" % ("元" if y == 1 else str(y), d.month, d.day)


POLICY = """
# プライバシーポリシー

最終改定日：{UPDATED}

株式会社シャシャ（以下「当社」といいます。）は、写真共有サービス「shasha」（以下「本サービス」といいます。）における利用者の個人情報の取扱いについて、以下のとおりプライバシーポリシーを定めます。

## 第1条（取得する情報）

当社は、本サービスの提供にあたり、次の情報を取得します。

- 氏名、ニックネーム、メールアドレス、生年月日などの登録情報
- 投稿された写真、キャプション、コメント、いいね、フォロー関係
- 端末情報、OSのバージョン、IPアドレス、Cookie、広告識別子などの利用状況に関する情報

投稿写真に含まれる位置情報（Exif）は、公開前に自動で削除されます。

## 第2条（利用目的）

当社は、取得した情報を、本サービスの提供および本人確認、お問い合わせへの対応、不正利用の防止、サービスの改善および新機能の開発、ならびに利用者の同意を得た場合の広告配信のために利用します。

## 第3条（第三者提供）

当社は、法令に基づく場合を除き、あらかじめ利用者の同意を得ることなく、個人情報を第三者に提供しません。

## 第4条（外部送信について）

本サービスでは、電気通信事業法に基づき、利用者の端末から以下の外部事業者へ情報が送信されることを公表します。

| 送信先 | 送信される情報 | 利用目的 |
| Google LLC（Google Analytics） | 閲覧ページ、端末情報、Cookie ID | 利用状況の分析 |
| Meta Platforms, Inc. | 広告識別子、イベント情報 | 広告効果の測定 |

## 第5条（保存期間）

当社は、利用者が退会した場合、退会日から90日を経過した後に登録情報および投稿写真を削除します。ただし、法令により保存が義務付けられている情報を除きます。

## 第6条（お問い合わせ窓口）

@ 株式会社シャシャ 個人情報お問い合わせ窓口
@ 〒150-0002 東京都渋谷区渋谷2丁目24番12号
@ メール：[privacy@shasha.jp](mailto:privacy@shasha.jp)
"""

EDITS = [
    {"note": "external-transmission table: new row Firebase Crashlytics",
     "repl": [("| Meta Platforms, Inc. |", "| Google LLC（Firebase Crashlytics） | 端末情報、クラッシュログ | アプリの不具合の解析 |\n| Meta Platforms, Inc. |")]},
    {"note": "Exif sentence reworded (location kept privately for the map feature), date left", "bump": False,
     "repl": [("投稿写真に含まれる位置情報（Exif）は、公開前に自動で削除されます。",
               "投稿写真に含まれる位置情報（Exif）は、公開される写真からは自動で削除されます。ただし、利用者が「マップ」機能を有効にした場合に限り、撮影地点を非公開で保存します。")]},
    {"note": "retention after account deletion shortened from 90 to 30 days",
     "repl": [("退会日から90日を経過した後に", "退会日から30日を経過した後に")]},
    {"note": "new article on pseudonymised information inserted after article 3 (renumbering)",
     "repl": [("## 第4条（外部送信について）", "## 第4条（仮名加工情報の取扱い）\n\n当社は、サービスの改善を目的として、個人情報を加工して仮名加工情報を作成し、社内で利用することがあります。仮名加工情報は第三者に提供しません。\n\n## 第5条（外部送信について）"),
              ("## 第5条（保存期間）", "## 第6条（保存期間）"), ("## 第6条（お問い合わせ窓口）", "## 第7条（お問い合わせ窓口）")]},
    {"note": "contact desk moved (new office address)",
     "repl": [("@ 〒150-0002 東京都渋谷区渋谷2丁目24番12号", "@ 〒141-0031 東京都品川区西五反田7丁目20番9号")]},
]

PHOTOGRAPHERS = ["hana.film", "kyoto_walker", "sora_photo", "tetsu.snap", "mio_35mm", "shiba_daily", "yuki.landscape",
                 "nagisa.cam", "ramen_log", "kaito.street"]
TITLES = ["夕暮れの鎌倉", "雨の日の渋谷", "桜と猫", "北海道の冬景色", "京都・伏見稲荷", "夜の新宿ゴールデン街", "瀬戸内の朝",
          "富士山と湖", "昭和レトロ喫茶", "紅葉の奥入瀬渓流"]
FLUTTER = [(dt.datetime(2021, 9, 8), "2.2.3", "f4abaa0735eba4dfd8f33f73363911d63931fe03"),
           (dt.datetime(2022, 5, 11), "2.10.5", "57d3bac3dd5cb5b0e464ab70e7bc8a0d8cf083ab"),
           (dt.datetime(2023, 1, 25), "3.3.10", "3316dd8728419ad3534e3f6112aa6291f587078a"),
           (dt.datetime(2023, 11, 15), "3.10.6", "cdbeda788a293fa29665dc3fa3d6e63bd221cb0d"),
           (dt.datetime(2024, 6, 10), "3.16.9", "bae5e49bc2a867403c43b2aae2de8f8c33b037e4"),
           (dt.datetime(2025, 2, 12), "3.22.3", "55eae6864b296dd9f43b2cc7577ec256e5c32a8d"),
           (dt.datetime(2099, 1, 1), "3.27.4", "cb4b5fff73850b2e42bd4de7cb9a4310a78ac40d")]


def man(n):
    return ("%.1f万" % (n / 10000.0)).replace(".0万", "万") if n >= 10000 else "{:,}".format(n)


def ago(m):
    if m < 60:
        return "%d分前" % m
    if m < 1440:
        return "%d時間前" % (m // 60)
    return "%d日前" % (m // 1440)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    fl = next(f for f in FLUTTER if when < f[0])
    s["flutter"] = (fl[1], fl[2])
    s["build"] = C.keep_or(rng, prev.get("build") if prev.get("flutter") == s["flutter"] else None, 0.4,
                           lambda: (str(rng.randint(10 ** 9, 4 * 10 ** 9)), C.hexs(rng, 8)))
    s["request"] = (C.hexs(rng, 32), C.alnum(rng, 22))
    s["popular"] = tuple((rng.randrange(len(TITLES)), rng.randrange(len(PHOTOGRAPHERS)), rng.randint(800, 64000),
                          rng.randint(3, 4000)) for _ in range(6))
    s["template"] = "v2" if when >= REDESIGN else "v1"
    s["campaign"] = C.keep_or(rng, prev.get("campaign"), 0.3, lambda: rng.choice(["フォトコンテスト「わたしの街」開催中", "新機能：フィルム風フィルター", "アプリ版は広告なしで快適", None]))
    return s


LABELS = {
    "flutter": "Flutter upgrade (engine revision, bootstrap)",
    "build": "web build (serviceWorkerVersion, main.dart.js cache-buster)",
    "request": "per-request id and smart-app-banner referral token",
    "popular": "'人気の写真' grid (likes, relative times)",
    "template": "fallback template rewritten with Flutter 3.22 (selector changes: history)",
    "campaign": "campaign ribbon in the fallback header",
}


def legal_html(blocks):
    out = []
    for kind, v in blocks:
        if kind == "addr":
            out.append('<address class="contact">%s</address>' % "<br>".join(C.inline_html(x) for x in v))
        elif kind == "table":
            out.append('<div class="table-wrap">%s</div>' % C.block_html((kind, v)))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


def render(s, blocks, when):
    ver, engine = s["flutter"]
    swv, cb = s["build"]
    req, ref = s["request"]
    body = legal_html(blocks)
    photos = "\n".join('<li class="photo"><a href="/p/%s"><img src="https://img.shasha.jp/t/%s.webp" alt="%s" loading="lazy" width="240" height="240"></a>'
                       '<p class="photo__meta"><span class="photo__user">@%s</span><span class="photo__likes">♥ %s</span><time>%s</time></p></li>'
                       % (C.det_sha("p", t, u)[:10], C.det_sha("img", t, u)[:16], html.escape(TITLES[t]), PHOTOGRAPHERS[u], man(lk), ago(mins))
                       for t, u, lk, mins in s["popular"])
    camp = s["campaign"]
    ribbon = ('<p class="ribbon"><a href="/campaign">%s</a></p>' % html.escape(camp)) if camp else ""
    state = json.dumps({"route": "/legal/privacy", "requestId": req, "locale": "ja-JP", "flutter": ver}, separators=(",", ":"))
    if s["template"] == "v1":
        fallback = """<div id="seo-fallback" aria-hidden="false">
<header class="fb-header"><a href="/" class="fb-logo"><img src="/assets/assets/images/logo.png" alt="shasha"></a>%(ribbon)s
<nav><a href="/explore">見つける</a> <a href="/login">ログイン</a> <a href="/signup">新規登録</a></nav></header>
<main class="legal">
<div class="app-cta"><p>shashaはアプリでもっと快適に。</p><a href="https://apps.apple.com/jp/app/shasha/id1488990123"><img src="/assets/assets/images/badge_appstore.svg" alt="App Storeからダウンロード"></a> <a href="https://play.google.com/store/apps/details?id=jp.shasha.app"><img src="/assets/assets/images/badge_googleplay.png" alt="Google Playで手に入れよう"></a></div>
%(body)s
</main>
<section class="popular"><h2>人気の写真</h2><ul class="photo-grid">
%(photos)s
</ul></section>
<footer class="fb-footer"><a href="/legal/terms">利用規約</a> <a href="/legal/privacy">プライバシーポリシー</a> <a href="/legal/tokushoho">特定商取引法に基づく表記</a><small>&copy; %(year)d Shasha Inc.</small></footer>
</div>""" % {"ribbon": ribbon, "body": body, "photos": photos, "year": when.year}
        boot = """<script>
    // The value below is injected by flutter build, do not touch.
    const serviceWorkerVersion = "%(swv)s";
  </script>
  <!-- This script adds the flutter initialization JS code -->
  <script src="flutter.js" defer></script>""" % {"swv": swv}
        run = """<script>
    window.addEventListener('load', function(ev) {
      // Download main.dart.js
      _flutter.loader.loadEntrypoint({
        serviceWorker: {
          serviceWorkerVersion: serviceWorkerVersion,
        },
        entrypointUrl: "main.dart.js?v=%(cb)s",
        onEntrypointLoaded: function(engineInitializer) {
          engineInitializer.initializeEngine().then(function(appRunner) {
            document.getElementById('seo-fallback').remove();
            appRunner.runApp();
          });
        }
      });
    });
  </script>""" % {"cb": cb}
    else:
        fallback = """<section id="ssr-root" class="ssr" lang="ja">
<nav class="ssr-nav"><a href="/" class="ssr-nav__logo"><img src="/assets/assets/images/logo_2024.svg" alt="shasha"></a><a href="/explore">見つける</a><a href="/login" class="ssr-nav__login">ログイン</a></nav>
%(ribbon)s
<div class="ssr-columns">
<article class="ssr-legal">
%(body)s
<aside class="ssr-legal__related"><h2>関連する規約</h2><ul><li><a href="/legal/terms">利用規約</a></li><li><a href="/legal/community">コミュニティガイドライン</a></li><li><a href="/legal/cookie">Cookieポリシー</a></li></ul></aside>
</article>
<aside class="ssr-popular"><h2>人気の写真</h2><ul class="ssr-popular__grid">
%(photos)s
</ul></aside>
</div>
<footer class="ssr-footer"><small>&copy; %(year)d Shasha Inc.</small></footer>
</section>""" % {"ribbon": ribbon, "body": body, "photos": photos, "year": when.year}
        boot = ""
        run = """<script>
(()=>{var _flutter=window._flutter||(window._flutter={});
_flutter.buildConfig = {"engineRevision":"%(engine)s","builds":[{"compileTarget":"dart2js","renderer":"canvaskit","mainJsPath":"main.dart.js"}]};
_flutter.loader.load({
  serviceWorkerSettings: {
    serviceWorkerVersion: "%(swv)s"
  },
  onEntrypointLoaded: async function(engineInitializer) {
    const appRunner = await engineInitializer.initializeEngine();
    document.getElementById('ssr-root').remove();
    await appRunner.runApp();
  }
});})();
</script>""" % {"engine": engine, "swv": swv}
    return """<!DOCTYPE html>
<html lang="ja">
<head>
  <base href="/">
  <meta charset="UTF-8">
  <meta content="IE=Edge" http-equiv="X-UA-Compatible">
  <meta name="description" content="写真でつながる、shasha。">
  <meta name="apple-itunes-app" content="app-id=1488990123, app-argument=shasha://legal/privacy?ref=%(ref)s">
  <meta name="apple-mobile-web-app-capable" content="yes">
  <meta name="apple-mobile-web-app-status-bar-style" content="black">
  <meta name="apple-mobile-web-app-title" content="shasha">
  <link rel="apple-touch-icon" href="icons/Icon-192.png">
  <link rel="icon" type="image/png" href="favicon.png"/>
  <title>プライバシーポリシー | shasha</title>
  <link rel="manifest" href="manifest.json">
  <link rel="stylesheet" href="/ssr/fallback.css?v=%(cb)s">
  <script>window.__SSR_STATE__ = %(state)s;</script>
  %(boot)s
</head>
<body>
  <div id="loading"><img src="splash/img/light-2x.png" alt=""></div>
%(fallback)s
  %(run)s
</body>
</html>
""" % {"ref": ref, "cb": cb, "state": state, "boot": boot, "fallback": fallback, "run": run}


PAGE = {
    "service": "shasha", "url": URL, "lang": "ja", "platform": "Flutter web + server-rendered fallback (Cloud Run)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("cache-control", "private, max-age=0"), ("server", "Google Frontend")),
    "n": 31, "start": dt.date(2021, 2, 1), "end": dt.date(2026, 5, 31),
    "policy": POLICY, "first_updated": dt.date(2020, 4, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#ssr-root article.ssr-legal"], "remove": [".ssr-legal__related"]},
    "history": [{"fetch": URL, "select": ["#seo-fallback main.legal"], "remove": [".app-cta"],
                 "validUntil": "2024-06-10T00:00:00Z"}],
}
