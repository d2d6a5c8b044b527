"""ハタラクラウド (cloud attendance / payroll HR SaaS, Tokyo) - ja-JP - the privacy policy is a public Notion page
(notion.site, then a Notion Sites custom domain page): no semantic lists (each bullet is a notion-bulleted_list-block
div with the bullet in a CSS variable), Notion "Heading 1" blocks rendered as <h2>, inline tokens as styled spans,
per-block data-block-id uuids, an address block with pre-wrap newlines. Noise: Notion's near-daily client deploys
(asset hashes, client version), its logged-out top bar experiment, the cookie notice shown or not, the "Notion で作成"
badge of Notion Sites."""
import datetime as dt
import hashlib
import html
import common as C

URL = "https://hataracloud.notion.site/3f9c2a7e1b8d4c6f9a0e5d2b7c1f4a83"


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# プライバシーポリシー

株式会社ハタラクラウド（以下「当社」といいます。）は、当社が提供するクラウド勤怠管理・労務管理サービス「ハタラクラウド」（以下「本サービス」といいます。）における個人情報の取扱いについて、個人情報の保護に関する法律（以下「個人情報保護法」といいます。）その他の関係法令を遵守し、以下のとおりプライバシーポリシーを定めます。

## 第1条（取得する個人情報）

当社は、本サービスの提供にあたり、以下の個人情報を取得します。

- 本サービスを利用する法人（以下「利用企業」といいます。）の担当者の氏名、所属部署、役職、電話番号、メールアドレス
- 利用企業の従業員の氏名、生年月日、住所、社員番号、雇用形態、勤怠記録、打刻時の位置情報、給与・賞与に関する情報
- マイナンバー（個人番号）その他の特定個人情報
- 健康診断の結果、休職・休業に関する情報その他の要配慮個人情報（利用企業が本サービスに登録した場合に限ります。）
- 本サービスの導入検討にあたり、資料請求、セミナー申込み、お問い合わせフォーム等を通じてご提供いただく情報
- 本サービスへのアクセスログ、IPアドレス、端末情報、Cookie等の識別子

## 第2条（利用目的）

当社は、取得した個人情報を以下の目的で利用します。

- 本サービスの提供、運営、本人確認および利用料金の請求のため
- 本サービスに関するお問い合わせへの対応、サポートのため
- 本サービスの新機能、更新情報、キャンペーン等のご案内のため
- 利用規約に違反する行為、不正アクセス等への対応のため
- 本サービスの改善および新たなサービスの開発のため（統計的に処理し、個人を特定できない形式に加工した情報を用います。）

特定個人情報は、利用企業から委託を受けた個人番号関係事務の範囲内でのみ取り扱い、それ以外の目的には利用しません。

当社は、利用目的を変更する場合には、変更前の利用目的と関連性を有すると合理的に認められる範囲内においてのみ変更し、変更後の利用目的を本サービス上で公表します。

## 第3条（利用企業から委託を受けて取り扱う個人データ）

利用企業が本サービスに登録した従業員の個人データについて、当社は利用企業から個人データの取扱いの委託を受けた者として、利用企業との契約および利用企業の指示に従ってこれを取り扱います。当社は、当該個人データを利用企業への本サービスの提供以外の目的で利用しません。

利用企業との契約が終了した場合、当社は、契約終了日から90日間の猶予期間を経過した後、当該個人データをバックアップを含めて削除します。猶予期間中、利用企業は本サービスのエクスポート機能によりデータを取得することができます。

## 第4条（第三者提供）

当社は、次に掲げる場合を除き、あらかじめご本人の同意を得ることなく、個人データを第三者に提供しません。

- 法令に基づく場合
- 人の生命、身体または財産の保護のために必要がある場合であって、ご本人の同意を得ることが困難であるとき
- 国の機関もしくは地方公共団体またはその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合
- 利用目的の達成に必要な範囲内において、個人データの取扱いの全部または一部を委託する場合
- 合併、会社分割、事業譲渡その他の事由による事業の承継に伴って個人データが提供される場合

## 第5条（外国にある第三者への提供）

当社は、本サービスのデータを日本国内のデータセンターで保管しています。ただし、お問い合わせ対応のため、米国に所在するサービス提供事業者に個人データの取扱いを委託することがあります。

