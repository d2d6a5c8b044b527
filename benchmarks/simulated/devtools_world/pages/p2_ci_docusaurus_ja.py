"""Kumo CI (株式会社クモビルド) - ja - Docusaurus (2.0 beta -> 2.4 -> 3.x), regional <Tabs> with hidden panels,
announcement bar, "最終更新 ... 作成者" footer, Cloudflare per-request beacon parameters."""
import base64
import datetime as dt
import html
import re
import common as C

URL = "https://docs.kumoci.jp/legal/privacy-policy"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# プライバシーポリシー

制定日：2020年4月1日 ／ 最終改定日：{UPDATED}

株式会社クモビルド（以下「当社」といいます。）は、継続的インテグレーションサービス「Kumo CI」（以下「本サービス」といいます。）における利用者の個人情報の取扱いについて、個人情報の保護に関する法律その他の関係法令を遵守し、以下のとおりプライバシーポリシーを定めます。

## 1. 取得する情報

当社は、本サービスの提供にあたり、次の情報を取得します。

- アカウント情報：氏名、メールアドレス、GitHub または GitLab のユーザー名および公開プロフィール
- 請求情報：請求先の会社名、住所、担当者名（クレジットカード番号は決済代行会社が取得し、当社は保持しません）
- ビルド情報：リポジトリ名、コミットハッシュ、コミット作成者のメールアドレス、ビルドログおよび成果物
- 利用状況：IP アドレス、ブラウザの種類、アクセス日時、ダッシュボードの操作履歴

## 2. 利用目的

当社は、取得した個人情報を次の目的で利用します。

- 本サービスの提供、本人確認およびサポート対応のため
- 利用料金の請求のため
- 不正利用の検知および防止のため
- 本サービスの改善のため
- 新機能、メンテナンス等に関するお知らせのため

## 3. 第三者提供

当社は、法令に基づく場合を除き、あらかじめ本人の同意を得ることなく個人情報を第三者に提供しません。ただし、利用目的の達成に必要な範囲で個人情報の取扱いを委託する場合は、この限りではありません。

## 4. 外国にある第三者への提供

当社は、次の事業者に個人情報の取扱いを委託しており、これらの事業者はアメリカ合衆国に所在します。同国の個人情報保護制度については、個人情報保護委員会のウェブサイトをご参照ください。

- Amazon Web Services, Inc.（ビルド実行基盤およびデータ保管）
- Stripe, Inc.（決済処理）
- Zendesk, Inc.（サポート窓口）

## 5. 保存期間

ビルドログおよび成果物は、ビルド完了から 90 日間保存した後に自動的に削除します。アカウント情報は、アカウント削除後 30 日以内に削除します。

## 6. 開示等の請求

本人から個人情報の開示、訂正、利用停止または削除を求められた場合は、本人確認のうえ、遅滞なく対応します。請求はダッシュボードの「アカウント設定」または第 8 条の窓口から行うことができます。

## 7. 地域別の追加情報

### 日本にお住まいの方

当社は、個人データの漏えい等が発生し、個人の権利利益を害するおそれが大きい場合には、個人情報保護委員会への報告および本人への通知を行います。

### 欧州経済領域（EEA）および英国にお住まいの方

当社は、GDPR 第 27 条に基づく EU 域内代理人として Kumo CI Europe B.V.（オランダ）を指定しています。EEA から日本への個人データの移転は、欧州委員会の十分性認定に基づいて行います。

### 米国カリフォルニア州にお住まいの方

カリフォルニア州消費者プライバシー法（CCPA）に基づき、お客様は当社が収集した個人情報の開示および削除を請求する権利を有します。

## 8. お問い合わせ窓口

