"""Mikage Security (Japanese threat-intelligence / SOC company), privacy policy on Liferay Portal 7.1 (Web Content
Display portlet with the barebone decorator, 70/30 layout, Asset Publisher beside), redesigned on Liferay DXP 7.4
content pages (container fragment with the custom class "mikage-legal", heading + paragraph fragments, collection
display) on 2024-06-01: the declaration moves from `.journal-content-article` to `.mikage-legal` (*.history.json).

Noise: the crawler gets no cookie, so every portal-generated link carries a fresh ;jsessionid= (per visit), as do
Liferay.authToken and the p_auth of the language form; a "latest threat reports" list beside the policy (a new
report every nine days); the combo/theme t= stamps at deploys."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://www.mikage-sec.co.jp/ja/privacy"
REDESIGN = dt.datetime(2024, 6, 1, 0, 0, 0)


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# プライバシーポリシー

株式会社ミカゲセキュリティ（以下「当社」といいます。）は、サイバーセキュリティ事業を営む企業として、お客様からお預かりする個人情報の保護を経営上の最重要課題の一つと位置付けています。当社は、個人情報の保護に関する法律（以下「個人情報保護法」といいます。）その他の関係法令及びガイドラインを遵守し、以下のとおり個人情報を取り扱います。

## 1. 事業者の名称及び所在地

@ 株式会社ミカゲセキュリティ
@ 〒100-0005 東京都千代田区丸の内一丁目8番3号 丸の内トラストタワー本館 20階
@ 代表取締役社長 三影 孝

## 2. 取得する個人情報

当社は、適正な手段により、次の個人情報を取得します。

- 氏名、会社名、部署名、役職、メールアドレス、電話番号等の連絡先情報
- セミナー、ウェビナー及び展示会への参加申込情報
- 資料請求、お見積り及びお問い合わせの内容
- 当社サービスのポータルのアカウント情報及びログイン履歴
- 当社ウェブサイトの閲覧履歴、IPアドレス、Cookie等の識別子
- インシデント対応サービスの提供に際してお客様から提供を受けるログ、端末情報その他の調査資料

## 3. 利用目的

当社は、取得した個人情報を次の目的のために利用し、ご本人の同意を得た場合又は法令で認められた場合を除き、これらの目的の範囲を超えて利用することはありません。

| 利用目的 | 主な対象 |
| 脅威インテリジェンスサービス、SOCサービス及びインシデント対応サービスの提供 | 契約者及びその従業者 |
| ご契約の管理、料金の請求及びサポート対応 | 契約者 |
| セミナー及びウェビナーの運営並びに資料の送付 | 参加申込者 |
| 新サービス、脆弱性情報及び脅威レポートのご案内 | 配信を希望された方 |
| サービスの改善及び新たな検知技術の研究開発 | 利用者（統計情報に加工したもの） |
| 採用選考及び採用に関するご連絡 | 応募者 |

なお、インシデント対応サービスにおいて調査資料に含まれる個人情報は、お客様からの委託に基づき、当該調査の目的の範囲内でのみ取り扱います。

## 4. 脅威インテリジェンス活動における個人情報の取扱い

当社は、サイバー攻撃からお客様を守るため、ダークウェブ上のフォーラムや不正なマーケットで公開又は売買されている情報を調査しています。この調査の過程で、漏えいしたメールアドレスや認証情報、攻撃者が使用するアカウント名等の個人情報を取得することがあります。

当社は、これらの情報を、被害の拡大防止及びお客様への注意喚起の目的に限って利用します。漏えいした認証情報は、ハッシュ化等の措置を講じたうえで厳重に管理し、対象となるお客様への通知に必要な範囲を超えて第三者に開示することはありません。

## 5. 第三者提供

当社は、次の場合を除き、あらかじめご本人の同意を得ることなく個人情報を第三者に提供しません。

- （1）法令に基づく場合
- （2）人の生命、身体又は財産の保護のために必要がある場合であって、ご本人の同意を得ることが困難であるとき
- （3）国の機関若しくは地方公共団体又はその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合
- （4）合併、会社分割その他の事由による事業の承継に伴って個人情報が提供される場合

## 6. 業務委託

当社は、利用目的の達成に必要な範囲で、個人情報の取扱いの全部又は一部を委託することがあります。この場合、当社は、十分な安全管理措置を講じている委託先を選定し、契約等により適切に監督しします。主な委託先は次のとおりです。

| 委託先 | 委託する業務 | 所在国 |
| アマゾン ウェブ サービス ジャパン合同会社 | クラウド基盤の提供 | 日本 |
| 株式会社セールスフォース・ジャパン | 顧客管理システムの提供 | 日本 |
| Zoom Video Communications, Inc. | ウェビナーの配信 | 米国 |
| ヤマト運輸株式会社 | 資料及び記念品の発送 | 日本 |

## 7. 外国にある第三者への提供

当社は、ウェビナーの配信等のため、米国に所在する事業者に個人情報を提供することがあります。当該事業者は、個人情報保護委員会の規則で定める基準に適合する体制を整備しています。米国における個人情報の保護に関する制度については、[個人情報保護委員会のウェブサイト](https://www.ppc.go.jp/personalinfo/legal/kaiseihogohou/#gaikoku)をご確認ください。

## 8. 安全管理措置

当社は、個人情報の漏えい、滅失又は毀損を防止するため、次の措置を講じています。

- 組織的安全管理措置：個人情報保護管理者の設置、取扱規程の策定及び定期的な内部監査
- 人的安全管理措置：全従業者に対する年1回以上の教育及び秘密保持誓約書の取得
- 物理的安全管理措置：入退室管理、機器の盗難防止及び書類の施錠保管
- 技術的安全管理措置：アクセス制御、通信及び保存データの暗号化、不正アクセスの常時監視

当社は、情報セキュリティマネジメントシステム（ISO/IEC 27001）及びプライバシーマークの認証を取得しています。

## 9. 保有個人データの開示等の請求

ご本人は、当社の保有個人データについて、利用目的の通知、開示、訂正、追加、削除、利用の停止、消去及び第三者提供の停止並びに第三者提供記録の開示を請求することができます。請求の際は、下記のお問い合わせ窓口までご連絡ください。ご本人であることを確認したうえで、法令に従い遅滞なく対応いたします。なお、利用目的の通知及び開示の請求については、1件につき1,000円の手数料をいただきます。

## 10. Cookie等の利用

当社ウェブサイトでは、利便性の向上及びアクセス状況の分析のためにCookie及び類似の技術を利用しています。Google アナリティクスにより収集されるデータは、Google社のプライバシーポリシーに基づいて管理されます。Cookieの利用はブラウザの設定により拒否することができますが、その場合は一部の機能をご利用いただけなくなることがあります。

## 11. お問い合わせ窓口

本ポリシー及び当社の個人情報の取扱いに関するお問い合わせ、苦情及びご相談は、次の窓口までお願いいたします。

@ 株式会社ミカゲセキュリティ 個人情報お問い合わせ窓口
@ 電話：03-6551-2040（受付時間：平日10:00～17:00）
@ メール：[privacy@mikage-sec.co.jp](mailto:privacy@mikage-sec.co.jp)

## 12. 改定

当社は、法令の改正やサービス内容の変更に応じて、本ポリシーを改定することがあります。重要な変更がある場合は、当社ウェブサイト上でお知らせします。

制定日：2016年4月1日

最終改定日：{UPDATED}
"""