## 第6条（安全管理措置）

当社は、個人データの漏えい、滅失またはき損の防止その他の安全管理のため、通信および保存データの暗号化、アクセス権限の管理、従業者への教育その他の必要かつ適切な措置を講じます。

## 第7条（保有個人データの開示等の請求）

ご本人は、当社の保有個人データについて、利用目的の通知、開示、内容の訂正・追加・削除、利用停止・消去および第三者提供の停止を請求することができます。請求にあたっては、下記窓口までご連絡ください。開示の請求については、1件につき1,000円の手数料を申し受けます。

なお、利用企業から委託を受けて取り扱う従業員の個人データについては、利用企業を通じてご請求ください。

当社は、ご本人からの請求であることを確認したうえで、法令の定めに従い遅滞なく対応します。ただし、法令により開示等を行わないことが認められている場合には、その旨と理由をご通知します。

## 第8条（Cookie等の利用）

当社のウェブサイトでは、利用状況の分析および広告配信のためにCookieを利用しています。ブラウザの設定によりCookieを無効にすることができますが、一部の機能がご利用いただけなくなる場合があります。

## 第9条（お問い合わせ窓口）

本ポリシーに関するお問い合わせ、開示等の請求は、以下の窓口までお願いいたします。

@ 株式会社ハタラクラウド　個人情報お問い合わせ窓口
@ 〒150-0002 東京都渋谷区渋谷二丁目24番12号
@ 個人情報保護管理者：取締役CTO　佐伯 亮
@ メールアドレス：privacy@hataracloud.jp

## 第10条（改定）

当社は、法令の改正や本サービスの変更に応じて、本ポリシーを改定することがあります。重要な変更を行う場合には、本サービス上で通知します。変更後のプライバシーポリシーは、本ページに掲載した時点から効力を生じるものとします。

制定日：2019年10月1日

最終改定日：{UPDATED}