@ 株式会社クモビルド 個人情報保護管理者
@ 〒150-0002 東京都渋谷区渋谷二丁目 21 番 1 号
@ [privacy@kumoci.jp](mailto:privacy@kumoci.jp)
"""

EDITS = [
    {"note": "build-log retention 90 -> 30 days (paid plans configurable up to 400 days)",
     "repl": [("ビルド完了から 90 日間保存した後に自動的に削除します。",
               "ビルド完了から 30 日間保存した後に自動的に削除します。有料プランでは、保存期間を最長 400 日まで設定できます。")]},
    {"note": "foreign processors list: Datadog, Inc. (US, log monitoring) added",
     "repl": [("- Zendesk, Inc.（サポート窓口）", "- Zendesk, Inc.（サポート窓口）\n- Datadog, Inc.（ログ監視およびパフォーマンス計測）")]},
    {"note": "inside the hidden 'California' tab panel: no sale/sharing statement added",
     "repl": [("開示および削除を請求する権利を有します。",
               "開示、訂正および削除を請求する権利を有します。当社は、個人情報を販売せず、クロスコンテキスト行動広告のために共有することもありません。")]},
    {"note": "purpose reworded: improvement of the service now excludes training of AI features (date not bumped)",
     "bump": False,
     "repl": [("- 本サービスの改善のため", "- 本サービスの改善および新機能の開発のため（お客様のソースコードおよびビルドログを AI モデルの学習に利用することはありません）")]},
    {"note": "head office moved: contact address Shibuya -> Chiyoda",
     "repl": [("@ 〒150-0002 東京都渋谷区渋谷二丁目 21 番 1 号", "@ 〒100-0004 東京都千代田区大手町一丁目 6 番 1 号 大手町ビル 4 階")]},
]

# (since, version, {module-class: suffix})
ERAS = [(dt.datetime(2000, 1, 1), "2.0.0-beta.9",
         {"mainWrapper": "1SeR", "docPage": "37Ik", "docMainContainer": "2iWR", "docItemCol": "3FnS",
          "docItemContainer": "3QWW", "anchorWithStickyNavbar": "31ik", "tabItem": "1kW1", "tabList": "3L7Z",
          "lastUpdated": "2c7-"}),
        (dt.datetime(2022, 9, 6), "2.1.0",
         {"mainWrapper": "z2l0", "docPage": "UBD9", "docMainContainer": "gTbr", "docItemCol": "VOVn",
          "docItemContainer": "Djhp", "anchorWithStickyNavbar": "LWe7", "tabItem": "Ymn6", "tabList": "CuJ",
          "lastUpdated": "vwxv"}),
        (dt.datetime(2023, 5, 30), "2.4.1",
         {"mainWrapper": "z2l0", "docPage": "UBD9", "docMainContainer": "gTbr", "docItemCol": "VOVn",
          "docItemContainer": "Djhp", "anchorWithStickyNavbar": "LWe7", "tabItem": "Ymn6", "tabList": "CuJ",
          "lastUpdated": "vwxv"}),
        (dt.datetime(2024, 2, 19), "3.1.1",
         {"mainWrapper": "z2l0", "docPage": "UBD9", "docMainContainer": "TBSr", "docItemCol": "n6xZ",
          "docItemContainer": "c0TR", "anchorWithStickyNavbar": "LWe7", "tabItem": "Ymn6", "tabList": "CuJ",
          "lastUpdated": "JAkA"}),
        (dt.datetime(2025, 4, 7), "3.7.0",
         {"mainWrapper": "z2l0", "docPage": "UBD9", "docMainContainer": "TBSr", "docItemCol": "VOVn",
          "docItemContainer": "Djhp", "anchorWithStickyNavbar": "LWe7", "tabItem": "Ymn6", "tabList": "CuJ",
          "lastUpdated": "JAkA"})]
ANNOUNCE = [("🎉 Arm64 ランナーが一般提供になりました。", "/blog/arm64-ga"),
            ("Kumo CI 2023 年版ユーザー調査にご協力ください（所要 5 分）", "https://forms.kumoci.jp/survey-2023"),
            ("GPU ランナーのベータ版を公開しました", "/blog/gpu-runners-beta"),
            ("年末年始のサポート休業：12 月 28 日〜1 月 4 日", "/support/holidays"),
            ("東京リージョン（ap-northeast-1）でキャッシュ高速化を実施しました", "/changelog"),
            None]
AUTHORS = ["yamada-t", "suzuki-haruka", "kumo-bot", "nakamura-k", "tanaka-y"]
TABS = {"日本にお住まいの方": ("jp", "日本"), "欧州経済領域（EEA）および英国にお住まいの方": ("eea", "EEA・英国"),
        "米国カリフォルニア州にお住まいの方": ("ca", "米国（カリフォルニア州）")}


def _era(when):
    return [e for e in ERAS if when >= e[0]][-1]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["cloudflare"] = (C.hexs(rng, 16), base64.b64encode(str(C.epoch(when)).encode()).decode())
    s["docusaurus"] = _era(when)[1]
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.6, lambda: (C.hexs(rng, 8), C.hexs(rng, 8), C.hexs(rng, 8),
                                                                  C.hexs(rng, 8)))
    s["announcement"] = C.keep_or(rng, prev.get("announcement"), 0.35, lambda: rng.randrange(len(ANNOUNCE)))
    s["lastupd"] = C.keep_or(rng, prev.get("lastupd"), 0.3,
                             lambda: ((when - dt.timedelta(days=rng.randint(1, 30))).strftime("%Y/%m/%d"),
                                      rng.choice(AUTHORS)))
    s["category"] = "ポリシーと規約" if when >= dt.datetime(2023, 10, 2) else "法的情報"
    return s


LABELS = {
    "cloudflare": "Cloudflare challenge-platform beacon (__CF$cv$params r/t per request)",
    "docusaurus": "Docusaurus upgrade (generator meta, CSS-module class suffixes)",
    "assets": "webpack chunk hashes (main/runtime~main/styles/page chunk)",
    "announcement": "announcement bar message rotated / dismissed",
    "lastupd": "'最終更新 ... 作成者' git footer",
    "category": "sidebar category renamed (breadcrumb)",
}


def _slug(t):
    t = t.lower()
    t = re.sub(r"[^\w\u3040-\u30ff\u4e00-\u9fff\uff10-\uff5a\- ]", "", t)
    return t.strip().replace(" ", "-")


def render(s, blocks, when):
    ver, cls = _era(when)[1], _era(when)[2]
    k = lambda name: "%s_%s" % (name, cls[name])  # noqa: E731
    a_main, a_rt, a_css, a_page = s["assets"]

    def heading(kind, text):
        sid = _slug(text)
        return ('<%s class="anchor %s" id="%s">%s<a href="#%s" class="hash-link" aria-label="%s への直接リンク" '
                'title="%s への直接リンク">\u200b</a></%s>' % (kind, k("anchorWithStickyNavbar"), html.escape(sid),
                                                             C.inline_html(text), html.escape(sid),
                                                             html.escape(text), html.escape(text), kind))

    def blk(b):
        if b[0] in ("h2", "h3"):
            return heading(*b)
        return C.block_html(b)

    out = ['<header><h1>%s</h1></header>' % C.inline_html(blocks[0][1])]
    i = 1
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "h3" and b[1] in TABS:
            panels = []
            while i < len(blocks) and blocks[i][0] == "h3" and blocks[i][1] in TABS:
                key = blocks[i][1]
                inner = [blk(blocks[i])]
                i += 1
                while i < len(blocks) and blocks[i][0] not in ("h2", "h3"):
                    inner.append(blk(blocks[i]))
                    i += 1
                panels.append((key, inner))
            lis = "".join('<li role="tab" tabindex="%d" aria-selected="%s" class="tabs__item %s%s">%s</li>'
                          % (0 if n == 0 else -1, "true" if n == 0 else "false", k("tabItem").replace("tabItem", "tabItem", 1),
                             " tabs__item--active" if n == 0 else "", TABS[key][1]) for n, (key, _) in enumerate(panels))
            pans = "".join('<div role="tabpanel" class="%s"%s>%s</div>' % (k("tabItem"), "" if n == 0 else ' hidden=""',
                                                                           "".join(inner))
                           for n, (_, inner) in enumerate(panels))
            out.append('<div class="tabs-container %s"><ul role="tablist" aria-orientation="horizontal" class="tabs">%s</ul>'
                       '<div class="margin-top--md">%s</div></div>' % (k("tabList"), lis, pans))
            continue
        out.append(blk(b))
        i += 1
    md = "\n".join(out)
    toc = "".join('<li><a href="#%s" class="table-of-contents__link toc-highlight">%s</a></li>'
                  % (html.escape(_slug(t)), html.escape(t)) for kk, t in blocks if kk == "h2")
    ann = ANNOUNCE[s["announcement"]]
    ann_html = ('<div class="theme-announcement-bar announcementBar_mb4j" style="background-color:#0b3d91;color:#fff" role="banner">'
                '<div class="announcementBarPlaceholder_vyr4"></div><div class="content_knG7 announcementBarContent_xLdY">'
                '<a target="_blank" rel="noopener noreferrer" href="%s">%s</a></div>'
                '<button type="button" aria-label="閉じる" class="clean-btn close closeButton_CVFx announcementBarClose_gvF7"></button></div>'
                % (ann[1], ann[0])) if ann else ""
    lu_date, lu_author = s["lastupd"]
    r, t = s["cloudflare"]
    beta = ver.startswith("2.0")
    root_cls = ("docPage " + k("docPage")) if ver < "3" else ("docRoot_" + cls["docPage"])
    return ('<!doctype html>\n<html lang="ja" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-legal/privacy-policy" data-has-hydrated="false">\n<head>\n'
            '<meta charset="UTF-8">\n<meta name="generator" content="Docusaurus v%s">\n'
            '<title data-rh="true">プライバシーポリシー | Kumo CI ドキュメント</title>'
            '<meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1">'
            '<meta data-rh="true" name="twitter:card" content="summary_large_image">'
            '<meta data-rh="true" property="og:url" content="%s">'
            '<meta data-rh="true" property="og:locale" content="ja">'
            '<meta data-rh="true" name="docusaurus_locale" content="ja">'
            '<meta data-rh="true" name="docsearch:language" content="ja">'
            '<meta data-rh="true" name="docusaurus_version" content="current">'
            '<meta data-rh="true" name="docusaurus_tag" content="docs-default-current">'
            '<meta data-rh="true" property="og:title" content="プライバシーポリシー | Kumo CI ドキュメント">'
            '<link data-rh="true" rel="canonical" href="%s">'
            '<link rel="search" type="application/opensearchdescription+xml" title="Kumo CI ドキュメント" href="/opensearch.xml">\n'
            '<script async src="https://www.googletagmanager.com/gtag/js?id=G-7KQ2M4X1ZP"></script>\n'
            '<script>function gtag(){dataLayer.push(arguments)}window.dataLayer=window.dataLayer||[],gtag("js",new Date),gtag("config","G-7KQ2M4X1ZP",{anonymize_ip:!0})</script>\n'
            '<link rel="stylesheet" href="/assets/css/styles.%s.css">\n'
            '<script src="/assets/js/runtime~main.%s.js" defer="defer"></script>\n'
            '<script src="/assets/js/main.%s.js" defer="defer"></script>\n</head>\n'
            '<body class="navigation-with-keyboard">\n'
            '<script>!function(){function t(t){document.documentElement.setAttribute("data-theme",t)}var e=function(){try{return new URLSearchParams(window.location.search).get("docusaurus-theme")}catch(t){}}()||function(){try{return localStorage.getItem("theme")}catch(t){}}();t(null!==e?e:"light")}()</script>'
            '<div id="__docusaurus">\n<div role="region" aria-label="メインコンテンツまでスキップ"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">メインコンテンツまでスキップ</a></div>'
            '%s'
            '<nav aria-label="メイン" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items">'
            '<a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/kumo-logo.svg" alt="Kumo CI" class="themedComponent_mlkZ themedComponent--light_NVdE"></div><b class="navbar__title text--truncate">Kumo CI</b></a>'
            '<a class="navbar__item navbar__link" href="/docs/intro">ドキュメント</a><a class="navbar__item navbar__link" href="/docs/api">API リファレンス</a>'
            '<a class="navbar__item navbar__link" href="/blog">ブログ</a></div><div class="navbar__items navbar__items--right">'
            '<a href="https://status.kumoci.jp" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">ステータス</a>'
            '<div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="検索"><span class="DocSearch-Button-Container"><span class="DocSearch-Button-Placeholder">検索</span></span></button></div></div></div></nav>'
            '<div id="__docusaurus_skipToContent_fallback" class="main-wrapper %s">'
            '<div class="%s"><aside class="theme-doc-sidebar-container docSidebarContainer_b6E3"><div class="sidebarViewport_Xe31"><div class="sidebar_njMd"><nav aria-label="ドキュメントのサイドバー" class="menu thin-scrollbar menu_SIkG">'
            '<ul class="theme-doc-sidebar-menu menu__list"><li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-1 menu__list-item"><div class="menu__list-item-collapsible"><a class="menu__link menu__link--sublist menu__link--active" aria-expanded="true" href="/legal/terms">%s</a></div>'
            '<ul style="display:block;overflow:visible;height:auto" class="menu__list"><li class="theme-doc-sidebar-item-link menu__list-item"><a class="menu__link" href="/legal/terms">利用規約</a></li>'
            '<li class="theme-doc-sidebar-item-link menu__list-item"><a class="menu__link menu__link--active" aria-current="page" href="/legal/privacy-policy">プライバシーポリシー</a></li>'
            '<li class="theme-doc-sidebar-item-link menu__list-item"><a class="menu__link" href="/legal/tokushoho">特定商取引法に基づく表記</a></li>'
            '<li class="theme-doc-sidebar-item-link menu__list-item"><a class="menu__link" href="/legal/sla">SLA</a></li></ul></li></ul></nav></div></div></aside>'
            '<main class="%s"><div class="container padding-top--md padding-bottom--lg"><div class="row">'
            '<div class="col %s"><div class="%s"><article>'
            '<nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="パンくずリストのナビゲーション"><ul class="breadcrumbs" itemscope="" itemtype="https://schema.org/BreadcrumbList">'
            '<li class="breadcrumbs__item"><a aria-label="ホームページ" class="breadcrumbs__link" href="/">ホーム</a></li>'
            '<li class="breadcrumbs__item"><span class="breadcrumbs__link">%s</span></li>'
            '<li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">プライバシーポリシー</span><meta itemprop="position" content="2"></li></ul></nav>'
            '<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">このページの見出し</button></div>'
            '<div class="theme-doc-markdown markdown">%s</div>'
            '<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col">'
            '<a href="https://github.com/kumoci/docs/edit/main/docs/legal/privacy-policy.md" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page">このページを編集</a></div>'
            '<div class="col %s"><span class="theme-last-updated">最終更新%s <b><time datetime="%sT00:00:00.000Z"%s>%s</time></b>%s</span></div></div></footer>'
            '</article><nav class="pagination-nav docusaurus-mt-lg" aria-label="ドキュメントのナビゲーション">'
            '<a class="pagination-nav__link pagination-nav__link--prev" href="/legal/terms"><div class="pagination-nav__sublabel">前へ</div><div class="pagination-nav__label">利用規約</div></a>'
            '<a class="pagination-nav__link pagination-nav__link--next" href="/legal/tokushoho"><div class="pagination-nav__sublabel">次へ</div><div class="pagination-nav__label">特定商取引法に基づく表記</div></a></nav></div></div>'
            '<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">%s</ul></div></div>'
            '</div></div></main></div></div>'
            '<footer class="footer footer--dark"><div class="container container-fluid"><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © %d Kumo Build, Inc. Built with Docusaurus.</div></div></div></footer></div>\n'
            '<script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;if(b){var d=b.createElement(\'script\');d.innerHTML="window.__CF$cv$params={r:\'%s\',t:\'%s\'};var a=document.createElement(\'script\');a.nonce=\'\';a.src=\'/cdn-cgi/challenge-platform/scripts/jsd/main.js\';document.getElementsByTagName(\'head\')[0].appendChild(a);";b.getElementsByTagName(\'head\')[0].appendChild(d)}}if(document.body){var a=document.createElement(\'iframe\');a.height=1;a.width=1;a.style.position=\'absolute\';a.style.top=0;a.style.left=0;a.style.border=\'none\';a.style.visibility=\'hidden\';document.body.appendChild(a);c()}})();</script>'
            '</body>\n</html>\n'
            % (ver, URL, URL, a_css, a_rt, a_main, ann_html, k("mainWrapper"),
               "docsWrapper_BCFX" if beta else "docsWrapper_hBAB", s["category"], k("docMainContainer"),
               k("docItemCol"), k("docItemContainer"), s["category"], md, k("lastUpdated"),
               ":" if ver < "3" else "日", lu_date.replace("/", "-"), "" if beta else ' itemprop="dateModified"', lu_date,
               (" 作成者: <b>%s</b>" % lu_author) if ver < "3" else (" 作成者 <b>%s</b>" % lu_author), toc, when.year, r, t))


PAGE = {
    "service": "Kumo CI", "url": URL, "lang": "ja", "platform": "Docusaurus",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"),),
    "n": 31, "start": dt.date(2021, 4, 1), "end": dt.date(2026, 6, 30), "hours": (0, 6, 12, 18),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 15), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".theme-doc-markdown"], "remove": ['[role="tablist"]', ".hash-link"]},
}