EDITS = [
    {"note": "processor added to the outsourcing table (Adobe for mail delivery)",
     "repl": [("| Zoom Video Communications, Inc. | ウェビナーの配信 | 米国 |",
               "| Zoom Video Communications, Inc. | ウェビナーの配信 | 米国 |\n"
               "| アドビ株式会社 | メール配信システムの提供 | 日本 |")]},
    {"note": "typo fixed ('監督しします' -> '監督します'), no new date", "bump": False,
     "repl": [("適切に監督しします", "適切に監督します")]},
    {"note": "disclosure-request fee of 1,000 yen abolished",
     "repl": [("なお、利用目的の通知及び開示の請求については、1件につき1,000円の手数料をいただきます。",
               "なお、利用目的の通知及び開示の請求に手数料はいただきません。")]},
    {"note": "new section on pseudonymised information inserted as 10, later sections renumbered",
     "repl": [("## 10. Cookie等の利用",
               "## 10. 仮名加工情報の取扱い\n\n"
               "当社は、検知技術の研究開発のため、取得した個人情報を他の情報と照合しない限り特定の個人を識別"
               "できないように加工した仮名加工情報を作成し、利用することがあります。仮名加工情報は、当社内での"
               "分析に限って利用し、第三者に提供することはありません。\n\n"
               "## 11. Cookie等の利用"),
              ("## 11. お問い合わせ窓口", "## 12. お問い合わせ窓口"),
              ("## 12. 改定", "## 13. 改定")]},
    {"note": "head office moved (address line changed)",
     "repl": [("〒100-0005 東京都千代田区丸の内一丁目8番3号 丸の内トラストタワー本館 20階",
               "〒105-7105 東京都港区東新橋一丁目5番2号 汐留シティセンター 5階")]},
]

REPORTS = [
    "ランサムウェア「LockBit 3.0」の最新動向と侵入経路",
    "国内企業を狙うVPN機器の脆弱性悪用の実態",
    "フィッシングキット「Tycoon 2FA」による多要素認証の回避",
    "ダークウェブで取引される国内企業の認証情報の分析",
    "標的型メール攻撃キャンペーン（2024年第2四半期）",
    "情報窃取型マルウェア「Lumma Stealer」の感染手口",
    "クラウド環境を狙う攻撃者グループの戦術分析",
    "サプライチェーン攻撃に悪用されたソフトウェア更新機能",
    "SNSを悪用したサポート詐欺の手口と対策",
    "医療機関を狙ったランサムウェア被害の傾向",
    "正規リモート管理ツールを悪用する攻撃の検知",
    "生成AIを悪用したビジネスメール詐欺の事例",
]
EPOCH = dt.date(2021, 3, 1)


def reports(when):
    k = (when.date() - EPOCH).days // 9
    out = []
    for j in range(k, k - 3, -1):
        d = EPOCH + dt.timedelta(days=9 * j + (j * 5) % 4)
        d = min(d, when.date())
        out.append((40000 + j * 13, REPORTS[(j * 7) % len(REPORTS)], d))
    return out


def noise(rng, when, i, prev):
    p = prev or {}
    new = when >= REDESIGN
    if p.get("dxp74") != new:
        p = {}
    return {
        "dxp74": new,
        "jsession": C.hexs(rng, 32).upper(),
        "auth": C.alnum(rng, 8),
        "reports": reports(when),
        "t": C.keep_or(rng, p.get("t"), 0.1, lambda: C.epoch(when - dt.timedelta(days=rng.randint(1, 60))) * 1000
                       + rng.randint(0, 999)),
    }


LABELS = {"dxp74": "redesign on Liferay DXP 7.4 content pages (declaration changes)",
          "jsession": ";jsessionid= in portal links (per visit)", "auth": "Liferay.authToken / p_auth (per visit)",
          "reports": "sidebar 'latest threat reports' list", "t": "combo/theme t= stamps (deploy)"}


def _links(s, path):
    return "%s;jsessionid=%s" % (path, s["jsession"])


NAV = [("/ja/services", "サービス"), ("/ja/threat-intelligence", "脅威インテリジェンス"), ("/ja/research", "リサーチ"),
       ("/ja/company", "企業情報"), ("/ja/contact", "お問い合わせ")]


