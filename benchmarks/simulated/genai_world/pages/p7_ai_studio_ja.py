"""コトノハ (株式会社コトノハ, 東京) - ja-JP - a Japanese LLM company (法人向け生成AI「コトノハ」, API); corporate site built on
STUDIO (Nuxt SSR, boxes with data-s-<uuid> attributes, text boxes with white-space:pre-wrap line breaks). The
policy is a flat run of sibling boxes (h1, 条 headings, text boxes) followed in the same container by a
related-links box: the curator selects a range from the h1 to that box. The site was rebuilt in April 2025,
giving the related-links box a new data-s id: the declaration has a history entry. 制定日 / 最終改定日, and a 附則
list that gains a line at every dated revision. Noise: STUDIO publish ids, news list, release banner, Channel
Talk chat button, recruiting badge."""
import datetime as dt
import common as C

URL = "https://kotonoha.ai/privacy"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# プライバシーポリシー

株式会社コトノハ（以下「当社」といいます。）は、当社が提供する生成AIサービス「コトノハ」、コトノハAPIその他の関連サービス（以下総称して「本サービス」といいます。）における、お客様の個人情報を含む利用者情報の取扱いについて、個人情報の保護に関する法律（以下「個人情報保護法」といいます。）その他の関係法令を遵守し、以下のとおりプライバシーポリシー（以下「本ポリシー」といいます。）を定めます。

## 第1条（定義）

本ポリシーにおいて「個人情報」とは、個人情報保護法第2条第1項に定める個人情報をいいます。「入力データ」とは、お客様が本サービスに入力又は送信するテキスト、ファイルその他のデータ（いわゆるプロンプトを含みます。）をいい、「生成物」とは、入力データに基づき本サービスが出力するテキストその他のデータをいいます。

## 第2条（取得する情報）

当社は、本サービスの提供にあたり、次の情報を取得します。

- （1）氏名、メールアドレス、電話番号、会社名、部署名及び役職等、お客様が登録する情報
- （2）入力データ及び生成物
- （3）請求先情報及び決済に関する情報（クレジットカード番号は決済代行会社が取得し、当社は保持しません。）
- （4）IPアドレス、Cookie、端末情報、ブラウザの種類、アクセス日時その他の本サービスの利用に関する情報
- （5）お問い合わせの内容及び当社とのやり取りの記録

## 第3条（利用目的）

当社は、取得した情報を次の目的のために利用します。

- （1）本サービスの提供、維持、保護及び改善のため
- （2）本人確認、料金の請求及び決済のため
- （3）本サービスに関するお知らせ、ご案内及びお問い合わせへの対応のため
- （4）利用規約に違反する行為、不正利用及びセキュリティ上の脅威の検知及び防止のため
- （5）本サービスの利用状況を分析し、統計データを作成するため
- （6）新機能、キャンペーン、セミナー等のご案内のため

## 第4条（入力データ及び生成物の取扱い）

当社は、入力データ及び生成物を、本サービスの提供及び不正利用の防止に必要な範囲で取り扱います。当社は、お客様の同意なく、入力データ及び生成物を当社の大規模言語モデルの学習に利用することはありません。

当社の従業員が入力データ及び生成物を閲覧するのは、お客様から障害対応又はお問い合わせ対応のために依頼を受けた場合、及び法令に基づく場合に限ります。

## 第5条（第三者提供）

当社は、次の場合を除き、あらかじめお客様の同意を得ることなく、個人情報を第三者に提供しません。

- （1）法令に基づく場合
- （2）人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき
- （3）利用目的の達成に必要な範囲内において、個人情報の取扱いの全部又は一部を委託する場合
- （4）合併その他の事由による事業の承継に伴って個人情報が提供される場合

## 第6条（安全管理措置）

当社は、個人情報の漏えい、滅失又は毀損の防止その他の安全管理のため、取扱規程の策定、従業者への定期的な教育、アクセス権限の管理、通信及び保存データの暗号化並びに外部からの不正アクセスの防止等、必要かつ適切な措置を講じます。

## 第7条（保有個人データの開示等の請求）

