"""Japanese business-hotel chain on ASP.NET WebForms (master page, ScriptManager/UpdatePanel), served in Shift_JIS.

The policy sits in an <asp:Panel> (`#ctl00_cphMain_pnlPrivacy`, the declared container), clean inside. Everything
around it is WebForms state that differs on every request: `__VIEWSTATE` and `__EVENTVALIDATION` (the page carries
the vacancy search box, whose check-in date defaults to today in JST, and the "today's vacancies" side list with
lowest rates), `WebResource.axd`/`ScriptResource.axd` `d=`/`t=` tokens after each deployment, and a sticky
membership-campaign banner. The revision date is printed at the end of the policy, Japanese style."""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


POLICY = """
# 個人情報保護方針

つばさホテルズ株式会社（以下「当社」といいます。）は、当社が運営するホテルをご利用いただくお客様の個人情報を適切に保護することが社会的責務であると考え、個人情報の保護に関する法律（以下「個人情報保護法」といいます。）その他の関係法令およびガイドラインを遵守し、以下のとおり個人情報保護方針を定めます。

## 1. 事業者の名称および所在地

@ つばさホテルズ株式会社
@ 〒105-0012 東京都港区芝大門一丁目2番3号
@ 代表取締役社長　山本 浩二

## 2. 個人情報の取得

当社は、宿泊のご予約、チェックイン時の宿泊者名簿へのご記入、つばさクラブへの会員登録、お問い合わせ等の際に、適法かつ公正な手段によって個人情報を取得いたします。

## 3. 取得する個人情報の項目

- 氏名、性別、生年月日、住所、電話番号、メールアドレス
- ご宿泊日、ご利用ホテル、客室タイプ、ご利用金額等のご利用履歴
- クレジットカード情報（決済代行会社を通じて処理し、当社はカード番号を保持いたしません）
- 外国籍のお客様の国籍および旅券番号
- 館内に設置した防犯カメラにより撮影された画像
- 当社ウェブサイトの閲覧履歴、Cookie等の識別子

## 4. 利用目的

当社は、取得した個人情報を以下の目的の範囲内で利用いたします。

- 宿泊のご予約の受付、確認および宿泊サービスのご提供のため
- 旅館業法に基づく宿泊者名簿の作成および保存のため
- つばさクラブ会員サービス（ポイントの付与・ご利用等）のご提供のため
- 新しい宿泊プラン、キャンペーン等のご案内のため（ご同意いただいたお客様に限ります）
- アンケートの実施およびサービス向上のため
- お問い合わせ、ご意見への回答のため
- 防犯および館内の安全確保のため

## 5. 保存期間

| 個人情報の種類 | 保存期間 |
| 宿泊者名簿 | 3年間（旅館業法施行規則に基づく） |
| つばさクラブ会員情報 | 退会後1年間 |
| 防犯カメラの映像 | 30日間 |
| お問い合わせの記録 | 2年間 |

## 6. 第三者への提供

当社は、次の場合を除き、あらかじめお客様の同意を得ることなく個人情報を第三者に提供いたしません。

- 法令に基づく場合（警察、保健所等からの照会を含みます）
- 人の生命、身体または財産の保護のために必要がある場合であって、お客様の同意を得ることが困難であるとき
- 公衆衛生の向上のために特に必要がある場合であって、お客様の同意を得ることが困難であるとき

## 7. 業務の委託

当社は、予約システムの運用、クレジットカード決済、ダイレクトメールの発送等の業務を外部に委託する場合があります。その場合、個人情報の適切な管理について契約で定め、委託先に対して必要かつ適切な監督を行います。

## 8. 共同利用

当社は、以下のとおり個人情報を共同利用いたします。

- 共同して利用する者の範囲：当社および当社の親会社であるつばさ交通株式会社
- 共同して利用する個人情報の項目：氏名、住所、電話番号、メールアドレス、会員番号、ご利用履歴
- 利用目的：グループ各社の商品およびサービスのご案内、会員サービスのご提供
- 管理について責任を有する者：当社

## 9. 安全管理措置

当社は、個人情報の漏えい、滅失またはき損を防止するため、次の措置を講じます。

- 個人情報の取扱いに関する規程を定め、責任者を置いています。
- 従業員に対して定期的に研修を実施しています。
- 個人情報を取り扱う端末へのアクセスを制限し、通信を暗号化しています。
- 宿泊者名簿等の書類は施錠できる場所に保管しています。

## 10. 開示等のご請求

お客様ご本人から、保有個人データの利用目的の通知、開示、訂正、追加、削除、利用停止、消去または第三者提供の停止のご請求があった場合には、ご本人であることを確認したうえで、法令に従い遅滞なく対応いたします。ご請求の際は、所定の請求書に運転免許証、旅券等の本人確認書類の写しを添えて、下記お問い合わせ窓口まで郵送にてお送りください。代理人によるご請求の場合は、委任状および代理人の本人確認書類の写しも必要となります。開示のご請求には、1件につき1,000円の手数料を申し受けます。

## 11. Cookie等の利用

当社ウェブサイトでは、利便性の向上および利用状況の分析のためにCookieを使用しています。また、Google LLCが提供するGoogleアナリティクスを利用しています。また、Google広告およびYahoo!広告のリターゲティング機能を利用し、当社ウェブサイトを訪問されたお客様に対して、第三者が運営するウェブサイト上で当社の広告を表示することがあります。Cookieの使用を望まない場合は、ブラウザの設定により無効にすることができます。なお、Cookieを無効にした場合、オンライン予約の一部の機能がご利用いただけないことがあります。

## 12. 本方針の改定

当社は、法令の改正やサービス内容の変更に応じて、本方針を改定することがあります。改定後の本方針は、当社ウェブサイトに掲載した時点から効力を生じるものとします。重要な変更を行う場合には、つばさクラブ会員の皆様にメールでお知らせいたします。

## 13. お問い合わせ窓口

本方針および個人情報の取扱いに関するお問い合わせは、下記までご連絡ください。

@ つばさホテルズ株式会社　お客様相談室
@ 電話：0120-381-224（受付時間 10:00〜18:00　土日祝日を除く）
@ メール：[privacy@tsubasa-hotels.co.jp](mailto:privacy@tsubasa-hotels.co.jp)
@ [お問い合わせフォーム](/contact/default.aspx)

制定日：2005年4月1日

最終改定日：{UPDATED}
"""

