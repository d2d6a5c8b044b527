"""Hoshizora Airways (ほしぞら航空) - ja-JP - Sitecore XP 10 (MVC renderings, not SXA): the policy's sections in
collapsed accordion panels (button text carries a visually-hidden "を開く"), a live flight-status ticker, fare
teasers, a mileage-campaign banner rendered between two accordion items, a personalised hero (A/B)."""
import datetime as dt
import html
import common as C

URL = "https://www.hoshizora-air.co.jp/ja/jp/privacy/"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# 個人情報保護方針

最終改定日：{UPDATED}

ほしぞら航空株式会社（以下「当社」）は、お客様の個人情報を適切に取り扱うことが航空運送事業者としての社会的責務であると考え、個人情報の保護に関する法律その他の関係法令を遵守し、以下のとおり個人情報を取り扱います。

## 1. 取得する個人情報

当社は、次の個人情報を取得します。

- 氏名、性別、生年月日、住所、電話番号、メールアドレス等の連絡先
- 予約記録、搭乗記録、座席番号、特別なお手伝いの内容等の旅程に関する情報
- 旅券番号、国籍等の出入国手続に必要な情報
- クレジットカード情報等の決済に関する情報
- ほしぞらマイレージクラブの会員番号、マイル残高及びご利用履歴

## 2. 利用目的

取得した個人情報は、次の目的で利用します。

- 航空券の予約、発券、搭乗手続及び航空運送の提供
- 運航の遅延・欠航等に関するご連絡
- マイレージサービスの提供及び特典のご案内
- 各国の出入国管理当局への事前旅客情報（APIS）の提供
- サービス向上のための統計分析

## 3. 第三者への提供

当社は、法令に基づく場合を除き、ご本人の同意なく個人情報を第三者に提供しません。ただし、共同運航便（コードシェア便）をご利用の場合は、運航航空会社に対し運送に必要な範囲で旅客情報を提供します。

## 4. 業務委託先

当社は、利用目的の達成に必要な範囲で、個人情報の取扱いを次の委託先に委託することがあります。

| 委託先 | 委託する業務 | 所在国 |
| 株式会社スカイシステムズ | 予約・発券システムの運用 | 日本 |
| Amadeus IT Group SA | 出発制御システムの提供 | スペイン |
| 株式会社コールリンク | 予約センター業務 | 日本 |

## 5. 保存期間

予約記録及び搭乗記録は、搭乗日から7年間保存し、その後速やかに消去します。ほしぞらマイレージクラブの会員情報は、退会後3年間保存します。

## 6. 安全管理措置

当社は、個人情報への不正アクセス、紛失、破壊、改ざん及び漏えいを防止するため、アクセス制御、通信の暗号化、従業者への教育等の必要かつ適切な安全管理措置を講じます。

## 7. 開示等のご請求

ご本人から保有個人データの開示、訂正、利用停止等のご請求があった場合は、ご本人であることを確認のうえ、法令に従い遅滞なく対応します。手続の詳細は[開示等のご請求手続](/ja/jp/privacy/disclosure/)をご覧ください。

## 8. お問い合わせ窓口

