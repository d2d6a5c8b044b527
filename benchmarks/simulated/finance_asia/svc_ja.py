# Japanese regional bank: jQuery-era portal, table layout, Shift_JIS, FX ticker, IB login box with token.
import copy
from build_common import *

URL = "https://www.asahino-bank.co.jp/policy/privacy.html"
SERVICE = "Asahino Bank"


def policy0():
    return {
        "title": "個人情報保護方針（プライバシーポリシー）",
        "meta": [("p", "制定日：2005年4月1日<br>最終改定日：2022年4月1日")],
        "sections": [
            {"id": "s1", "title": "1．基本方針", "body": [
                ("p", "株式会社あさひ野銀行（以下「当行」といいます。）は、お客さまからの信頼を第一と考え、お客さまの個人情報および個人番号（以下「個人情報等」といいます。）の適切な保護と利用を図るため、個人情報の保護に関する法律（平成15年法律第57号）、行政手続における特定の個人を識別するための番号の利用等に関する法律（平成25年法律第27号）その他の関係法令等を遵守するとともに、以下の方針に基づき、個人情報等を適切に取り扱います。"),
            ]},
            {"id": "s2", "title": "2．個人情報の取得", "body": [
                ("p", "当行は、業務上必要な範囲内で、かつ、適法で公正な手段により個人情報を取得します。当行は、例えば、以下のような情報源から個人情報を取得することがあります。"),
                ("ul", ["預金口座のご新規申込書など、お客さまにご記入・ご提出いただく書類等により、直接提供される場合",
                        "インターネットバンキング、アプリ等の各種サービスのご利用を通じて提供される場合",
                        "個人信用情報機関から個人情報が提供される場合"]),
            ]},
            {"id": "s3", "title": "3．個人情報の利用目的", "body": [
                ("p", "当行は、お客さまの個人情報を、以下の業務ならびに利用目的の達成に必要な範囲で利用いたします。"),
                ("table", ["業務内容", "利用目的"], [
                    ["預金業務、為替業務、両替業務、融資業務、外国為替業務およびこれらに付随する業務", "各種金融商品の口座開設等、金融商品やサービスの申込の受付のため"],
                    ["公共債窓販業務、投資信託窓販業務、保険窓販業務、金融商品仲介業務", "犯罪収益移転防止法に基づくご本人さまの確認等や、金融商品やサービスをご利用いただく資格等の確認のため"],
                    ["その他銀行が営むことができる業務およびこれらに付随する業務（今後取扱いが認められる業務を含む）", "預金取引や融資取引等における期日管理等、継続的なお取引における管理のため"],
                ]),
                ("note", "※ 銀行法施行規則第13条の6の6等により、個人信用情報機関から提供を受けた資金需要者の借入金返済能力に関する情報は、資金需要者の返済能力の調査以外の目的に利用・第三者提供いたしません。"),
            ]},
            {"id": "s4", "title": "4．個人データの第三者提供", "body": [
                ("p", "当行は、法令等により例外として取り扱われる場合を除き、あらかじめお客さまの同意をいただくことなく、お客さまの個人データを第三者に提供いたしません。"),
            ]},
            {"id": "s5", "title": "5．個人データの共同利用", "body": [
                ("p", "当行は、あさひ野フィナンシャルグループ各社との間で、お客さまの個人データを共同利用することがあります。共同利用する者の範囲、利用目的および個人データの項目は、<a href=\"/policy/kyodo.html\">「グループ会社間における共同利用について」</a>をご覧ください。"),
                ("p", "また、当行は、あさひ野信用保証株式会社との間で、住宅ローンの保証審査に必要な範囲で、お客さまの氏名、住所、勤務先、年収等の個人データを共同利用いたします。"),
            ]},
            {"id": "s6", "title": "6．保有個人データの開示等のご請求", "body": [
                ("p", "お客さまが当行の保有個人データについて開示、訂正、利用停止等をご請求される場合は、お取引店または下記お問い合わせ窓口までお申し出ください。所定の手続きによりご本人さまであることを確認のうえ、対応いたします。なお、開示請求については所定の手数料をいただきます。"),
            ]},
            {"id": "s7", "title": "7．安全管理措置", "body": [
                ("p", "当行は、お客さまの個人データの漏えい、滅失またはき損の防止その他の安全管理のため、組織的、人的、物理的および技術的な安全管理措置を講じます。また、個人データの取扱いを委託する場合には、委託先に対して必要かつ適切な監督を行います。"),
            ]},
            {"id": "s8", "title": "8．お問い合わせ窓口", "body": [
                ("p", "当行の個人情報等の取扱いに関するご質問・ご相談・苦情は、下記までお申し出ください。"),
                ("p", "株式会社あさひ野銀行　お客さま相談室<br>〒460-0003　愛知県名古屋市中区錦三丁目21番24号<br>電話：0120-123-456（受付時間：平日9:00～17:00）<br><a href=\"https://www.asahino-bank.co.jp/inquiry/form.cgi?sid=@@SID@@\">お問い合わせフォーム</a>"),
                ("p", "当行は、認定個人情報保護団体である全国銀行個人情報保護協議会の会員です。同協議会では、会員の個人情報の取扱いについての苦情・相談をお受けしております。"),
            ]},
        ],
        "tail": [("p", "<a href=\"/policy/pdf/privacy_202204.pdf\">個人情報保護方針（PDF：186KB）</a>")],
    }