def render_71(s, blocks, when):
    t = s["t"]
    j = s["jsession"]
    nav = "\n".join('<li class="lfr-nav-item" id="layout_%d" role="presentation"><a aria-labelledby="layout_%d" '
                    'href="https://www.mikage-sec.co.jp%s" role="menuitem"><span>%s</span></a></li>'
                    % (n + 2, n + 2, _links(s, p), name) for n, (p, name) in enumerate(NAV))
    art = C.blocks_html(blocks)
    reps = "\n".join(
        '<div class="asset-abstract"><h3 class="asset-title"><a href="https://www.mikage-sec.co.jp%s">%s</a></h3>'
        '<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">%s</span></div></div>'
        % (_links(s, "/ja/research/-/asset_publisher/r7Kx2mPq9LbA/content/report-%d" % rid), html.escape(title),
           d.strftime("%Y/%m/%d")) for rid, title, d in s["reports"])
    portlet_jc = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_Xk3aB9cD2eF1"
    portlet_ap = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_r7Kx2mPq9LbA"
    return """<!DOCTYPE html>



























<html class="ltr" dir="ltr" lang="ja-JP">

<head>
	<title>プライバシーポリシー - 株式会社ミカゲセキュリティ</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />





































<meta content="text/html; charset=UTF-8" http-equiv="content-type" />









<meta content="株式会社ミカゲセキュリティの個人情報保護方針です。" lang="ja-JP" name="description" />


<script data-senna-track="permanent" src="/combo?browserId=other&minifierType=js&languageId=ja_JP&b=7110&t={t}&/o/frontend-js-web/jquery/jquery.js&/o/frontend-js-web/clay/popper.js&/o/frontend-js-web/clay/bootstrap.js&/o/frontend-js-web/loader/config.js&/o/frontend-js-web/loader/loader.js&/o/frontend-js-web/aui/aui/aui.js" type="text/javascript"></script>
<link data-senna-track="temporary" href="https://www.mikage-sec.co.jp/ja/privacy" rel="canonical" />
<link data-senna-track="temporary" href="https://www.mikage-sec.co.jp/ja/privacy" hreflang="ja-JP" rel="alternate" />
<link data-senna-track="temporary" href="https://www.mikage-sec.co.jp/en/privacy" hreflang="en-US" rel="alternate" />
<link data-senna-track="temporary" href="https://www.mikage-sec.co.jp/ja/privacy" hreflang="x-default" rel="alternate" />

<meta property="og:locale" content="ja_JP">
<meta property="og:locale:alternate" content="en_US">
<meta property="og:site_name" content="株式会社ミカゲセキュリティ">
<meta property="og:title" content="プライバシーポリシー - 株式会社ミカゲセキュリティ">
<meta property="og:type" content="website">
<meta property="og:url" content="https://www.mikage-sec.co.jp/ja/privacy">


<link href="https://www.mikage-sec.co.jp/o/mikage-theme/images/favicon.ico" rel="icon" />



<link class="lfr-css-file" data-senna-track="temporary" href="https://www.mikage-sec.co.jp/o/mikage-theme/css/clay.css?browserId=other&amp;themeId=mikage_WAR_mikagetheme&amp;minifierType=css&amp;languageId=ja_JP&amp;b=7110&amp;t={t}" id="liferayAUICSS" rel="stylesheet" type="text/css" />



<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=other&amp;themeId=mikage_WAR_mikagetheme&amp;minifierType=css&amp;languageId=ja_JP&amp;b=7110&amp;t=1581356820000" id="liferayPortalCSS" rel="stylesheet" type="text/css" />









	

	





	



	

		<link data-senna-track="temporary" href="/combo?browserId=other&amp;minifierType=&amp;themeId=mikage_WAR_mikagetheme&amp;languageId=ja_JP&amp;b=7110&amp;com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_Xk3aB9cD2eF1:%2Fcss%2Fmain.css&amp;com_liferay_product_navigation_product_menu_web_portlet_ProductMenuPortlet:%2Fcss%2Fmain.css&amp;t={t}" id="4a6b2c1f" rel="stylesheet" type="text/css" />

	







<script data-senna-track="temporary" type="text/javascript">
	// <![CDATA[
		var Liferay = Liferay || {{}};

		Liferay.Browser = {{
			acceptsGzip: function() {{
				return true;
			}},
			getMajorVersion: function() {{
				return 0.0;
			}},
			getRevision: function() {{
				return '';
			}},
			getVersion: function() {{
				return '';
			}},
			isAir: function() {{
				return false;
			}},
			isChrome: function() {{
				return false;
			}},
			isFirefox: function() {{
				return false;
			}},
			isGecko: function() {{
				return false;
			}},
			isIe: function() {{
				return false;
			}},
			isIphone: function() {{
				return false;
			}},
			isLinux: function() {{
				return false;
			}},
			isMac: function() {{
				return false;
			}},
			isMobile: function() {{
				return false;
			}},
			isMozilla: function() {{
				return false;
			}},
			isOpera: function() {{
				return false;
			}},
			isRtf: function() {{
				return false;
			}},
			isSafari: function() {{
				return false;
			}},
			isSun: function() {{
				return false;
			}},
			isWebKit: function() {{
				return false;
			}},
			isWindows: function() {{
				return false;
			}}
		}};

		Liferay.Data = Liferay.Data || {{}};

		Liferay.Data.ICONS_INLINE_SVG = true;

		Liferay.Data.NAV_SELECTOR = '#navigation';

		Liferay.Data.NAV_SELECTOR_MOBILE = '#_com_liferay_product_navigation_user_personal_bar_web_portlet_ProductNavigationUserPersonalBarPortlet_sidenavUserToggle';

		Liferay.Data.isCustomizationView = function() {{
			return false;
		}};

		Liferay.Data.notices = [
			null

			

			
		];

		Liferay.PortletKeys = {{
			DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet',
			DYNAMIC_DATA_MAPPING: 'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet',
			ITEM_SELECTOR: 'com_liferay_item_selector_web_portlet_ItemSelectorPortlet'
		}};

		Liferay.PropsValues = {{
			JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,
			NTLM_AUTH_ENABLED: false,
			UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600
		}};

		Liferay.ThemeDisplay = {{

			
				getLayoutId: function() {{
					return '12';
				}},
				getLayoutRelativeControlPanelURL: function() {{
					return '/group/guest/~/control_panel/manage';
				}},
				getLayoutRelativeURL: function() {{
					return '/ja/privacy';
				}},
				getLayoutURL: function() {{
					return 'https://www.mikage-sec.co.jp/ja/privacy';
				}},
				getParentLayoutId: function() {{
					return '0';
				}},
				isControlPanel: function() {{
					return false;
				}},
				isPrivateLayout: function() {{
					return 'false';
				}},
				isVirtualLayout: function() {{
					return false;
				}},
			

			getBCP47LanguageId: function() {{
				return 'ja-JP';
			}},
			getCanonicalURL: function() {{
				return 'https\\x3a\\x2f\\x2fwww\\x2emikage-sec\\x2eco\\x2ejp\\x2fja\\x2fprivacy';
			}},
			getCDNBaseURL: function() {{
				return 'https://www.mikage-sec.co.jp';
			}},
			getCDNDynamicResourcesHost: function() {{
				return '';
			}},
			getCDNHost: function() {{
				return '';
			}},
			getCompanyGroupId: function() {{
				return '20128';
			}},
			getCompanyId: function() {{
				return '20101';
			}},
			getDefaultLanguageId: function() {{
				return 'ja_JP';
			}},
			getDoAsUserIdEncoded: function() {{
				return '';
			}},
			getLanguageId: function() {{
				return 'ja_JP';
			}},
			getParentGroupId: function() {{
				return '20124';
			}},
			getPathContext: function() {{
				return '';
			}},
			getPathImage: function() {{
				return '/image';
			}},
			getPathJavaScript: function() {{
				return '/o/frontend-js-web';
			}},
			getPathMain: function() {{
				return '/ja/c';
			}},
			getPathThemeImages: function() {{
				return 'https://www.mikage-sec.co.jp/o/mikage-theme/images';
			}},
			getPathThemeRoot: function() {{
				return '/o/mikage-theme';
			}},
			getPlid: function() {{
				return '32417';
			}},
			getPortalURL: function() {{
				return 'https://www.mikage-sec.co.jp';
			}},
			getScopeGroupId: function() {{
				return '20124';
			}},
			getScopeGroupIdOrLiveGroupId: function() {{
				return '20124';
			}},
			getSessionId: function() {{
				return '{j}';
			}},
			getSiteAdminURL: function() {{
				return 'https://www.mikage-sec.co.jp/group/guest/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_v_l_s_g_id=20124';
			}},
			getSiteGroupId: function() {{
				return '20124';
			}},
			getURLControlPanel: function() {{
				return '/group/control_panel?refererPlid=32417';
			}},
			getURLHome: function() {{
				return 'https\\x3a\\x2f\\x2fwww\\x2emikage-sec\\x2eco\\x2ejp\\x2fweb\\x2fguest';
			}},
			getUserEmailAddress: function() {{
				return '';
			}},
			getUserId: function() {{
				return '20105';
			}},
			getUserName: function() {{
				return '';
			}},
			isAddSessionIdToURL: function() {{
				return true;
			}},
			isFreeformLayout: function() {{
				return false;
			}},
			isImpersonated: function() {{
				return false;
			}},
			isSignedIn: function() {{
				return false;
			}},
			isStateExclusive: function() {{
				return false;
			}},
			isStateMaximized: function() {{
				return false;
			}},
			isStatePopUp: function() {{
				return false;
			}}
		}};

		var themeDisplay = Liferay.ThemeDisplay;

		Liferay.AUI = {{

			

			getAvailableLangPath: function() {{
				return 'available_languages.jsp?browserId=other&themeId=mikage_WAR_mikagetheme&colorSchemeId=01&minifierType=js&languageId=ja_JP&b=7110&t={t}';
			}},
			getCombine: function() {{
				return true;
			}},
			getComboPath: function() {{
				return '/combo/?browserId=other&minifierType=&languageId=ja_JP&b=7110&t={t}&';
			}},
			getDateFormat: function() {{
				return '%Y/%m/%d';
			}},
			getEditorCKEditorPath: function() {{
				return '/o/frontend-editor-ckeditor-web';
			}},
			getFilter: function() {{
				var filter = 'raw';

				
					
						filter = 'min';
					
					

				return filter;
			}},
			getFilterConfig: function() {{
				var instance = this;

				var filterConfig = null;

				if (!instance.getCombine()) {{
					filterConfig = {{
						replaceStr: '.js' + instance.getStaticResourceURLParams(),
						searchExp: '\\\\.js$'
					}};
				}}

				return filterConfig;
			}},
			getJavaScriptRootPath: function() {{
				return '/o/frontend-js-web';
			}},
			getLangPath: function() {{
				return 'aui_lang.jsp?browserId=other&themeId=mikage_WAR_mikagetheme&colorSchemeId=01&minifierType=js&languageId=ja_JP&b=7110&t={t}';
			}},
			getPortletRootPath: function() {{
				return '/html/portlet';
			}},
			getStaticResourceURLParams: function() {{
				return '?browserId=other&minifierType=&languageId=ja_JP&b=7110&t={t}';
			}}
		}};

		Liferay.authToken = '{auth}';

		

		Liferay.currentURL = '\\x2fja\\x2fprivacy';
		Liferay.currentURLEncoded = '\\x252Fja\\x252Fprivacy';
	// ]]>
</script>

<script src="/o/js_loader_config?t={t}" type="text/javascript"></script>
<script data-senna-track="permanent" src="/combo?browserId=other&minifierType=js&languageId=ja_JP&b=7110&t={t}&/o/frontend-js-aui-web/aui/aui/aui.js&/o/frontend-js-aui-web/liferay/modules.js&/o/frontend-js-aui-web/liferay/aui_sandbox.js&/o/frontend-js-web/liferay/dependency.js&/o/frontend-js-web/liferay/dom_task_runner.js&/o/frontend-js-web/liferay/events.js&/o/frontend-js-web/liferay/lazy_load.js&/o/frontend-js-web/liferay/liferay.js&/o/frontend-js-web/liferay/global.bundle.js&/o/frontend-js-web/liferay/portlet.js&/o/frontend-js-web/liferay/workflow.js" type="text/javascript"></script>

<!-- Google Tag Manager -->
<script data-senna-track="permanent">(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-5MKG2RT');</script>

<link class="lfr-css-file" data-senna-track="temporary" href="https://www.mikage-sec.co.jp/o/mikage-theme/css/main.css?browserId=other&amp;themeId=mikage_WAR_mikagetheme&amp;minifierType=css&amp;languageId=ja_JP&amp;b=7110&amp;t={t}" id="liferayThemeCSS" rel="stylesheet" type="text/css" />

</head>

<body class=" controls-visible  yui3-skin-sam guest-site signed-out public-page site">

<div class="d-flex flex-column min-vh-100">
	<div class="d-flex flex-column flex-fill" id="wrapper">
		<header id="banner" role="banner">
			<div class="navbar navbar-classic navbar-top py-3">
				<div class="container user-personal-bar">
					<div class="align-items-center autofit-row">
						<a class="logo custom-logo mr-4" href="https://www.mikage-sec.co.jp{home}" title="株式会社ミカゲセキュリティ へ移動">
							<img alt="株式会社ミカゲセキュリティ" height="40" src="/image/layout_set_logo?img_id=41877&amp;t={t}" width="200" />
						</a>
						<div class="autofit-col autofit-col-expand">
<nav class="sort-pages modify-pages" id="navigation" role="navigation">
	<h1 class="hide-accessible">ナビゲーション</h1>

	<ul aria-label="サイトページ" role="menubar">
{nav}
	</ul>
</nav>
						</div>
						<div class="autofit-col">
<form action="https://www.mikage-sec.co.jp/ja/privacy?p_p_id=com_liferay_site_navigation_language_web_portlet_SiteNavigationLanguagePortlet&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;_com_liferay_site_navigation_language_web_portlet_SiteNavigationLanguagePortlet_javax.portlet.action=%2Flanguage%2Fupdate&amp;p_auth={auth}" class="form language-selector" method="post"><a href="/en/privacy;jsessionid={j}" hreflang="en-US" lang="en-US">English</a></form>
						</div>
					</div>
				</div>
			</div>
		</header>

		<section class="container flex-fill" id="content">
			<h1 class="hide-accessible">プライバシーポリシー</h1>

			<div class="columns-2" id="main-content" role="main">
	<div class="portlet-layout row">
		<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
				<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end portlet-barebone portlet-journal-content " id="p_p_id_{pjc}_">
		<span id="p_{pjc}"></span>
	<section class="portlet" id="portlet_{pjc}">
		<div class="portlet-content">
			<div class=" portlet-content-container">
	<div class="portlet-body">
				<div class="text-right user-tool-asset-addon-entries">
				</div>

				<div class="clearfix journal-content-article " data-analytics-asset-id="41203" data-analytics-asset-title="プライバシーポリシー" data-analytics-asset-type="web-content">
<div class="mikage-legal-article">
{art}
</div>
				</div>

				<div class="content-metadata-asset-addon-entries">
				</div>
	</div>
			</div>
		</div>
	</section>
				</div>
			</div>
		</div>
		<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
				<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_  portlet-static portlet-static-end portlet-decorate portlet-asset-publisher " id="p_p_id_{pap}_">
		<span id="p_{pap}"></span>
	<section class="portlet" id="portlet_{pap}">
		<div class="portlet-content">
			<div class="autofit-float autofit-row portlet-header">
				<div class="autofit-col autofit-col-expand">
					<h2 class="portlet-title-text">最新の脅威レポート</h2>
				</div>
			</div>
			<div class=" portlet-content-container">
	<div class="portlet-body">
{reps}
		<div class="asset-more"><a href="https://www.mikage-sec.co.jp{research}">レポート一覧へ</a></div>
	</div>
			</div>
		</div>
	</section>
				</div>
			</div>
		</div>
	</div>
</div>

<form action="#" aria-hidden="true" class="hide" id="hrefFm" method="post" name="hrefFm"><span></span><input hidden type="submit"/></form>
		</section>

		<footer id="footer" role="contentinfo">
			<div class="container">
				<ul class="footer-links">
					<li><a href="https://www.mikage-sec.co.jp{privacy}">プライバシーポリシー</a></li>
					<li><a href="https://www.mikage-sec.co.jp{security}">情報セキュリティ基本方針</a></li>
					<li><a href="https://www.mikage-sec.co.jp{terms}">サイトご利用条件</a></li>
					<li><a href="https://www.mikage-sec.co.jp{sitemap}">サイトマップ</a></li>
				</ul>
				<p class="copyright">Copyright &copy; Mikage Security, Inc. All Rights Reserved.</p>
			</div>
		</footer>
	</div>
</div>

<script type="text/javascript">
// <![CDATA[

	Liferay.BrowserSelectors.run();

// ]]>
</script>

<script type="text/javascript">
	// <![CDATA[

		

		Liferay.currentURL = '\\x2fja\\x2fprivacy';
		Liferay.currentURLEncoded = '\\x252Fja\\x252Fprivacy';

	// ]]>
</script>

<script type="text/javascript">
// <![CDATA[
Liferay.Loader.require('frontend-js-spa-web@2.0.12/liferay/init.es', function(frontendJsSpaWeb2012LiferayInitEs) {{
(function(){{
var frontendJsSpaWebLiferayInitEs = frontendJsSpaWeb2012LiferayInitEs;
(function() {{
Liferay.SPA = Liferay.SPA || {{}};
Liferay.SPA.cacheExpirationTime = -1;
Liferay.SPA.clearScreensCache = false;
Liferay.SPA.excludedPaths = ["/c/document_library","/documents","/image"];
Liferay.SPA.loginRedirect = '';
Liferay.SPA.navigationExceptionSelectors = ':not([target="_blank"]):not([data-senna-off]):not([data-resource-href]):not([data-cke-saved-href]):not([data-cke-saved-href])';
Liferay.SPA.requestTimeout = 0;
Liferay.SPA.userNotification = {{
	message: '応答に予想以上の時間がかかっています。',
	timeout: 30000,
	title: 'おっと'
}};
frontendJsSpaWebLiferayInitEs.default.init(
	function(app) {{
		app.setPortletsBlacklist({{"com_liferay_nested_portlets_web_portlet_NestedPortletsPortlet":true,"com_liferay_login_web_portlet_LoginPortlet":true}});
		app.setValidStatusCodes([221,490,494,499,491,492,493,495,220]);
	}}
);
}})();
}})();
}}, function(error) {{
console.error(error);
}});
// ]]>
</script>

<script src="https://www.mikage-sec.co.jp/o/mikage-theme/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=ja_JP&amp;b=7110&amp;t={t}" type="text/javascript"></script>

</body>

</html>
""".format(t=t, j=j, auth=s["auth"], nav=nav, art=art, reps=reps, pjc=portlet_jc, pap=portlet_ap,
           home=_links(s, "/ja/home"), research=_links(s, "/ja/research"), privacy=_links(s, "/ja/privacy"),
           security=_links(s, "/ja/security-policy"), terms=_links(s, "/ja/terms"), sitemap=_links(s, "/ja/sitemap"))