EDITS = [
    {"note": "APPI 2022: foreign-environment item added to the security measures list",
     "repl": [("- 宿泊者名簿等の書類は施錠できる場所に保管しています。",
               "- 宿泊者名簿等の書類は施錠できる場所に保管しています。\n"
               "- 外的環境の把握：当社は、お客様の個人情報を日本国内のデータセンターで保管しています。"
               "外国にある委託先に個人情報を取り扱わせる場合には、当該国の個人情報の保護に関する制度を把握したうえで、"
               "必要な措置を講じます。")]},
    {"note": "joint use extended to a new group company",
     "repl": [("当社および当社の親会社であるつばさ交通株式会社",
               "当社、当社の親会社であるつばさ交通株式会社および同社の子会社であるつばさリゾート株式会社")]},
    {"note": "new section on passport copies of foreign guests (sections renumbered)",
     "repl": [("## 6. 第三者への提供", "## 6. 外国籍のお客様の旅券の写しについて\n\n"
               "日本国内に住所を有しない外国籍のお客様については、旅館業法施行規則に基づき、チェックインの際に"
               "旅券を提示していただき、その写しを宿泊者名簿とともに保存いたします。旅券の写しは宿泊者名簿と同じく"
               "3年間保存し、法令に基づく場合を除き、その他の目的には利用いたしません。\n\n## 7. 第三者への提供"),
              ("## 7. 業務の委託", "## 8. 業務の委託"), ("## 8. 共同利用", "## 9. 共同利用"),
              ("## 9. 安全管理措置", "## 10. 安全管理措置"), ("## 10. 開示等のご請求", "## 11. 開示等のご請求"),
              ("## 11. Cookie等の利用", "## 12. Cookie等の利用"), ("## 13. お問い合わせ窓口", "## 14. お問い合わせ窓口"),
              ("## 12. 本方針の改定", "## 13. 本方針の改定")]},
    {"note": "CCTV retention shortened from 30 to 14 days",
     "repl": [("| 防犯カメラの映像 | 30日間 |", "| 防犯カメラの映像 | 14日間 |")]},
    {"note": "head office moved (address changed)",
     "repl": [("@ 〒105-0012 東京都港区芝大門一丁目2番3号", "@ 〒103-0027 東京都中央区日本橋二丁目7番1号")]},
    {"note": "customer desk hours changed",
     "repl": [("（受付時間 10:00〜18:00　土日祝日を除く）", "（受付時間 9:30〜17:30　年末年始を除く）")]},
]