@ ほしぞら航空株式会社　個人情報相談窓口
@ 〒144-0041 東京都大田区羽田空港三丁目3番2号
@ 電話：0570-018-222（受付時間 9:00〜18:00）
@ [privacy@hoshizora-air.co.jp](mailto:privacy@hoshizora-air.co.jp)
"""

EDITS = [
    {"note": "processors table: new row for the in-flight Wi-Fi provider (Panasonic Avionics, USA)",
     "repl": [("| 株式会社コールリンク | 予約センター業務 | 日本 |",
               "| 株式会社コールリンク | 予約センター業務 | 日本 |\n| Panasonic Avionics Corporation | 機内インターネット接続サービスの提供 | 米国 |")]},
    {"note": "section 3 (collapsed panel) reworded: codeshare sentence extended to interline partners (date not bumped)",
     "bump": False,
     "repl": [("ただし、共同運航便（コードシェア便）をご利用の場合は、運航航空会社に対し運送に必要な範囲で旅客情報を提供します。",
               "ただし、共同運航便（コードシェア便）又は他社との乗継便をご利用の場合は、運航航空会社及び乗継先の航空会社に対し、運送に必要な範囲で旅客情報を提供します。")]},
    {"note": "retention: booking and boarding records 7 years -> 5 years",
     "repl": [("搭乗日から7年間保存し", "搭乗日から5年間保存し")]},
    {"note": "link target changed: disclosure procedure page moved to /ja/jp/support/ (label unchanged, date not bumped)",
     "bump": False,
     "repl": [("(/ja/jp/privacy/disclosure/)", "(/ja/jp/support/privacy-request/)")]},
    {"note": "new section 'Provision to third parties in foreign countries' inserted after section 4 (sections renumbered); "
             "enquiry desk phone number and hours changed",
     "repl": [("## 5. 保存期間", "## 5. 外国にある第三者への提供\n\n当社は、国際線の運送及び出入国手続のため、渡航先の国の航空当局、出入国管理当局及び運航航空会社に個人情報を提供することがあります。提供先の国における個人情報の保護に関する制度については、[各国の制度に関する情報](/ja/jp/privacy/foreign-countries/)をご確認ください。\n\n## 6. 保存期間"),
              ("## 6. 安全管理措置", "## 7. 安全管理措置"),
              ("## 7. 開示等のご請求", "## 8. 開示等のご請求"),
              ("## 8. お問い合わせ窓口", "## 9. お問い合わせ窓口"),
              ("@ 電話：0570-018-222（受付時間 9:00〜18:00）", "@ 電話：0570-029-333（受付時間 9:00〜17:00、土日祝日を除く）")]},
]

FLIGHTS = [("HZ101", "羽田", "新千歳"), ("HZ203", "羽田", "福岡"), ("HZ311", "伊丹", "那覇"), ("HZ45", "成田", "台北（桃園）"),
           ("HZ522", "羽田", "鹿児島"), ("HZ77", "羽田", "ソウル（金浦）"), ("HZ618", "中部", "新千歳"), ("HZ19", "成田", "ホノルル")]
FARES = [("東京", "札幌", 9800), ("東京", "沖縄", 12800), ("大阪", "沖縄", 8900), ("東京", "福岡", 10400),
         ("東京", "ソウル", 19800), ("東京", "台北", 23400), ("名古屋", "札幌", 11200), ("東京", "ホノルル", 68000)]
CAMPAIGNS = [("mile2x", "今なら国内線マイル2倍キャンペーン実施中", "/ja/jp/campaign/mile-double/"),
             ("card", "ほしぞらカード新規ご入会で最大15,000マイルプレゼント", "/ja/jp/card/"),
             ("summer", "夏休み早割　国内線が片道6,900円から", "/ja/jp/campaign/summer-sale/"),
             ("family", "家族でおトク　ファミリーマイル登録受付中", "/ja/jp/amc/family/")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["tokens"] = (C.b64tok(rng, 64), C.hexs(rng, 32), C.uuid4(rng))
    st = []
    for k in rng.sample(range(len(FLIGHTS)), 3):
        r = rng.random()
        if r < 0.6:
            st.append((k, "定刻", ""))
        elif r < 0.9:
            st.append((k, "遅延", "%d分" % rng.choice([10, 15, 25, 40, 65])))
        else:
            st.append((k, "欠航", "天候不良"))
    s["status"] = (tuple(st), "%02d:%02d" % ((when.hour + 9) % 24, when.minute))
    s["fares"] = C.keep_or(rng, prev.get("fares"), 0.7,
                           lambda: tuple((k, FARES[k][2] + rng.choice([-1000, -500, 0, 0, 500, 1200]))
                                         for k in rng.sample(range(len(FARES)), 4)))
    s["campaign"] = C.keep_or(rng, prev.get("campaign"), 0.5, lambda: rng.randrange(len(CAMPAIGNS)))
    s["hero"] = rng.choice(["A", "B"])
    s["assets"] = C.keep_or(rng, prev.get("assets"), 0.3, lambda: (C.hexs(rng, 32).upper(), C.hexs(rng, 8)))
    return s


LABELS = {
    "tokens": "per-visit tokens (__RequestVerificationToken, SC_ANALYTICS visitor id, OneTrust consent id)",
    "status": "live flight-status ticker in header (statuses and update time)",
    "fares": "'おトクな運賃' fare teasers in sidebar",
    "campaign": "mileage campaign banner rendered between accordion items (inside the policy container)",
    "hero": "personalisation A/B test on hero image/caption",
    "assets": "Sitecore media hash and bundle fingerprint",
}


def _acc(n, title, blocks):
    body = C.blocks_html(blocks, sep="\n")
    return ('<div class="c-accordion__item js-accordion-item">\n'
            '<h2 class="c-accordion__heading"><button class="c-accordion__trigger js-accordion-trigger" type="button" '
            'aria-expanded="false" aria-controls="privacy-panel-%d" id="privacy-trigger-%d">%s'
            '<span class="u-visually-hidden">を開く</span><span class="c-accordion__icon" aria-hidden="true"></span></button></h2>\n'
            '<div class="c-accordion__panel" id="privacy-panel-%d" role="region" aria-labelledby="privacy-trigger-%d" hidden>\n'
            '<div class="c-richtext">\n%s\n</div>\n</div>\n</div>' % (n, n, C.inline_html(title), n, n, body))


def render(s, blocks, when):
    tok, vis, otid = s["tokens"]
    mh, bh = s["assets"]
    head, secs = C.split_sections(blocks)
    h1, lead = head[0], head[1:]
    items = []
    camp = CAMPAIGNS[s["campaign"]]
    for n, (title, bl) in enumerate(secs, 1):
        items.append(_acc(n, title, bl))
        if n == 4:
            items.append('<div class="c-banner c-banner--inline" data-sc-rendering="{8E2C6A4B-1D3F-4B57-9A0E-7C6D5B4A3F21}">'
                         '<a href="%s?icid=privacy_inline_%s"><img src="/-/media/hsa/campaign/%s.jpg?h=120&amp;w=640&amp;hash=%s" alt="">'
                         '<span class="c-banner__text">%s</span></a></div>' % (camp[2], camp[0], camp[0], mh, camp[1]))
    policy = ('<div class="c-policy">\n<div class="c-policy__lead">\n%s\n%s\n</div>\n'
              '<div class="c-accordion js-accordion" data-multiselectable="true">\n%s\n</div>\n</div>'
              % (C.block_html(h1, {"h1": "c-heading-lv1"}), C.blocks_html(lead, sep="\n"), "\n".join(items)))
    (stat, upd) = s["status"]
    ticker = "".join('<li class="c-flightstatus__item c-flightstatus__item--%s"><span class="c-flightstatus__no">%s</span>'
                     '<span class="c-flightstatus__route">%s → %s</span><span class="c-flightstatus__state">%s%s</span></li>'
                     % ({"定刻": "ontime", "遅延": "delayed", "欠航": "cancelled"}[t], FLIGHTS[k][0], FLIGHTS[k][1],
                        FLIGHTS[k][2], t, ("（%s）" % x) if x else "") for k, t, x in stat)
    fares = "".join('<li><a href="/ja/jp/fare/domestic/?dep=%s&amp;arr=%s"><span class="route">%s → %s</span>'
                    '<span class="price">片道 <em>%s</em>円〜</span></a></li>'
                    % (html.escape(FARES[k][0]), html.escape(FARES[k][1]), FARES[k][0], FARES[k][1], "{:,}".format(p))
                    for k, p in s["fares"])
    hero = {"A": ("hero-privacy-sky", "安心してご搭乗いただくために"),
            "B": ("hero-privacy-cabin", "お客様の大切な情報をお守りします")}[s["hero"]]
    status_json = ",".join('{"flightNo":"%s","status":"%s"}' % (FLIGHTS[k][0], {"定刻": "ON_TIME", "遅延": "DELAYED", "欠航": "CANCELLED"}[t])
                           for k, t, x in stat)
    return ('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            '<title>個人情報保護方針 | ほしぞら航空</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="canonical" href="%(url)s">\n'
            '<link rel="alternate" hreflang="en" href="https://www.hoshizora-air.co.jp/en/jp/privacy/">\n'
            '<link rel="stylesheet" href="/assets/hsa/css/common.min.css?v=%(bh)s">\n'
            '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0f3e9b1a-77c2-4d0e-a8b6-51c2d9e4f6a0" charset="UTF-8"></script>\n'
            '<script>var SC_ANALYTICS_VISITOR="%(vis)s";window.dataLayer=window.dataLayer||[];dataLayer.push({"pageId":"{3B7F2E91-5A0C-4D38-B6E1-2C9A8F7D4E05}","lang":"ja-JP","site":"hsa-ja","abVariant":"%(hero)s"});</script>\n'
            '</head>\n<body class="p-privacy">\n'
            '<div class="l-wrapper">\n<header class="l-header">\n'
            '<div class="l-header__top"><a class="l-header__logo" href="/ja/jp/"><img src="/-/media/hsa/common/logo.svg?la=ja-JP&amp;hash=%(mh)s" alt="ほしぞら航空"></a>\n'
            '<div class="c-region-select"><button type="button" class="c-region-select__btn">日本 - 日本語</button>'
            '<ul class="c-region-select__list"><li><a href="/en/jp/privacy/">Japan - English</a></li><li><a href="/zh/cn/privacy/">中国 - 简体中文</a></li>'
            '<li><a href="/ko/kr/privacy/">대한민국 - 한국어</a></li><li><a href="/en/us/privacy/">United States - English</a></li></ul></div>\n'
            '<form class="c-header-search" action="/ja/jp/search/" method="get"><input name="__RequestVerificationToken" type="hidden" value="%(tok)s">'
            '<input type="search" name="q" placeholder="サイト内検索"></form>\n'
            '<a class="c-btn c-btn--login" href="/ja/jp/amc/login/">ログイン</a></div>\n'
            '<nav class="l-gnav"><ul><li><a href="/ja/jp/booking/">予約・購入</a></li><li><a href="/ja/jp/checkin/">搭乗手続き</a></li>'
            '<li><a href="/ja/jp/flightstatus/">運航状況</a></li><li><a href="/ja/jp/amc/">マイレージ</a></li><li><a href="/ja/jp/guide/">ご案内</a></li></ul></nav>\n'
            '<div class="c-flightstatus" data-sc-rendering="{A1C9E0F2-6B3D-4E7A-8F15-0D2C4B6A8E93}"><p class="c-flightstatus__title">本日の運航状況'
            '<span class="c-flightstatus__time">%(upd)s現在</span></p><ul class="c-flightstatus__list">%(ticker)s</ul></div>\n'
            '</header>\n'
            '<div class="c-hero c-hero--%(heroid)s" data-sc-variant="%(hero)s"><img src="/-/media/hsa/hero/%(heroid)s.jpg?h=360&amp;w=1440&amp;hash=%(mh)s" alt="">'
            '<p class="c-hero__copy">%(herotext)s</p></div>\n'
            '<ol class="c-breadcrumb"><li><a href="/ja/jp/">ホーム</a></li><li><a href="/ja/jp/guide/">ご案内</a></li><li>個人情報保護方針</li></ol>\n'
            '<div class="l-contents">\n<main class="l-main" id="main">\n%(policy)s\n</main>\n'
            '<aside class="l-side">\n<section class="c-fare-box"><h3 class="c-fare-box__title">おトクな運賃</h3><ul>%(fares)s</ul>'
            '<p class="c-fare-box__note">※運賃は予告なく変更となる場合があります。</p></section>\n'
            '<section class="c-side-links"><h3>関連情報</h3><ul><li><a href="/ja/jp/cookie/">Cookieポリシー</a></li>'
            '<li><a href="/ja/jp/conditions/">国内旅客運送約款</a></li><li><a href="/ja/jp/amc/terms/">マイレージクラブ会員規約</a></li></ul></section>\n'
            '</aside>\n</div>\n'
            '<footer class="l-footer"><ul class="l-footer__links"><li><a href="/ja/jp/privacy/">個人情報保護方針</a></li><li><a href="/ja/jp/cookie/">Cookieポリシー</a></li>'
            '<li><a href="/ja/jp/sitemap/">サイトマップ</a></li></ul><p class="l-footer__copy">Copyright &copy; Hoshizora Airways Co., Ltd. All rights reserved.</p></footer>\n'
            '</div>\n'
            '<input type="hidden" id="ot-consent-id" value="%(otid)s">\n'
            '<script type="application/json" id="flightstatus-data">{"updated":"%(upd)s","flights":[%(sj)s]}</script>\n'
            '<script src="/assets/hsa/js/common.min.js?v=%(bh)s"></script>\n'
            '</body>\n</html>\n'
            % {"url": URL, "bh": bh, "vis": vis, "hero": s["hero"], "mh": mh, "tok": tok, "upd": upd, "ticker": ticker,
               "heroid": hero[0], "herotext": hero[1], "policy": policy, "fares": fares, "otid": otid, "sj": status_json})


PAGE = {
    "service": "Hoshizora Airways", "url": URL, "lang": "ja-JP", "platform": "Sitecore XP (MVC)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "ASP.NET"), ("X-AspNet-Version", "4.0.30319")),
    "n": 30, "start": dt.date(2021, 3, 1), "end": dt.date(2026, 6, 30), "hours": (0, 6, 12, 18),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".c-policy"], "remove": [".c-banner", ".u-visually-hidden"]},
}