def edits():
    def e1(p):
        s = find_section(p, "s3")
        s["body"][1][2].insert(2, ["電子決済等代行業者との連携業務", "お客さまの同意に基づき、電子決済等代行業者に口座情報等を提供するため"])
    def e2(p):
        replace_text(p, "以下の方針に基づき、個人情報等を適切に取り扱います。", "以下の方針に基づき、個人情報等を適正に取り扱います。")
    def e3(p):
        replace_text(p, "〒460-0003　愛知県名古屋市中区錦三丁目21番24号<br>電話：0120-123-456（受付時間：平日9:00～17:00）",
                     "〒460-0008　愛知県名古屋市中区栄二丁目3番1号　あさひ野栄ビル8階<br>電話：0120-987-654（受付時間：平日9:00～17:00）")
    def e4(p):
        replace_text(p, "最終改定日：2022年4月1日", "最終改定日：2025年4月1日")
        replace_text(p, "/policy/pdf/privacy_202204.pdf", "/policy/pdf/privacy_202504.pdf")
        replace_text(p, "PDF：186KB", "PDF：192KB")
    def e5(p):
        del find_section(p, "s5")["body"][1]
    return {5: ("table row added", e1), 11: ("one word 適切に→適正に", e2), 16: ("contact address+phone", e3),
            22: ("effective date + PDF link target", e4), 27: ("paragraph removed (co-use with guarantor)", e5)}


def render_policy(p, rng):
    sid = hexs(rng, 32)
    h = [f'<div class="privacy">', f'<h1 class="ttl01">{p["title"]}</h1>', blocks_html(p["meta"], p_class="date_r")]
    for s in p["sections"]:
        h.append(f'<h2 class="ttl02"><a name="{s["id"]}"></a>{s["title"]}</h2>')
        h.append(blocks_html(s["body"], table_attrs=' class="tbl01" width="100%" border="0" cellspacing="1" cellpadding="5"', note_class="kome"))
    h.append(blocks_html(p["tail"], p_class="pdf"))
    h.append('</div>')
    return "\n".join(h).replace("@@SID@@", sid)


PROMOS = ["<img src=\"/img/bnr/bnr_nisa2024.jpg\" alt=\"新NISAはじめるなら あさひ野銀行\">",
          "<img src=\"/img/bnr/bnr_jutaku.jpg\" alt=\"住宅ローン 変動金利 年0.375％～\">",
          "<img src=\"/img/bnr/bnr_app.jpg\" alt=\"あさひ野アプリ 残高照会が24時間いつでも\">",
          "<img src=\"/img/bnr/bnr_teiki.jpg\" alt=\"冬のボーナス定期預金キャンペーン\">"]


def page(p, i, date, rng):
    usd = 130 + rng.random() * 25
    eur = usd * (1.05 + rng.random() * 0.06)
    tok = hexs(rng, 40)
    ymd = f"{date.year}年{date.month}月{date.day}日"
    promo = rng.sample(PROMOS, 2)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<meta http-equiv="Content-Style-Type" content="text/css">