お客様は、当社に対し、個人情報保護法の定めに基づき、保有個人データの利用目的の通知、開示、訂正、追加若しくは削除、利用の停止若しくは消去又は第三者への提供の停止を請求することができます。請求の方法は、第9条のお問い合わせ窓口までご連絡ください。なお、開示の請求には、1件につき1,000円の手数料を申し受けます。

## 第8条（本ポリシーの変更）

当社は、法令の改正又は本サービスの変更等に応じて、本ポリシーを変更することがあります。変更後の本ポリシーは、当社ウェブサイトに掲載した時点から効力を生じるものとします。重要な変更を行う場合には、本サービス上での通知その他当社所定の方法によりお知らせします。

## 第9条（お問い合わせ窓口）

本ポリシーに関するお問い合わせ、及び保有個人データの開示等の請求は、下記の窓口までお願いいたします。

@ 株式会社コトノハ 個人情報保護管理者
@ 〒150-0002 東京都渋谷区渋谷二丁目24番12号 渋谷スクランブルスクエア 15階
@ メールアドレス：privacy@kotonoha.ai

制定日：2023年4月1日

最終改定日：{UPDATED}

### 附則

- ・2023年4月1日 制定・施行
- ・2023年6月16日 改定

以上
"""

EDITS = [
    {"note": "new article: 外部送信規律 (電気通信事業法第27条の12) list of external transmissions (Google Analytics, HubSpot, Channel Talk); articles renumbered",
     "repl": [("## 第6条（安全管理措置）", "## 第6条（外部送信）\n\n当社は、電気通信事業法第27条の12に基づき、本サービス及び当社ウェブサイトにおいて、次のとおりお客様の端末から外部の事業者に情報を送信しています。\n\n- ・Google Analytics（Google LLC）：ページの閲覧履歴、Cookie識別子、IPアドレス等を、利用状況の分析のために送信します。\n- ・HubSpot（HubSpot, Inc.）：Cookie識別子、フォーム入力内容等を、お問い合わせ管理及びご案内のために送信します。\n- ・チャネルトーク（株式会社Channel Corporation）：チャットの内容、Cookie識別子等を、お問い合わせ対応のために送信します。\n\n## 第7条（安全管理措置）"),
              ("## 第7条（保有個人データの開示等の請求）", "## 第8条（保有個人データの開示等の請求）"),
              ("## 第8条（本ポリシーの変更）", "## 第9条（本ポリシーの変更）"),
              ("## 第9条（お問い合わせ窓口）", "## 第10条（お問い合わせ窓口）"),
              ("第9条のお問い合わせ窓口", "第10条のお問い合わせ窓口")]},
    {"note": "input data: personal plans' inputs may be used for training unless opted out (設定 > データ管理); corporate plans and API never",
     "repl": [("当社は、お客様の同意なく、入力データ及び生成物を当社の大規模言語モデルの学習に利用することはありません。",
               "法人向けプラン及びコトノハAPIを通じて送信された入力データ及び生成物は、当社の大規模言語モデルの学習に利用しません。\n\n個人向けプランにおいては、当社は、入力データ及び生成物を、氏名、メールアドレス等の個人を直接識別できる情報を除去する処理を行ったうえで、当社の大規模言語モデルの品質向上のために利用することがあります。お客様は、設定画面の「データ管理」から「モデルの改善に協力する」をオフにすることにより、いつでもこの利用を停止することができます。")]},
    {"note": "retention of input data: API inputs deleted after 30 days (silent, date not bumped)", "bump": False,
     "repl": [("当社の従業員が入力データ及び生成物を閲覧するのは、",
               "コトノハAPIを通じて送信された入力データ及び生成物は、不正利用の監視のために30日間保存した後、削除します。\n\n当社の従業員が入力データ及び生成物を閲覧するのは、")]},
    {"note": "new article on provision to third parties in foreign countries (個人情報保護法第28条): US providers, country systems info",
     "repl": [("## 第7条（安全管理措置）", "## 第7条（外国にある第三者への提供）\n\n当社は、本サービスの提供のため、米国に所在するクラウドサービス事業者及び大規模言語モデル提供事業者（Microsoft Corporation、Amazon Web Services, Inc.等）に対し、個人情報の取扱いを委託することがあります。当社は、委託先が個人情報保護法第28条第1項に定める基準に適合する体制を整備していることを確認しています。米国の個人情報の保護に関する制度については、個人情報保護委員会のウェブサイトに掲載された情報をご参照ください。\n\n## 第8条（安全管理措置）"),
              ("## 第8条（保有個人データの開示等の請求）", "## 第9条（保有個人データの開示等の請求）"),
              ("## 第9条（本ポリシーの変更）", "## 第10条（本ポリシーの変更）"),
              ("## 第10条（お問い合わせ窓口）", "## 第11条（お問い合わせ窓口）"),
              ("第10条のお問い合わせ窓口", "第11条のお問い合わせ窓口")]},
    {"note": "office moved (渋谷スクランブルスクエア -> 麻布台ヒルズ); contact form URL added",
     "repl": [("@ 〒150-0002 東京都渋谷区渋谷二丁目24番12号 渋谷スクランブルスクエア 15階", "@ 〒106-0041 東京都港区麻布台一丁目3番1号 麻布台ヒルズ森JPタワー 21階"),
              ("@ メールアドレス：privacy@kotonoha.ai", "@ メールアドレス：privacy@kotonoha.ai\n@ お問い合わせフォーム：[https://kotonoha.ai/contact](https://kotonoha.ai/contact)")]},
    {"note": "disclosure fee abolished; electronic disclosure (電磁的記録) added to rights article (silent, date not bumped)", "bump": False,
     "repl": [("なお、開示の請求には、1件につき1,000円の手数料を申し受けます。",
               "開示は、お客様のご希望に応じて、電磁的記録の提供又は書面の交付により行います。なお、開示の請求に係る手数料はいただきません。")]},
    {"note": "purposes: new item on 仮名加工情報 for model evaluation; AI safety monitoring",
     "repl": [("- （6）新機能、キャンペーン、セミナー等のご案内のため",
               "- （6）新機能、キャンペーン、セミナー等のご案内のため\n- （7）生成物の安全性（有害な出力、差別的な表現等）を評価し、安全対策を改善するため\n\n当社は、上記（1）及び（7）の目的の範囲内で、取得した個人情報から仮名加工情報を作成し、利用することがあります。")]},
]

NEWS = [("2023.09.12", "コトノハ、シリーズAで12億円の資金調達を実施"), ("2024.02.20", "日本語LLM「コトノハ 2」を公開"),
        ("2024.07.01", "ISMS（ISO/IEC 27001）認証を取得しました"), ("2024.11.05", "自治体向けプランの提供を開始"),
        ("2025.03.18", "コトノハ、シリーズBで35億円の資金調達を実施"), ("2025.06.10", "「コトノハ 3」提供開始のお知らせ"),
        ("2025.10.02", "AWS Marketplaceでの提供を開始"), ("2026.01.27", "音声対話機能「コトノハ Voice」β版を公開")]
BANNERS = [(dt.datetime(2022, 1, 1), "法人向け生成AI「コトノハ」無料トライアル受付中"), (dt.datetime(2024, 2, 20), "新モデル「コトノハ 2」提供開始"),
           (dt.datetime(2025, 6, 10), "新モデル「コトノハ 3」提供開始"), (dt.datetime(2026, 1, 27), "「コトノハ Voice」β版を公開しました")]
REBUILD = dt.datetime(2025, 4, 1)
END_OLD = "data-s-6b0e3f2a-91c4-4d7e-b1a8-2f5c7d9e0a13"
END_NEW = "data-s-d41f8a07-3c2b-4e69-a5d0-8e1b7c6f2a94"
_hist = []


def noise(rng, when, i, prev):
    prev = prev or {}
    if i == 0:
        _hist.clear()
    s = {}
    s["publish"] = C.keep_or(rng, prev.get("publish"), 0.7, lambda: (C.uuid4(rng), C.epoch(when) * 1000 - rng.randint(10 ** 6, 10 ** 9)))
    s["ssr"] = C.hexs(rng, 16)
    s["news"] = [n for n in NEWS if dt.datetime.strptime(n[0], "%Y.%m.%d") <= when][-3:]
    s["banner"] = [b[1] for b in BANNERS if b[0] <= when][-1]
    s["channel"] = C.keep_or(rng, prev.get("channel"), 0.3, lambda: rng.choice([0, 0, 1, 2]))
    s["recruit"] = C.keep_or(rng, prev.get("recruit"), 0.4, lambda: rng.randint(6, 24))
    s["site"] = "v2" if when >= REBUILD else "v1"
    return s


LABELS = {
    "publish": "STUDIO publish id and timestamp",
    "ssr": "per-request SSR state hash",
    "news": "お知らせ news list (latest 3)",
    "banner": "release banner in header",
    "channel": "Channel Talk chat button unread badge",
    "recruit": "採用情報 open-positions badge",
    "site": "site rebuilt (new header/footer, boxes re-created with new data-s ids)",
}


def with_history(blocks):
    """The 附則 list with one line per dated revision seen so far (the first two are in the source)."""
    out = []
    for b in blocks:
        if b[0] == "ul" and b[1] and b[1][0].startswith("・2023年4月1日"):
            b = ("ul", b[1] + ["・%s 改定" % d for d in _hist])
        out.append(b)
    return out


def ds(seed):
    return "data-s-" + C.det_uuid("studio", seed)


def render(s, blocks, when):
    upd = [b[1] for b in blocks if b[0] == "p" and b[1].startswith("最終改定日：")][0][len("最終改定日："):]
    if upd != "2023年6月16日" and upd not in _hist:
        _hist.append(upd)
    blocks = with_history(blocks)
    v = s["site"]
    boxes = []
    for kind, val in blocks:
        a = ds((v, kind, str(val)[:14]))
        if kind == "h1":
            boxes.append('<div class="sd appear" %s><h1 class="sd text" style="white-space:pre-wrap">%s</h1></div>' % (a, C.inline_html(val)))
        elif kind in ("h2", "h3"):
            boxes.append('<div class="sd appear" %s><%s class="sd text" style="white-space:pre-wrap">%s</%s></div>' % (a, kind, C.inline_html(val), kind))
        elif kind == "p":
            boxes.append('<div class="sd" %s><p class="sd text" style="white-space:pre-wrap">%s</p></div>' % (a, C.inline_html(val)))
        elif kind in ("ul", "addr"):
            boxes.append('<div class="sd" %s><p class="sd text" style="white-space:pre-wrap">%s</p></div>' % (a, "\n".join(C.inline_html(x) for x in val)))
        else:
            raise ValueError(kind)
    end_attr = END_OLD if v == "v1" else END_NEW
    related = ('<div class="sd related" %s><p class="sd text">関連ページ</p><a class="sd link" href="/terms">利用規約</a><a class="sd link" href="/security">セキュリティ</a>'
               '<a class="sd link" href="/external-transmission">外部送信について</a><a class="sd link" href="/tokushoho">特定商取引法に基づく表記</a></div>' % end_attr)
    news = "".join('<a class="sd news-item" href="/news/%s"><p class="sd text date">%s</p><p class="sd text">%s</p></a>' % (d.replace(".", ""), d, t) for d, t in reversed(s["news"]))
    unread = s["channel"]
    channel = ('<div id="ch-plugin"><div id="ch-plugin-launcher" class="ch-launcher" role="button" aria-label="チャットで相談する"><div class="ch-launcher-icon"></div>%s</div></div>'
               % ('<div class="ch-badge">%d</div>' % unread if unread else ""))
    pid, pts = s["publish"]
    if v == "v1":
        header = ('<header class="sd header" %s><div class="sd banner"><p class="sd text">%s</p></div><a class="sd logo" href="/"><img src="https://storage.googleapis.com/studio-design-asset-files/projects/xPqk2m7aRw/s-320x80_v-frms_webp_3e1c7a90-logo.webp" alt="コトノハ"></a>'
                  '<nav class="sd nav"><a href="/service">サービス</a><a href="/api">API</a><a href="/news">お知らせ</a><a href="/company">会社概要</a><a href="/recruit">採用情報<span class="sd badge">%d件</span></a></nav>'
                  '<a class="sd button" href="/contact">お問い合わせ</a></header>' % (ds("hdr1"), s["banner"], s["recruit"]))
        footer = ('<footer class="sd footer" %s><div class="sd news"><p class="sd text">お知らせ</p>%s</div><div class="sd links"><a href="/privacy">プライバシーポリシー</a><a href="/terms">利用規約</a></div>'
                  '<p class="sd text">\u00a9 2023 Kotonoha Inc.</p></footer>' % (ds("ftr1"), news))
    else:
        header = ('<div class="sd announce" %s><a class="sd" href="/news"><p class="sd text">%s</p></a></div><header class="sd header-v2" %s><a class="sd logo" href="/"><img src="https://storage.googleapis.com/studio-design-asset-files/projects/xPqk2m7aRw/s-400x96_v-frms_webp_9b2d41f0-logo2025.webp" alt="Kotonoha"></a>'
                  '<nav class="sd gnav"><a href="/product">プロダクト</a><a href="/solutions">導入事例</a><a href="/api">開発者向け</a><a href="/security">セキュリティ</a><a href="/news">ニュース</a><a href="/company">会社情報</a></nav>'
                  '<div class="sd cta"><a class="sd button ghost" href="/download">資料ダウンロード</a><a class="sd button" href="/contact">お問い合わせ</a></div></header>'
                  % (ds("ann2"), s["banner"], ds("hdr2")))
        footer = ('<footer class="sd footer-v2" %s><div class="sd news"><p class="sd text">NEWS</p>%s</div><div class="sd cols"><div><p class="sd text">会社情報</p><a href="/company">会社概要</a><a href="/recruit">採用情報（%d件募集中）</a></div>'
                  '<div><p class="sd text">ポリシー</p><a href="/privacy">プライバシーポリシー</a><a href="/terms">利用規約</a><a href="/external-transmission">外部送信について</a><a href="/security">情報セキュリティ方針</a></div></div>'
                  '<p class="sd text">\u00a9 Kotonoha Inc. All Rights Reserved.</p></footer>' % (ds("ftr2"), news, s["recruit"]))
    main = ('<div class="sd page" %s><div class="sd page-head"><p class="sd text en">PRIVACY POLICY</p></div><div class="sd container" %s>\n%s\n%s</div></div>'
            % (ds((v, "page")), ds((v, "container")), "\n".join(boxes), related))
    return ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>プライバシーポリシー | 株式会社コトノハ</title>'
            '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="generator" content="Studio.Design">'
            '<meta name="description" content="株式会社コトノハのプライバシーポリシーです。"><meta property="og:image" content="https://storage.googleapis.com/studio-cms-assets/projects/xPqk2m7aRw/s-2400x1260_v-fms_webp_ogp.webp">'
            '<link rel="canonical" href="%s"><link rel="preload" href="https://studio.design/_nuxt/app.%s.js" as="script"></head>'
            '<body><div id="__nuxt"><div id="__layout"><div class="StudioCanvas">%s%s%s</div></div></div>%s'
            '<script>window.__NUXT__={layout:"default",data:[{projectId:"xPqk2m7aRw",pageId:"privacy",publishId:"%s",publishedAt:%d}],state:{ssrHash:"%s"},serverRendered:true}</script>'
            '<script src="https://studio.design/_nuxt/app.%s.js" defer></script><script>(function(){var w=window;if(w.ChannelIO){return}var ch=function(){ch.c(arguments)};ch.q=[];ch.c=function(args){ch.q.push(args)};w.ChannelIO=ch})();ChannelIO("boot",{"pluginKey":"b2f1c8e0-5a7d-4c3e-9f61-0d2a8b4e7c15"});</script>'
            '</body></html>' % (URL, pid[:8], header, main, footer, channel, pid, pts, s["ssr"], pid[:8]))


def gold_md(blocks):
    return C.blocks_md(with_history(blocks), URL)


RANGE_OLD = {"startBefore": "h1", "endBefore": "[%s]" % END_OLD}
RANGE_NEW = {"startBefore": "h1", "endBefore": "[%s]" % END_NEW}

PAGE = {
    "service": "Kotonoha", "url": URL, "lang": "ja-JP", "platform": "STUDIO (Nuxt SSR)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("server", "Google Frontend"),),
    "n": 30, "start": dt.date(2023, 7, 3), "end": dt.date(2026, 5, 25),
    "policy": POLICY, "first_updated": dt.date(2023, 6, 16), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render, "gold_md": gold_md,
    "declaration": {"fetch": URL, "select": [RANGE_NEW]},
    "history": [{"fetch": URL, "select": [RANGE_OLD], "validUntil": "2025-04-01T00:00:00Z"}],
}