HOTELS = ["つばさホテル東京浜松町", "つばさホテル新大阪", "つばさホテル名古屋栄", "つばさホテル博多駅前",
          "つばさホテル札幌大通", "つばさホテル仙台", "つばさホテル広島"]
CAMPAIGNS = ["つばさクラブ会員限定　ポイント2倍キャンペーン実施中", "公式サイト限定　連泊割でお得に",
             "新規入会で500ポイントプレゼント", "早期予約30日前割　最大20％OFF", "朝食無料キャンペーン　対象ホテル拡大中"]


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}
    st["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.12, lambda: (
        621355968000000000 + (C.epoch(when) - rng.randint(86400, 60 * 86400)) * 10000000 + rng.randint(0, 9999999),
        C.alnum(rng, 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        C.alnum(rng, 118, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        C.hexs(rng, 8).upper()))
    jst = when + dt.timedelta(hours=9)
    st["checkin"] = jst.date().isoformat()
    vac = []
    for h in rng.sample(range(len(HOTELS)), 5):
        left = rng.choice([0, 0, 1, 2, 3, 5, 8, 12, 20])
        vac.append((h, left, rng.choice([5800, 6200, 6900, 7400, 7900, 8800, 9600, 11200])))
    st["vacancy"] = tuple(vac)
    st["campaign"] = C.keep_or(rng, prev.get("campaign"), 0.25, lambda: rng.randrange(len(CAMPAIGNS)))
    st["viewstate"] = "/wEPDwUKMTI3NjQ1MjkxOA9kFgJmD2QWAgIDD2QWBgIBD2QWAmYPZBYC" + C.b64tok(rng, rng.randint(900, 1100))
    st["eventvalidation"] = "/wEdAA" + C.b64tok(rng, 180)
    return st


LABELS = {"deploy": "WebResource/ScriptResource tokens and VIEWSTATEGENERATOR (deployment)",
          "checkin": "search box default check-in date (JST)", "vacancy": "today's vacancies side list",
          "campaign": "membership campaign banner", "viewstate": "__VIEWSTATE", "eventvalidation": "__EVENTVALIDATION"}


def body_html(blocks):
    out = []
    for kind, v in blocks:
        if kind == "h1":
            out.append('<h1 class="ttl-lv1"><span>%s</span></h1>' % C.inline_html(v))
        elif kind == "h2":
            out.append('<h2 class="ttl-lv2">%s</h2>' % C.inline_html(v))
        elif kind == "ul":
            out.append('<ul class="list-disc">\r\n%s\r\n</ul>' % "\r\n".join("\t<li>%s</li>" % C.inline_html(x) for x in v))
        elif kind == "table":
            rows = "\r\n".join("<tr>\r\n\t<th>%s</th>\r\n%s\r\n</tr>" % (C.inline_html(r[0]), "\r\n".join("\t<td>%s</td>" % C.inline_html(x) for x in r[1:])) for r in v[1:])
            head = "<tr>\r\n%s\r\n</tr>" % "\r\n".join('\t<th scope="col">%s</th>' % C.inline_html(x) for x in v[0])
            out.append('<table class="tbl-basic" summary="保存期間">\r\n%s\r\n%s\r\n</table>' % (head, rows))
        elif kind == "addr":
            out.append('<p class="address">%s</p>' % "<br />\r\n".join(C.inline_html(x) for x in v))
        elif v.startswith("制定日") or v.startswith("最終改定日"):
            out.append('<p class="txt-right">%s</p>' % C.inline_html(v))
        else:
            out.append("<p>%s</p>" % C.inline_html(v))
    return "\r\n".join(out)


def render(state, blocks, when):
    t, d1, d2, gen = state["deploy"]
    ci = dt.date.fromisoformat(state["checkin"])
    co = ci + dt.timedelta(days=1)
    opts = "\r\n".join('\t\t\t<option value="%03d">%s</option>' % (k + 1, h) for k, h in enumerate(HOTELS))
    vac = "\r\n".join('<li><a href="/hotel/%03d/default.aspx">%s</a><span class="%s">%s</span><span class="price">%s</span></li>'
                      % (h + 1, HOTELS[h], "full" if left == 0 else ("few" if left <= 3 else "ok"),
                         "満室" if left == 0 else ("残り%d室" % left if left <= 3 else "空室あり"),
                         "" if left == 0 else "&yen;{:,}〜".format(price))
                      for h, left, price in state["vacancy"])
    doc = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja" lang="ja">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="viewport" content="width=device-width,initial-scale=1" /><meta name="keywords" content="つばさホテルズ,ビジネスホテル,個人情報保護方針" /><meta name="description" content="つばさホテルズの個人情報保護方針についてご案内いたします。" /><link href="../css/common.css?v=20210401" rel="stylesheet" type="text/css" /><link href="../css/lower.css?v=20210401" rel="stylesheet" type="text/css" /><link href="../css/jquery-ui.min.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../js/jquery-3.5.1.min.js"></script>
<script type="text/javascript" src="../js/jquery-ui.min.js"></script>
<script type="text/javascript" src="../js/common.js?v=20210401"></script>
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-5QX8K2N');</script>
<!-- End Google Tag Manager -->
<title>
	個人情報保護方針｜つばさホテルズ【公式】
</title></head>
<body id="ctl00_body" class="lower privacy">
<!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5QX8K2N" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End Google Tag Manager (noscript) -->
    <form name="aspnetForm" method="post" action="./default.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%(vs)s" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>


<script src="/WebResource.axd?d=%(d1)s&amp;t=%(t)d" type="text/javascript"></script>


<script src="/ScriptResource.axd?d=%(d2)s&amp;t=%(t2)d" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
if (typeof(Sys) === 'undefined') throw new Error('ASP.NET Ajax クライアント側フレームワークを読み込めませんでした。');
//]]>
</script>

<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%(gen)s" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%(ev)s" />
</div>
        <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', ['tctl00$ucSearch$upSearch','ctl00_ucSearch_upSearch'], [], [], 90, 'ctl00');
//]]>
</script>

<div id="wrapper">
	<div id="header">
		<p class="logo"><a href="../default.aspx"><img src="../images/common/logo.png" alt="つばさホテルズ" width="220" height="48" /></a></p>
		<ul id="gnavi">
			<li><a href="../hotel/default.aspx">ホテル一覧</a></li>
			<li><a href="../plan/default.aspx">宿泊プラン</a></li>
			<li><a href="../club/default.aspx">つばさクラブ</a></li>
			<li><a href="../faq/default.aspx">よくあるご質問</a></li>
			<li><a href="../company/default.aspx">会社概要</a></li>
		</ul>
		<ul id="hnavi"><li><a href="../en/default.aspx" lang="en">English</a></li><li><a href="../zh/default.aspx" lang="zh-Hant">繁體中文</a></li><li><a href="../ko/default.aspx" lang="ko">&#54620;&#44397;&#50612;</a></li></ul>
	</div>
	<div id="ctl00_ucSearch_upSearch">
		<div id="ctl00_ucSearch_pnlSearch" class="search-box">
			<p class="search-ttl">空室検索・ご予約</p>
			<select name="ctl00$ucSearch$ddlHotel" id="ctl00_ucSearch_ddlHotel">
			<option selected="selected" value="">ホテルを選択</option>
%(opts)s
		</select>
			<input name="ctl00$ucSearch$txtCheckIn" type="text" value="%(ci)s" id="ctl00_ucSearch_txtCheckIn" class="datepicker" />
			<input name="ctl00$ucSearch$txtCheckOut" type="text" value="%(co)s" id="ctl00_ucSearch_txtCheckOut" class="datepicker" />
			<select name="ctl00$ucSearch$ddlRoom" id="ctl00_ucSearch_ddlRoom"><option selected="selected" value="1">1室</option><option value="2">2室</option><option value="3">3室</option></select>
			<select name="ctl00$ucSearch$ddlAdult" id="ctl00_ucSearch_ddlAdult"><option selected="selected" value="1">大人1名</option><option value="2">大人2名</option><option value="3">大人3名</option></select>
			<input type="submit" name="ctl00$ucSearch$btnSearch" value="検索する" onclick="javascript:WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions(&quot;ctl00$ucSearch$btnSearch&quot;, &quot;&quot;, true, &quot;search&quot;, &quot;&quot;, false, false))" id="ctl00_ucSearch_btnSearch" class="btn-search" />
		</div>
	</div>
	<div id="ctl00_pnlCampaign" class="campaign-bar">
		<a href="../club/campaign.aspx">%(camp)s</a>
	</div>
	<div id="container">
		<ul id="topicpath">
			<li><a href="../default.aspx">トップ</a></li>
			<li>個人情報保護方針</li>
		</ul>
		<div id="contents">
			
<div id="ctl00_cphMain_pnlPrivacy" class="privacy-area">
	
%(body)s

</div>

		</div>
		<div id="side">
			<div class="side-box vacancy">
				<p class="side-ttl">本日の空室状況</p>
				<ul>
%(vac)s
				</ul>
				<p class="note">※%(ci_ja)s 現在の状況です。料金は1室1名様の最安値（税込）です。</p>
			</div>
			<div class="side-box bnr">
				<a href="../club/default.aspx"><img src="../images/side/bnr_club.png" alt="つばさクラブ 入会金・年会費無料" width="240" height="120" /></a>
				<a href="../plan/early.aspx"><img src="../images/side/bnr_early.png" alt="早割プラン" width="240" height="120" /></a>
			</div>
		</div>
	</div>
	<div id="footer">
		<ul class="fnavi">
			<li><a href="../privacy/default.aspx">個人情報保護方針</a></li>
			<li><a href="../terms/default.aspx">宿泊約款</a></li>
			<li><a href="../sitemap/default.aspx">サイトマップ</a></li>
			<li><a href="../contact/default.aspx">お問い合わせ</a></li>
		</ul>
		<p class="copyright">Copyright &copy; TSUBASA HOTELS CO.,LTD. All Rights Reserved.</p>
	</div>
</div>

<script type="text/javascript">
//<![CDATA[
$(function () { $('.datepicker').datepicker({ dateFormat: 'yy/mm/dd', minDate: 0 }); });//]]>
</script>
</form>
</body>
</html>
""" % {"vs": state["viewstate"], "ev": state["eventvalidation"], "d1": d1, "d2": d2, "t": t, "t2": t - 1234567,
       "gen": gen, "opts": opts, "ci": ci.strftime("%Y/%m/%d"), "co": co.strftime("%Y/%m/%d"),
       "camp": CAMPAIGNS[state["campaign"]], "body": body_html(blocks), "vac": vac,
       "ci_ja": "%d月%d日" % (ci.month, ci.day)}
    return doc.replace("\n", "\r\n")


PAGE = {
    "service": "Tsubasa Hotels",
    "url": "https://www.tsubasa-hotels.co.jp/privacy/default.aspx",
    "lang": "ja",
    "platform": "ASP.NET WebForms 4.8 (IIS), Shift_JIS",
    "content_type": "text/html; charset=Shift_JIS",
    "encoding": "shift_jis",
    "extra_headers": (("Server", "Microsoft-IIS/10.0"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET"),
                      ("Cache-Control", "private")),
    "n": 30,
    "start": dt.date(2021, 8, 1),
    "end": dt.date(2025, 3, 15),
    "policy": POLICY,
    "first_updated": dt.date(2020, 6, 12),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"select": "#ctl00_cphMain_pnlPrivacy"},
}