def _fid(*k):
    return C.det_sha("mikage-fragment", *k)[:12]


def render_74(s, blocks, when):
    t = s["t"]
    j = s["jsession"]
    title = blocks[0][1]
    body = C.blocks_html(blocks[1:])
    nav = "".join('<li class="nav-item" role="presentation"><a class="nav-link text-truncate" href="%s" role="menuitem">'
                  '<span class="text-truncate">%s</span></a></li>' % (_links(s, p), name) for p, name in NAV)
    reps = "".join(
        '<div class="card card-type-asset threat-report-card"><div class="card-body"><p class="card-subtitle">%s</p>'
        '<h3 class="card-title"><a href="%s">%s</a></h3></div></div>'
        % (d.strftime("%Y.%m.%d"), _links(s, "/ja/w/report-%d" % rid), html.escape(title))
        for rid, title, d in s["reports"])
    return """<!DOCTYPE html>





<html class="ltr" dir="ltr" lang="ja-JP">

<head>
	<title>プライバシーポリシー - 株式会社ミカゲセキュリティ</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />

<meta content="text/html; charset=UTF-8" http-equiv="content-type" />

<meta content="株式会社ミカゲセキュリティの個人情報保護方針です。" lang="ja-JP" name="description" />

<script type="importmap">{{"imports":{{"@clayui/breadcrumb":"/o/frontend-taglib-clay/__liferay__/exports/@clayui$breadcrumb.js","@liferay/frontend-js-react-web":"/o/frontend-js-react-web/__liferay__/exports/index.js","react":"/o/frontend-js-react-web/__liferay__/exports/react.js","react-dom":"/o/frontend-js-react-web/__liferay__/exports/react-dom.js"}},"scopes":{{}}}}</script><script data-senna-track="temporary">var Liferay = window.Liferay || {{}};Liferay.Icons = Liferay.Icons || {{}};Liferay.Icons.controlPanelSpritemap = 'https://www.mikage-sec.co.jp/o/admin-theme/images/clay/icons.svg';Liferay.Icons.spritemap = 'https://www.mikage-sec.co.jp/o/mikage-dxp-theme/images/clay/icons.svg';</script>
<link data-senna-track="temporary" href="https://www.mikage-sec.co.jp/ja/privacy" rel="canonical" />
<link data-senna-track="temporary" href="https://www.mikage-sec.co.jp/ja/privacy" hreflang="ja-JP" rel="alternate" />
<link data-senna-track="temporary" href="https://www.mikage-sec.co.jp/en/privacy" hreflang="en-US" rel="alternate" />
<link data-senna-track="temporary" href="https://www.mikage-sec.co.jp/ja/privacy" hreflang="x-default" rel="alternate" />
<meta property="og:locale" content="ja_JP">
<meta property="og:site_name" content="株式会社ミカゲセキュリティ">
<meta property="og:title" content="プライバシーポリシー - 株式会社ミカゲセキュリティ">
<meta property="og:type" content="website">
<meta property="og:url" content="https://www.mikage-sec.co.jp/ja/privacy">

<link href="https://www.mikage-sec.co.jp/o/mikage-dxp-theme/images/favicon.ico" rel="apple-touch-icon" />
<link href="https://www.mikage-sec.co.jp/o/mikage-dxp-theme/images/favicon.ico" rel="icon" />

<link class="lfr-css-file" data-senna-track="temporary" href="https://www.mikage-sec.co.jp/o/mikage-dxp-theme/css/clay.css?browserId=other&amp;themeId=mikagedxptheme_WAR_mikagedxptheme&amp;minifierType=css&amp;languageId=ja_JP&amp;t={t}" id="liferayAUICSS" rel="stylesheet" type="text/css" />

<link href="/combo?browserId=other&amp;minifierType=css&amp;themeId=mikagedxptheme_WAR_mikagedxptheme&amp;languageId=ja_JP&amp;com_liferay_product_navigation_product_menu_web_portlet_ProductMenuPortlet:%2Fcss%2Fmain.css&amp;com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet:%2Fcss%2Fmain.css&amp;t={t}" rel="stylesheet" type="text/css" data-senna-track="temporary" id="e8a1c3f2" />

<script type="text/javascript" data-senna-track="temporary">
	// <![CDATA[
		var Liferay = Liferay || {{}};

		Liferay.Browser = {{
			acceptsGzip: function() {{ return true; }},
			getMajorVersion: function() {{ return 0.0; }},
			getRevision: function() {{ return ''; }},
			getVersion: function() {{ return ''; }},
			isAir: function() {{ return false; }},
			isChrome: function() {{ return false; }},
			isEdge: function() {{ return false; }},
			isFirefox: function() {{ return false; }},
			isGecko: function() {{ return false; }},
			isIe: function() {{ return false; }},
			isIphone: function() {{ return false; }},
			isLinux: function() {{ return false; }},
			isMac: function() {{ return false; }},
			isMobile: function() {{ return false; }},
			isMozilla: function() {{ return false; }},
			isOpera: function() {{ return false; }},
			isRtf: function() {{ return false; }},
			isSafari: function() {{ return false; }},
			isSun: function() {{ return false; }},
			isWebKit: function() {{ return false; }},
			isWindows: function() {{ return false; }}
		}};

		Liferay.Data = Liferay.Data || {{}};
		Liferay.Data.ICONS_INLINE_SVG = true;
		Liferay.Data.NAV_SELECTOR = '#navigation';
		Liferay.Data.NAV_SELECTOR_MOBILE = '#_com_liferay_product_navigation_user_personal_bar_web_portlet_ProductNavigationUserPersonalBarPortlet_sidenavUserToggle';
		Liferay.Data.isCustomizationView = function() {{ return false; }};
		Liferay.Data.notices = [];

		(function () {{
			var available = {{}};
			var direction = {{}};
			available['ja_JP'] = '日本語 (日本)';
			direction['ja_JP'] = 'ltr';
			available['en_US'] = '英語 (アメリカ)';
			direction['en_US'] = 'ltr';
			Liferay.Language = {{
				available,
				direction,
				get: function(key) {{ return key; }},
			}};
		}})();

		var featureFlags = {{"LPS-178642":false,"LPS-193005":false,"LPS-187284":false,"LPS-187285":false}};
		Liferay.FeatureFlags = Object.keys(featureFlags).reduce((acc, key) => ({{...acc, [key]: featureFlags[key] === 'true' || featureFlags[key] === true}}), {{}});

		Liferay.PortletKeys = {{
			DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet',
			DYNAMIC_DATA_MAPPING: 'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet',
			ITEM_SELECTOR: 'com_liferay_item_selector_web_portlet_ItemSelectorPortlet'
		}};

		Liferay.PropsValues = {{
			JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,
			UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600
		}};

		Liferay.ThemeDisplay = {{
			getLayoutId: function() {{ return '31'; }},
			getLayoutRelativeControlPanelURL: function() {{ return '/group/guest/~/control_panel/manage'; }},
			getLayoutRelativeURL: function() {{ return '/ja/privacy'; }},
			getLayoutURL: function() {{ return 'https://www.mikage-sec.co.jp/ja/privacy'; }},
			getParentLayoutId: function() {{ return '0'; }},
			isControlPanel: function() {{ return false; }},
			isPrivateLayout: function() {{ return 'false'; }},
			isVirtualLayout: function() {{ return false; }},
			getBCP47LanguageId: function() {{ return 'ja-JP'; }},
			getCanonicalURL: function() {{ return 'https\\x3a\\x2f\\x2fwww\\x2emikage-sec\\x2eco\\x2ejp\\x2fja\\x2fprivacy'; }},
			getCDNBaseURL: function() {{ return 'https://www.mikage-sec.co.jp'; }},
			getCDNDynamicResourcesHost: function() {{ return ''; }},
			getCDNHost: function() {{ return ''; }},
			getCompanyGroupId: function() {{ return '20128'; }},
			getCompanyId: function() {{ return '20101'; }},
			getDefaultLanguageId: function() {{ return 'ja_JP'; }},
			getDoAsUserIdEncoded: function() {{ return ''; }},
			getLanguageId: function() {{ return 'ja_JP'; }},
			getParentGroupId: function() {{ return '20124'; }},
			getPathContext: function() {{ return ''; }},
			getPathImage: function() {{ return '/image'; }},
			getPathJavaScript: function() {{ return '/o/frontend-js-web'; }},
			getPathMain: function() {{ return '/ja/c'; }},
			getPathThemeImages: function() {{ return 'https://www.mikage-sec.co.jp/o/mikage-dxp-theme/images'; }},
			getPathThemeRoot: function() {{ return '/o/mikage-dxp-theme'; }},
			getPlid: function() {{ return '58812'; }},
			getPortalURL: function() {{ return 'https://www.mikage-sec.co.jp'; }},
			getRealUserId: function() {{ return '20105'; }},
			getRemoteAddr: function() {{ return '10.0.12.31'; }},
			getRemoteHost: function() {{ return '10.0.12.31'; }},
			getScopeGroupId: function() {{ return '20124'; }},
			getScopeGroupIdOrLiveGroupId: function() {{ return '20124'; }},
			getSessionId: function() {{ return '{j}'; }},
			getSiteAdminURL: function() {{ return 'https://www.mikage-sec.co.jp/group/guest/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_v_l_s_g_id=20124&p_p_auth={auth}'; }},
			getSiteGroupId: function() {{ return '20124'; }},
			getURLControlPanel: function() {{ return '/group/control_panel?refererPlid=58812'; }},
			getURLHome: function() {{ return 'https\\x3a\\x2f\\x2fwww\\x2emikage-sec\\x2eco\\x2ejp\\x2fweb\\x2fguest'; }},
			getUserEmailAddress: function() {{ return ''; }},
			getUserId: function() {{ return '20105'; }},
			getUserName: function() {{ return ''; }},
			isAddSessionIdToURL: function() {{ return true; }},
			isImpersonated: function() {{ return false; }},
			isSignedIn: function() {{ return false; }},
			isStagedPortlet: function() {{ return false; }},
			isStateExclusive: function() {{ return false; }},
			isStateMaximized: function() {{ return false; }},
			isStatePopUp: function() {{ return false; }}
		}};

		var themeDisplay = Liferay.ThemeDisplay;

		Liferay.AUI = {{
			getCombine: function() {{ return true; }},
			getComboPath: function() {{ return '/combo/?browserId=other&minifierType=&languageId=ja_JP&t={t}&'; }},
			getDateFormat: function() {{ return '%Y/%m/%d'; }},
			getEditorCKEditorPath: function() {{ return '/o/frontend-editor-ckeditor-web'; }},
			getFilter: function() {{ return 'min'; }},
			getFilterConfig: function() {{ return null; }},
			getJavaScriptRootPath: function() {{ return '/o/frontend-js-web'; }},
			getPortletRootPath: function() {{ return '/html/portlet'; }},
			getStaticResourceURLParams: function() {{ return '?browserId=other&minifierType=&languageId=ja_JP&t={t}'; }}
		}};

		Liferay.authToken = '{auth}';

		Liferay.currentURL = '\\x2fja\\x2fprivacy';
		Liferay.currentURLEncoded = '\\x252Fja\\x252Fprivacy';
	// ]]>
</script>

<script data-senna-track="temporary" type="text/javascript">window.__CONFIG__= {{basePath: '',combine: true,defaultURLParams: null,explainResolutions: false,exposeGlobal: false,logLevel: 'warn',moduleType: 'module',namespace:'Liferay',nonce: '',reportMismatchedAnonymousModules: 'warn',resolvePath: '/o/js_resolve_modules',url: '/combo/?browserId=other&minifierType=js&languageId=ja_JP&t={t}&',waitTimeout: 60000}};</script><script data-senna-track="permanent" src="/o/frontend-js-loader-modules-extender/loader.js?&mac=9WaMmhziBCkScHZwrrVcOR7VZF4=&browserId=other&languageId=ja_JP&minifierType=js" type="text/javascript"></script><script data-senna-track="permanent" src="/combo?browserId=other&minifierType=js&languageId=ja_JP&t={t}&/o/frontend-js-aui-web/aui/aui/aui-min.js&/o/frontend-js-aui-web/liferay/modules.js&/o/frontend-js-aui-web/liferay/aui_sandbox.js" type="text/javascript"></script>

<!-- Google Tag Manager -->
<script data-senna-track="permanent">(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-5MKG2RT');</script>

<link class="lfr-css-file" data-senna-track="temporary" href="https://www.mikage-sec.co.jp/o/mikage-dxp-theme/css/main.css?browserId=other&amp;themeId=mikagedxptheme_WAR_mikagedxptheme&amp;minifierType=css&amp;languageId=ja_JP&amp;t={t}" id="liferayThemeCSS" rel="stylesheet" type="text/css" />

<style data-senna-track="temporary" type="text/css">
.lfr-layout-structure-item-{c1} {{ padding-top: 3rem; padding-bottom: 3rem; }}
.lfr-layout-structure-item-{c2} {{ max-width: 760px; }}
</style>
</head>

<body class="chrome controls-visible  yui3-skin-sam guest-site signed-out public-page site">

<div class="d-flex flex-column min-vh-100">
	<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
		<header class="mikage-header" id="banner">
			<div class="container-fluid container-fluid-max-xl d-flex align-items-center">
				<a class="mikage-header__logo" href="{home}"><img alt="株式会社ミカゲセキュリティ" height="36" src="/image/layout_set_logo?img_id=77103&amp;t={t}" width="180" /></a>
				<nav aria-label="サイトページ" class="mikage-header__nav" id="navigation"><ul class="navbar-blank navbar-nav navbar-site" role="menubar">{nav}</ul></nav>
				<a class="btn btn-primary btn-sm mikage-header__cta" href="{incident}">緊急対応のご依頼</a>
				<a class="mikage-header__lang" href="/en/privacy;jsessionid={j}" hreflang="en-US" lang="en-US">EN</a>
			</div>
		</header>

		<section class="flex-fill" id="content">
			<div class="layout-content portlet-layout" id="main-content" role="main">
				<div class="lfr-layout-structure-item-{c1} lfr-layout-structure-item-container mikage-page-grid">
					<div class="container-fluid container-fluid-max-xl">
						<div class="row">
							<div class="col-lg-8 lfr-layout-structure-item-{c2} lfr-layout-structure-item-container mikage-legal">
								<div class="lfr-layout-structure-item-basic-component-heading lfr-layout-structure-item-{f1}">
									<div class="" id="fragment-{f1}"><h1 class="component-heading mb-4 text-break" data-lfr-editable-id="element-text" data-lfr-editable-type="text">{title}</h1></div>
								</div>
								<div class="lfr-layout-structure-item-basic-component-paragraph lfr-layout-structure-item-{f2}">
									<div class="" id="fragment-{f2}"><div class="clearfix component-paragraph text-break" data-lfr-editable-id="element-text" data-lfr-editable-type="rich-text">{body}</div></div>
								</div>
							</div>
							<div class="col-lg-4 lfr-layout-structure-item-{c3} lfr-layout-structure-item-collection">
								<h2 class="component-heading h5 mikage-sidebar-title">最新の脅威レポート</h2>
								<div class="collection-display threat-reports">{reps}</div>
								<a class="link-arrow" href="{research}">レポート一覧へ</a>
							</div>
						</div>
					</div>
				</div>
			</div>
<form action="#" aria-hidden="true" class="hide" id="hrefFm" method="post" name="hrefFm"><span></span><button hidden type="submit">非表示</button></form>
		</section>

		<footer class="mikage-footer" id="footer" role="contentinfo">
			<div class="container-fluid container-fluid-max-xl">
				<div class="mikage-footer__badges"><img alt="プライバシーマーク" height="72" src="/documents/20124/0/pmark.png/3c9f1e20-7d4a-b8c1-52e6-0f8a9b1c2d3e?t=1696118400000" width="72" /><img alt="ISO/IEC 27001" height="72" src="/documents/20124/0/iso27001.png/8b2e4f61-1a3c-d5e7-90f2-4b6c8d0e1f23?t=1696118400000" width="72" /></div>
				<ul class="mikage-footer__links">
					<li><a href="{privacy}">プライバシーポリシー</a></li>
					<li><a href="{security}">情報セキュリティ基本方針</a></li>
					<li><a href="{terms}">サイトご利用条件</a></li>
					<li><a href="{sitemap}">サイトマップ</a></li>
				</ul>
				<p class="mikage-footer__copy">© {year} Mikage Security, Inc.</p>
			</div>
		</footer>
	</div>
</div>

<script type="text/javascript">
// <![CDATA[
	Liferay.on('allPortletsReady', function () {{ Liferay.fire('mikage:ready'); }});
// ]]>
</script>
<script src="https://www.mikage-sec.co.jp/o/mikage-dxp-theme/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=ja_JP&amp;t={t}" type="text/javascript"></script>

</body>

</html>
""".format(t=t, j=j, auth=s["auth"], nav=nav, title=html.escape(title), body=body, reps=reps,
           c1=_fid("grid"), c2=_fid("legal"), c3=_fid("collection"), f1=_fid("heading"), f2=_fid("paragraph"),
           home=_links(s, "/ja/home"), incident=_links(s, "/ja/incident-response"),
           research=_links(s, "/ja/research"), privacy=_links(s, "/ja/privacy"),
           security=_links(s, "/ja/security-policy"), terms=_links(s, "/ja/terms"), sitemap=_links(s, "/ja/sitemap"),
           year=when.year)


def render(s, blocks, when):
    return render_74(s, blocks, when) if s["dxp74"] else render_71(s, blocks, when)


PAGE = {
    "service": "Mikage Security",
    "url": URL,
    "lang": "ja",
    "platform": "Liferay Portal 7.1 -> Liferay DXP 7.4 content pages (2024-06)",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "Apache"), ("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "SAMEORIGIN"),
                      ("Content-Language", "ja-JP")),
    "n": 31,
    "start": dt.date(2022, 6, 1),
    "end": dt.date(2025, 8, 31),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2022, 4, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".mikage-legal"},
    "history": [{"fetch": URL, "select": ".journal-content-article", "validUntil": "2024-06-01T00:00:00Z"}],
}