<title>個人情報保護方針｜あさひ野銀行</title>
<meta name="keywords" content="あさひ野銀行,個人情報保護方針,プライバシーポリシー">
<link rel="stylesheet" href="/common/css/import.css?{date.strftime('%Y%m%d')}" type="text/css">
<script type="text/javascript" src="/common/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/common/js/rollover.js"></script>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-1234567-1']);_gaq.push(['_trackPageview']);</script>
</head>
<body>
<a name="top"></a>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" id="header">
<tr><td width="260"><a href="/"><img src="/common/img/logo.gif" alt="あさひ野銀行" width="240" height="50"></a></td>
<td align="right" class="hdrNav"><a href="/">個人のお客さま</a>｜<a href="/hojin/">法人のお客さま</a>｜<a href="/ir/">株主・投資家の皆さま</a>｜<a href="/saiyo/">採用情報</a>｜<a href="/tenpo/">店舗・ATM</a>
<form action="/search/search.cgi" method="get" style="display:inline"><input type="text" name="q" size="16"><input type="submit" value="検索"></form></td></tr>
</table>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" id="gnav">
<tr><td><a href="/kojin/yokin/">預金</a></td><td><a href="/kojin/loan/">ローン</a></td><td><a href="/kojin/shisan/">資産運用</a></td><td><a href="/kojin/hoken/">保険</a></td><td><a href="/kojin/ib/">インターネットバンキング</a></td></tr>
</table>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" id="ticker">
<tr><td class="rate">外国為替相場（{ymd} 10:00現在）　米ドル TTS {usd+1:.2f}円 TTB {usd-1:.2f}円　ユーロ TTS {eur+1.5:.2f}円 TTB {eur-1.5:.2f}円　<a href="/kawase/rate.html">一覧を見る</a></td></tr>
</table>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3" class="pankuzu"><a href="/">ホーム</a> &gt; <a href="/policy/">当行の方針</a> &gt; 個人情報保護方針</td></tr>
<tr>
<td width="200" valign="top" id="side">
<table width="190" border="0" cellspacing="0" cellpadding="0" class="loginBox"><tr><td>
<p class="ttl">あさひ野インターネットバンキング</p>
<form action="https://ib.asahino-bank.co.jp/login" method="post"><input type="hidden" name="token" value="{tok}"><input type="hidden" name="ts" value="{int(date.timestamp())}">
<input type="image" src="/common/img/btn_login.gif" alt="ログイン"></form>
<p class="small"><a href="/kojin/ib/security.html">セキュリティについて</a></p></td></tr></table>
<ul class="sideNav"><li><a href="/policy/">当行の方針</a></li><li><a href="/policy/privacy.html">個人情報保護方針</a></li><li><a href="/policy/kanyu.html">勧誘方針</a></li><li><a href="/policy/rieki.html">利益相反管理方針</a></li><li><a href="/policy/antisocial.html">反社会的勢力に対する基本方針</a></li></ul>
<div class="sideBnr">{promo[0]}<br>{promo[1]}</div>
</td>
<td width="20">&nbsp;</td>
<td width="740" valign="top" id="contents">
{render_policy(p, rng)}
<p class="pagetop"><a href="#top">ページの先頭へ</a></p>
</td></tr></table>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" id="footer">
<tr><td><a href="/sitemap.html">サイトマップ</a>｜<a href="/policy/privacy.html">個人情報保護方針</a>｜<a href="/policy/social.html">ソーシャルメディアポリシー</a>｜<a href="/riyou.html">当サイトのご利用にあたって</a>｜<a href="/cookie.html">Cookieポリシー</a></td></tr>
<tr><td class="copy">株式会社あさひ野銀行　登録金融機関　東海財務局長（登金）第99号<br>加入協会：日本証券業協会<br>Copyright (C) The Asahino Bank, Ltd. All Rights Reserved.</td></tr>
</table>
</body>
</html>
"""


def build(rng):
    dates = capture_dates(rng, 32, "2022-04-10", "2026-04-30")
    p = policy0(); E = edits(); caps = []
    for i, d in enumerate(dates):
        notes = []
        if i in E:
            E[i][1](p); notes.append(E[i][0])
        html_s = page(p, i, d, rng)
        caps.append({"date": d, "body": html_s.encode("cp932"), "ctype": "text/html", "real": i in E, "note": "; ".join(notes)})
    decl = {"name": SERVICE, "terms": {"Privacy Policy": {"fetch": URL, "select": "#contents .privacy", "remove": ".pagetop"}}}
    return {"service": SERVICE, "url": URL, "captures": caps, "decl": decl}