以上
"""

EDITS = [
    {"note": "2022 APPI amendment: foreign-transfer article names the country (USA), its privacy regime and the "
             "provider's measures; safety-management article lists the measures by category",
     "repl": [("ただし、お問い合わせ対応のため、米国に所在するサービス提供事業者に個人データの取扱いを委託することがあります。",
               "ただし、お問い合わせ対応のため、米国に所在するサービス提供事業者（Zendesk, Inc.）に個人データの取扱いを委託しています。米国には、連邦レベルで個人情報保護法に相当する包括的な法令はありませんが、州ごとの法令（カリフォルニア州消費者プライバシー法等）が存在します。当該事業者は、OECDプライバシーガイドライン8原則に対応する措置を講じています。米国の個人情報保護制度については、個人情報保護委員会のウェブサイトをご確認ください。"),
              ("当社は、個人データの漏えい、滅失またはき損の防止その他の安全管理のため、通信および保存データの暗号化、アクセス権限の管理、従業者への教育その他の必要かつ適切な措置を講じます。",
               "当社は、個人データの漏えい、滅失またはき損の防止その他の安全管理のため、以下の措置を講じています。\n\n- 組織的安全管理措置：個人情報保護管理者を設置し、取扱規程に基づく運用状況を定期的に点検しています。\n- 人的安全管理措置：従業者に対し、入社時および年1回、個人情報の取扱いに関する研修を実施しています。\n- 物理的安全管理措置：入退室管理を行い、個人データを取り扱う端末の持ち出しを制限しています。\n- 技術的安全管理措置：通信および保存データを暗号化し、アクセス権限の管理とアクセスログの監視を行っています。\n- 外的環境の把握：個人データは日本国内のデータセンター（Amazon Web Services 東京リージョン）に保管しています。")]},
    {"note": "new article on 仮名加工情報 (pseudonymised data for analytics); articles renumbered",
     "repl": [("## 第4条（第三者提供）", "## 第4条（仮名加工情報の取扱い）\n\n当社は、本サービスの機能改善および統計分析のため、勤怠記録等の個人情報から氏名等の記述を削除し、他の情報と照合しない限り特定の個人を識別できないように加工した仮名加工情報を作成し、社内において利用することがあります。仮名加工情報は第三者に提供せず、利用目的の範囲内でのみ取り扱います。\n\n## 第5条（第三者提供）"),
              ("## 第5条（外国にある第三者への提供）", "## 第6条（外国にある第三者への提供）"),
              ("## 第6条（安全管理措置）", "## 第7条（安全管理措置）"),
              ("## 第7条（保有個人データの開示等の請求）", "## 第8条（保有個人データの開示等の請求）"),
              ("## 第8条（Cookie等の利用）", "## 第9条（Cookie等の利用）"),
              ("## 第9条（お問い合わせ窓口）", "## 第10条（お問い合わせ窓口）"),
              ("## 第10条（改定）", "## 第11条（改定）")]},
    {"note": "silent: privacy contact moved (new office in Shibuya Sakuragaoka, new manager); date not bumped",
     "bump": False,
     "repl": [("@ 〒150-0002 東京都渋谷区渋谷二丁目24番12号\n@ 個人情報保護管理者：取締役CTO　佐伯 亮",
               "@ 〒150-0031 東京都渋谷区桜丘町1番1号 渋谷サクラステージ SHIBUYAタワー\n@ 個人情報保護管理者：執行役員CISO　村瀬 千尋")]},
    {"note": "purposes: AI features (shift suggestions, chatbot) added with no-training-on-customer-data statement",
     "repl": [("- 本サービスの改善および新たなサービスの開発のため（統計的に処理し、個人を特定できない形式に加工した情報を用います。）",
               "- 本サービスの改善および新たなサービスの開発のため（統計的に処理し、個人を特定できない形式に加工した情報を用います。）\n- 生成AIを活用したシフト作成支援機能およびヘルプチャットボットの提供のため\n\n生成AIを活用した機能では、入力された内容を国内リージョンで稼働する大規模言語モデル（Microsoft Azure OpenAI Service）で処理します。利用企業のデータおよび従業員の個人データを、当社または外部事業者のAIモデルの学習に利用することはありません。")]},
    {"note": "Cookie article rewritten for 個人関連情報 (third-party ad tags, Google Analytics, opt-out links); disclosure "
             "fee removed and electronic disclosure added",
     "repl": [("当社のウェブサイトでは、利用状況の分析および広告配信のためにCookieを利用しています。ブラウザの設定によりCookieを無効にすることができますが、一部の機能がご利用いただけなくなる場合があります。",
               "当社のウェブサイトでは、利用状況の分析および広告配信のためにCookieを利用しています。当社は、Google LLCが提供するGoogleアナリティクスおよび広告配信事業者のタグを通じて、閲覧履歴等の個人関連情報を取得し、当社が保有する個人データと紐づけることがあります。この場合、あらかじめご本人の同意を取得します。\n\nGoogleアナリティクスによる情報の収集は、[Google アナリティクス オプトアウト アドオン](https://tools.google.com/dlpage/gaoptout?hl=ja)により無効にすることができます。また、ブラウザの設定によりCookieを無効にすることができますが、一部の機能がご利用いただけなくなる場合があります。"),
              ("請求にあたっては、下記窓口までご連絡ください。開示の請求については、1件につき1,000円の手数料を申し受けます。",
               "請求にあたっては、下記窓口までご連絡ください。開示は、ご本人が指定する方法（電磁的記録の提供または書面の交付）により行います。手数料はいただきません。")]},
]

TITLE_RUN = 'style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding: 3px 2px;"'


def bid(*p):
    h = hashlib.sha1("|".join(map(str, p)).encode()).hexdigest()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def inline(t):
    out = []
    n = 0
    pos = 0
    for m in C.INLINE.finditer(t):
        if m.start() > pos:
            out.append(html.escape(t[pos:m.start()], quote=False))
        n += 1
        if m.group(1) is not None:
            out.append('<span style="font-weight:600" data-token-index="%d" class="notion-enable-hover">%s</span>' % (n, html.escape(m.group(1), quote=False)))
        else:
            out.append('<a href="%s" class="notion-link-token notion-focusable-token notion-enable-hover" rel="noopener noreferrer" '
                       'data-token-index="%d" tabindex="0" style="color:inherit;text-decoration:inherit"><span class="link-annotation-unknown-block-id-%d" '
                       'style="border-bottom:0.05em solid;border-color:rgba(55,53,47,.4);opacity:0.7">%s</span></a>'
                       % (html.escape(m.group(3)), n, int(hashlib.sha1(m.group(3).encode()).hexdigest()[:7], 16), html.escape(m.group(2), quote=False)))
        pos = m.end()
    out.append(html.escape(t[pos:], quote=False))
    return "".join(out)


def leaf(text, placeholder=" ", tag="div", extra=""):
    return ('<%s spellcheck="true" placeholder="%s" data-content-editable-leaf="true" contenteditable="false" class="notranslate"%s %s>%s</%s>'
            % (tag, placeholder, extra, TITLE_RUN, text, tag))


def notion_blocks(blocks):
    out = []
    for k, (kind, v) in enumerate(blocks):
        key = bid(kind, str(v)[:24])
        if kind == "h2":
            out.append('<div data-block-id="%s" class="notion-selectable notion-header-block" style="width: 100%%; max-width: 100%%; margin-top: 2em; margin-bottom: 4px;">'
                       '<div style="display: flex; width: 100%%; color: inherit; fill: inherit;">%s</div></div>'
                       % (key, leaf(inline(v), "見出し1", "h2", ' style="font-size: 1.875em; font-weight: 600; line-height: 1.3; margin: 0px;"')))
        elif kind == "h3":
            out.append('<div data-block-id="%s" class="notion-selectable notion-sub_header-block" style="width: 100%%; max-width: 100%%; margin-top: 1.4em; margin-bottom: 1px;">'
                       '<div style="display: flex; width: 100%%; color: inherit; fill: inherit;">%s</div></div>' % (key, leaf(inline(v), "見出し2", "h3")))
        elif kind == "p":
            out.append('<div data-block-id="%s" class="notion-selectable notion-text-block" style="width: 100%%; max-width: 100%%; margin-top: 1px; margin-bottom: 1px;">'
                       '<div style="color: inherit; fill: inherit;"><div style="display: flex;">%s</div></div></div>' % (key, leaf(inline(v))))
        elif kind == "addr":
            out.append('<div data-block-id="%s" class="notion-selectable notion-text-block" style="width: 100%%; max-width: 100%%; margin-top: 1px; margin-bottom: 1px;">'
                       '<div style="color: inherit; fill: inherit;"><div style="display: flex;">%s</div></div></div>' % (key, leaf("\n".join(inline(x) for x in v))))
        elif kind == "ul":
            for j, item in enumerate(v):
                out.append('<div data-block-id="%s" class="notion-selectable notion-bulleted_list-block" style="width: 100%%; max-width: 100%%; margin-top: 1px; margin-bottom: 0px;">'
                           '<div style="display: flex; align-items: flex-start; width: 100%%; padding-left: 2px; color: inherit; fill: inherit;">'
                           '<div contenteditable="false" class="pseudoSelection" data-content-editable-void="true" data-text-edit-side="start" '
                           'style="user-select: none; --pseudoSelection--background: transparent; margin-right: 2px; width: 24px; display: flex; align-items: center; justify-content: center; min-height: calc(1.5em + 6px);">'
                           '<div class="pseudoBefore" style="font-size: 1.5em; line-height: 1; margin-bottom: 0px; --pseudoBefore--fontFamily: Arial; --pseudoBefore--content: &quot;•&quot;;"></div></div>'
                           '<div style="flex: 1 1 0px; min-width: 1px; display: flex; flex-direction: column;"><div style="display: flex;">%s</div></div></div></div>'
                           % (bid("li", item[:24]), leaf(inline(item))))
        elif kind == "table":
            rows = "".join('<tr>%s</tr>' % "".join('<td style="color: inherit; border: 1px solid rgb(233, 233, 231); vertical-align: top; min-width: 120px; padding: 0px;%s">'
                                                  '<div class="notion-table-cell"><div class="notion-table-cell-text notranslate">%s</div></div></td>'
                                                  % (" background: rgb(247, 246, 243);" if r == 0 else "", inline(c)) for c in row)
                           for r, row in enumerate(v))
            out.append('<div data-block-id="%s" class="notion-selectable notion-table-block" style="width: 100%%; max-width: 100%%; margin-top: 4px; margin-bottom: 4px;">'
                       '<div class="notion-scroller horizontal"><table style="border-collapse: collapse; table-layout: fixed;"><tbody>%s</tbody></table></div></div>' % (key, rows))
        else:
            raise ValueError(kind)
    return "".join(out)


SITES = dt.datetime(2024, 6, 25)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["client"] = ("23.13.%d.%d" % ((when - dt.datetime(2021, 1, 1)).days, rng.randint(1, 9)), C.hexs(rng, 20))
    s["topbar"] = rng.choice(["Notion で作成", "Notion を無料で試す", "無料で Notion をはじめる"])
    s["cookie"] = rng.random() < 0.6
    s["sites"] = when >= SITES
    return s


LABELS = {
    "client": "Notion client deploy (version, asset hashes)",
    "topbar": "logged-out top bar CTA experiment",
    "cookie": "Notion cookie notice shown / hidden",
    "sites": "Notion Sites rollout (site badge, page chrome)",
}


def render(s, blocks, when):
    ver, ah = s["client"]
    title = blocks[0][1]
    topbar = ('<div class="notion-topbar" style="user-select: none; position: relative; z-index: 100;"><div style="width: 100%%; max-width: 100vw; height: 45px; '
              'opacity: 1; transition: opacity 700ms ease 0s, color 700ms ease 0s; position: relative;"><div style="display: flex; justify-content: space-between; '
              'align-items: center; overflow: hidden; height: 45px; padding-left: 12px; padding-right: 10px;"><div class="notranslate shadow-cursor-breadcrumb" '
              'style="display: flex; align-items: center; line-height: 1.2; font-size: 14px; height: 100%%; flex-grow: 0; margin-right: 8px; min-width: 0px;">'
              '<div role="button" tabindex="0" style="user-select: none; transition: background 20ms ease-in 0s; cursor: pointer; display: inline-flex; align-items: center; '
              'flex-shrink: 1; white-space: nowrap; height: 24px; border-radius: 4px; font-size: 14px; line-height: 1.2; min-width: 0px; padding-left: 6px; '
              'padding-right: 6px; color: rgb(55, 53, 47);"><div class="notranslate" style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 240px;">%s</div></div></div>'
              '<div class="notion-topbar-action-buttons" style="display: flex; align-items: center; height: 100%%; flex-shrink: 0;">'
              '<a href="https://www.notion.so/signup?from=public_page" role="button" tabindex="0" class="notion-topbar-signup" style="user-select: none; transition: background 20ms ease-in 0s; '
              'cursor: pointer; display: inline-flex; align-items: center; height: 28px; padding-left: 8px; padding-right: 8px; border-radius: 4px; white-space: nowrap; font-size: 14px;">%s</a>'
              '</div></div></div></div>' % (html.escape(title), s["topbar"]))
    page = ('<div class="notion-scroller vertical" style="z-index: 1; display: flex; flex-direction: column; flex-grow: 1; position: relative; align-items: center; '
            'margin-right: 0px; margin-bottom: 0px; overflow: hidden auto;"><div class="whenContentEditable" contenteditable="false" style="caret-color: rgb(55, 53, 47); '
            'width: 100%%; display: flex; flex-direction: column; align-items: center; flex-shrink: 0; flex-grow: 0;"><div class="layout layout-wide">'
            '<div class="layout-content"><div class="pseudoSelection" data-content-editable-void="true" style="user-select: none; --pseudoSelection--background: transparent; '
            'width: 100%%; display: flex; flex-direction: column; align-items: center; flex-shrink: 0; flex-grow: 0; z-index: 2;"><div style="width: 100%%; height: 80px;"></div></div>'
            '<div class="notion-page-block" data-block-id="%s" style="color: rgb(55, 53, 47); font-weight: 700; line-height: 1.2; font-size: 40px; cursor: text; display: flex; align-items: center;">'
            '%s</div></div><div class="layout-content layout-content-with-divider"><div class="notion-page-content" style="flex-shrink: 0; flex-grow: 1; max-width: 100%%; '
            'display: flex; align-items: flex-start; flex-direction: column; font-size: 16px; line-height: 1.5; width: 100%%; z-index: 4; padding-bottom: 30vh; padding-top: 5px;">'
            '%s</div></div></div></div></div>'
            % ("3f9c2a7e-1b8d-4c6f-9a0e-5d2b7c1f4a83", leaf(inline(title), "無題", "h1", ' style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; padding: 3px 2px; font-size: 1em; font-weight: inherit; margin: 0px;"'),
               notion_blocks(blocks[1:])))
    cookie = ('<div class="notion-overlay-container notion-default-overlay-container" style="position: fixed; inset: 0px; pointer-events: none; z-index: 999;">'
              '%s</div>' % ('<div style="pointer-events: auto; position: fixed; bottom: 16px; left: 16px; width: 380px; background: white; border-radius: 10px; '
                            'box-shadow: rgba(15, 15, 15, 0.05) 0px 0px 0px 1px, rgba(15, 15, 15, 0.1) 0px 3px 6px, rgba(15, 15, 15, 0.2) 0px 9px 24px; padding: 16px;" '
                            'role="dialog" aria-label="Cookie通知"><div style="font-size: 14px;">Notion は Cookie を使用して、サービスの提供・改善、およびマーケティングを行っています。'
                            '詳しくは <a href="https://www.notion.so/ja-jp/help/cookie-policy">Cookie に関する通知</a> をご覧ください。</div>'
                            '<div style="display: flex; gap: 8px; margin-top: 12px;"><div role="button" tabindex="0">すべて拒否</div><div role="button" tabindex="0">設定</div>'
                            '<div role="button" tabindex="0">すべて許可</div></div></div>' if s["cookie"] else ""))
    badge = ('<a href="https://www.notion.com/ja-jp/product/sites?utm_source=site_badge" class="notion-site-badge" style="position: fixed; bottom: 12px; right: 12px; '
             'font-size: 12px; padding: 4px 8px; border-radius: 6px; background: white; color: rgb(55, 53, 47); box-shadow: rgba(15, 15, 15, 0.1) 0px 0px 0px 1px;">Notion で作成</a>'
             if s["sites"] else "")
    return ('<!DOCTYPE html><html lang="ja" class="notion-html"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,height=device-height,'
            'initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover"><title>%s</title><meta name="description" content="">'
            '<meta property="og:site_name" content="%s"><meta property="og:title" content="%s"><meta name="twitter:card" content="summary_large_image">'
            '<link rel="stylesheet" href="/_assets/app-%s.css"><link rel="preload" href="/_assets/ClientFramework-%s.js" as="script">'
            '<script>window.__NOTION_CLIENT_VERSION__="%s";window.__SITE_DOMAIN__="%s";</script>'
            '<script src="/_assets/vendors-%s.js" defer></script><script src="/_assets/app-%s.js" defer></script></head>'
            '<body class="notion-body"><div id="notion-app"><div class="notion-app-inner notion-light-theme" style="color: rgb(55, 53, 47); fill: currentcolor; '
            'line-height: 1.5; font-family: ui-sans-serif, -apple-system, BlinkMacSystemFont, &quot;Segoe UI Variable Display&quot;, &quot;Segoe UI&quot;, Helvetica, '
            '&quot;Apple Color Emoji&quot;, Arial, sans-serif, &quot;Segoe UI Emoji&quot;, &quot;Segoe UI Symbol&quot;; -webkit-font-smoothing: auto;">'
            '<div style="height: 100%%;"><div class="notion-cursor-listener" style="width: 100vw; height: 100%%; position: relative; display: flex; flex: 1 1 0px; background: white; cursor: text;">'
            '<main class="notion-frame" style="flex-grow: 0; flex-shrink: 1; display: flex; flex-direction: column; background: white; z-index: 1; height: calc(-44px + 100vh); '
            'max-height: 100%%; position: relative; width: 100%%;">%s%s</main></div></div></div>%s%s</div>'
            '<div id="skip-to-content" tabindex="-1"></div></body></html>'
            % (html.escape(title), "ハタラクラウド" if s["sites"] else "Notion", html.escape(title), ah[:16], ah[4:20], ver,
               "hataracloud.notion.site", ah[2:18], ah[:16], topbar, page, cookie, badge))


PAGE = {
    "service": "HataraCloud", "url": URL, "lang": "ja-JP", "platform": "Notion (public page / Notion Sites)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 6, 6), "end": dt.date(2026, 7, 30),
    "policy": POLICY, "first_updated": dt.date(2021, 11, 15), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".notion-page-block h1", ".notion-page-content"]},
}
