"""Sora Eikaiwa (English conversation school chain, Yokohama and Kawasaki; Japanese), a hand-built PHP site
(static pages with PHP includes for header, side column and footer) on a shared Apache host, served as Shift_JIS.
The policy page's main column #main holds the page heading, the policy and, below it, the season's enrolment
campaign banner (.bnrArea: image and note) and the 'back to top' link: the curators select #main and remove those
two. The side column draws a random student testimonial per request and carries the brochure form's token."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import lwkit as K  # noqa: E402

POLICY = """
## プライバシーポリシー

### 個人情報保護方針

株式会社ソラ・ランゲージ（以下「当社」）は、当社が運営する「ソラ英会話スクール」の受講生、保護者、体験レッスンのお申込者その他の皆様からお預かりする個人情報の重要性を認識し、個人情報の保護に関する法律その他の関係法令を遵守するとともに、以下のとおり個人情報を適切に取り扱います。

### 1. 個人情報の取得

当社は、入会申込書、体験レッスンのお申込みフォーム、資料請求、お電話等により、適法かつ公正な手段によって個人情報を取得します。

### 2. 個人情報の利用目的

当社は、取得した個人情報を以下の目的の範囲内で利用します。

- レッスンの提供、レベルチェック、振替レッスンの調整および受講管理のため
- 受講料・教材費等のご請求およびお支払いの確認のため
- 英検・TOEIC等の検定試験の申込手続き代行のため
- お子様の受講状況の保護者様へのご報告のため
- 体験レッスン、キャンペーン、イベント等のご案内のため
- お問い合わせへの回答のため

### 3. 個人情報の第三者提供

当社は、次のいずれかに該当する場合を除き、あらかじめご本人の同意を得ることなく、個人情報を第三者に提供しません。

- 法令に基づく場合
- 人の生命、身体または財産の保護のために必要がある場合であって、ご本人の同意を得ることが困難であるとき
- 検定試験の申込手続きのため、ご本人のご依頼に基づき試験実施団体へ提供する場合

### 4. 個人情報の取扱いの委託

当社は、利用目的の達成に必要な範囲内において、個人情報の取扱いの全部または一部を委託することがあります。この場合、個人情報を適切に取り扱っていると認められる委託先を選定し、契約等において安全管理措置について定め、委託先に対して必要かつ適切な監督を行います。主な委託先は次のとおりです。

- 受講料の口座振替を行う収納代行会社
- 教材の発送を行う配送業者
- 入退室管理システムの運営会社

### 5. 個人情報の保存期間

当社は、受講生の個人情報を退会後3年間保存し、その後、速やかに消去または廃棄します。

### 6. 安全管理措置

当社は、個人情報の漏えい、滅失またはき損を防止するため、従業者および講師への教育、アクセス権限の管理、受講記録を保管する書庫の施錠等、必要かつ適切な安全管理措置を講じます。

### 7. 開示等のご請求

ご本人から、保有個人データの利用目的の通知、開示、訂正、追加、削除、利用の停止、消去または第三者提供の停止のご請求があった場合には、ご本人であることを確認のうえ、法令に従い遅滞なく対応いたします。

### 8. Cookie等の利用について

当社ウェブサイトでは、利便性の向上およびアクセス状況の分析のため、CookieおよびGoogleアナリティクスを利用しています。Cookieの利用を望まない場合は、ブラウザの設定により無効にすることができます。

### 9. お問い合わせ窓口

個人情報の取扱いに関するお問い合わせは、下記までご連絡ください。

@ 株式会社ソラ・ランゲージ　個人情報保護管理社
@ 〒220-0004　神奈川県横浜市西区北幸2-8-19　横浜西口Kビル5階
@ 電話：045-314-2871（受付時間：平日10:00〜18:00）
@ メール：privacy@sora-eikaiwa.jp

@ 制定日：2012年4月1日
@ 最終改定日：{UPDATED}
"""

EDITS = [
    {"note": "purpose added to the list: recording online lessons for teaching-quality review",
     "repl": [("- お子様の受講状況の保護者様へのご報告のため",
               "- お子様の受講状況の保護者様へのご報告のため\n"
               "- オンラインレッスンの録画および講師の指導品質の向上のため")]},
    {"note": "typo fixed (管理社 -> 管理者), date unchanged", "bump": False,
     "repl": [("個人情報保護管理社", "個人情報保護管理者")]},
    {"note": "processor added to the list: video-conferencing provider for online lessons",
     "repl": [("- 入退室管理システムの運営会社",
               "- 入退室管理システムの運営会社\n- オンラインレッスン用ビデオ会議サービスの提供会社")]},
    {"note": "retention after withdrawal changed from 3 to 5 years",
     "repl": [("退会後3年間保存し", "退会後5年間保存し")]},
    {"note": "contact phone number changed",
     "repl": [("電話：045-314-2871", "電話：045-620-5518")]},
    {"note": "head office address changed (moved to Takashima)",
     "repl": [("〒220-0004　神奈川県横浜市西区北幸2-8-19　横浜西口Kビル5階",
               "〒220-0011　神奈川県横浜市西区高島2-10-13　横浜東口ビル7階")]},
]


def fmt_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


VOICES = [
    ("仕事で英語の会議に出ることになり入会しました。少人数なので毎回たくさん話せて、半年で会議の議事録を英語で取れるようになりました。", "30代・会社員 K.Mさん"),
    ("娘が幼稚園の頃から通っています。先生がいつも楽しそうで、家でも英語の歌を歌っています。", "保護者 Y.Tさん"),
    ("定年後の海外旅行のために始めました。振替レッスンが取りやすいので続けられています。", "60代 S.Hさん"),
    ("TOEICコースで3か月、スコアが520点から715点に上がりました。", "20代・大学生 R.Nさん"),
    ("オンラインと教室を組み合わせられるので、残業が多い月でもペースを崩さずに続けられます。", "40代・看護師 A.Sさん"),
    ("英検2級の二次試験対策で面接練習をしていただき、一回で合格できました。", "高校2年生 H.Kさん"),
]


def _campaign(d):
    y = d.year
    if d >= dt.date(y, 11, 1) or d < dt.date(y, 1, 8):
        yy = y if d.month >= 11 else y - 1
        return ("%dwinter" % yy, "年末年始ご紹介キャンペーン　ご友人と一緒のご入会で入会金0円", "1月7日まで")
    if d < dt.date(y, 2, 11):
        return ("%dnewyear" % y, "新春入会キャンペーン　入会金0円", "2月10日まで")
    if d < dt.date(y, 5, 1):
        return ("%dspring" % y, "春の入会キャンペーン　入会金0円＋教材費半額", "4月30日まで")
    if d < dt.date(y, 7, 1):
        return ("%donline" % y, "オンライン英会話コース　初月レッスン料50％OFF", "6月30日まで")
    if d < dt.date(y, 9, 1):
        return ("%dsummer" % y, "夏の入会キャンペーン　入会金0円＋1か月分レッスン料無料", "8月31日まで")
    return ("%dautumn" % y, "秋の入会キャンペーン　入会金半額", "10月31日まで")


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "jp")
    d = loc.date()
    closed = d >= dt.date(d.year, 12, 20) or d <= dt.date(d.year, 1, 6)
    return {
        "token": C.hexs(rng, 40),
        "voice": rng.randrange(len(VOICES)),
        "campaign": _campaign(d),
        "css": C.keep_or(rng, p.get("css"), 0.1, lambda: (when - dt.timedelta(days=rng.randint(2, 40))).strftime(
            "%Y%m%d")),
        "notice": ("年末年始休校のお知らせ：12月29日（%s）〜1月5日（%s）は全校休校となります。"
                   % (K.WEEKDAYS["ja"][dt.date(d.year - (d.month == 1), 12, 29).weekday()],
                      K.WEEKDAYS["ja"][dt.date(d.year + (d.month == 12), 1, 5).weekday()])) if closed else None,
    }


LABELS = {
    "token": "brochure form token in the side column (per request)",
    "voice": "random student testimonial in the side column",
    "campaign": "season's campaign banner (.bnrArea, inside #main, removed)",
    "css": "common.css/page.css ?yyyymmdd stamp (site updates)",
    "notice": "year-end closure notice in the header",
}

GNAV = [("ホーム", "/", "home"), ("コース・料金", "/course/", "course"), ("キッズ英会話", "/kids/", "kids"),
        ("オンラインレッスン", "/online/", "online"), ("講師紹介", "/teacher/", "teacher"), ("スクール一覧", "/school/", "school"),
        ("よくある質問", "/faq/", "faq")]


def _body(blocks):
    def heading(kind, v, inl):
        if kind == "h2":
            return '<h2 class="ttl01"><span>%s</span></h2>' % inl(v)
        return '<h3 class="ttl02">%s</h3>' % inl(v)

    def addr(lines, inl):
        if lines[0].startswith("制定日"):
            return '<p class="txtR">%s</p>' % "<br>\n".join(inl(x) for x in lines)
        return '<div class="contactBox">\n<p>%s</p>\n</div>' % "<br>\n".join(inl(x) for x in lines)

    h2, rest = blocks[0], blocks[1:]
    return (heading("h2", h2[1], lambda t: C.inline_html(t)) + '\n<div class="privacyBox">\n'
            + K.render_blocks(rest, heading=heading, addr=addr, tags={"ul": ' class="listDisc"'}, sep="\n")
            + "\n</div>")


TEMPLATE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="Shift_JIS">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>プライバシーポリシー｜ソラ英会話スクール｜横浜・川崎の英会話教室</title>
<meta name="description" content="横浜・川崎の英会話教室、ソラ英会話スクールのプライバシーポリシーです。">
<meta name="keywords" content="英会話,横浜,川崎,子ども英語,キッズ英会話,TOEIC,英検">
<link rel="stylesheet" href="/common/css/reset.css">
<link rel="stylesheet" href="/common/css/common.css?@@css@@">
<link rel="stylesheet" href="/common/css/page.css?@@css@@">
<link rel="icon" href="/favicon.ico">
<script src="/common/js/jquery-3.6.0.min.js"></script>
<script src="/common/js/common.js?@@css@@"></script>
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-K7W3PQ2');</script>
<!-- End Google Tag Manager -->
</head>

<body id="privacy" class="lower">
<!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7W3PQ2"
height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End Google Tag Manager (noscript) -->
<div id="wrapper">

<header id="header">
@@notice@@<div class="inner clearfix">
<h1 class="logo"><a href="/"><img src="/common/img/logo.png" width="260" height="60" alt="ソラ英会話スクール"></a></h1>
<div class="hdTel">
<p class="tel"><img src="/common/img/icon_free.png" width="32" height="20" alt="フリーダイヤル"><span>0120-48-2871</span></p>
<p class="time">受付時間　平日10:00〜21:00／土日10:00〜18:00</p>
</div>
<div class="hdBtn">
<a href="/trial/" class="btnTrial"><img src="/common/img/btn_trial.png" width="220" height="56" alt="無料体験レッスンのお申込み"></a>
<a href="/request/" class="btnReq"><img src="/common/img/btn_request.png" width="180" height="56" alt="資料請求"></a>
</div>
</div>
<nav id="gNav">
<ul class="clearfix">
@@gnav@@
</ul>
</nav>
</header>

<div id="mainVisual" class="lower">
<p class="pageTtl"><img src="/img/privacy/ttl_privacy.png" width="980" height="140" alt="プライバシーポリシー"></p>
</div>

<div id="topicPath">
<ul class="clearfix">
<li><a href="/">ホーム</a></li>
<li>プライバシーポリシー</li>
</ul>
</div>

<div id="container" class="clearfix">

<div id="main">

@@policy@@

<div class="bnrArea">
<a href="/campaign/@@camp_key@@/"><img src="/img/campaign/bnr_@@camp_key@@.jpg" width="700" height="160" alt="@@camp_alt@@"></a>
<p class="note">※@@camp_until@@。キャンペーンの詳細は各スクールまでお問い合わせください。</p>
</div>

<p class="pagetop"><a href="#wrapper">ページの先頭へ</a></p>

</div><!-- /#main -->

<div id="side">
<div class="sideBnr">
<p><a href="/trial/"><img src="/common/img/side_trial.png" width="240" height="120" alt="まずは無料体験レッスン"></a></p>
<p><a href="/online/"><img src="/common/img/side_online.png" width="240" height="120" alt="自宅で受けられるオンラインレッスン"></a></p>
</div>

<div class="sideReq">
<h3>かんたん資料請求</h3>
<form action="/request/confirm.php" method="post">
<input type="hidden" name="token" value="@@token@@">
<input type="hidden" name="from" value="privacy">
<p><input type="text" name="name" placeholder="お名前" size="20"></p>
<p><input type="email" name="email" placeholder="メールアドレス" size="20"></p>
<p class="btn"><input type="submit" value="資料を請求する"></p>
</form>
</div>

<div class="voice">
<h3>受講生の声</h3>
<p class="txt">@@voice_txt@@</p>
<p class="name">@@voice_name@@</p>
<p class="more"><a href="/voice/">受講生の声をもっと見る</a></p>
</div>

<div class="schoolList">
<h3>スクール一覧</h3>
<ul>
<li><a href="/school/yokohama/">横浜西口校</a></li>
<li><a href="/school/kannai/">関内校</a></li>
<li><a href="/school/musashikosugi/">武蔵小杉校</a></li>
<li><a href="/school/kawasaki/">川崎校</a></li>
<li><a href="/online/">オンライン校</a></li>
</ul>
</div>
</div><!-- /#side -->

</div><!-- /#container -->

<footer id="footer">
<div class="inner">
<ul class="ftNav clearfix">
<li><a href="/company/">会社概要</a></li>
<li><a href="/privacy/">プライバシーポリシー</a></li>
<li><a href="/law/">特定商取引法に基づく表記</a></li>
<li><a href="/recruit/">講師採用情報</a></li>
<li><a href="/contact/">お問い合わせ</a></li>
</ul>
<p class="copyright">Copyright &copy; 2009-@@year@@ Sora Language Co., Ltd. All Rights Reserved.</p>
</div>
</footer>

</div><!-- /#wrapper -->
</body>
</html>
"""


def render(state, blocks, when):
    key, alt, until = state["campaign"]
    vtxt, vname = VOICES[state["voice"]]
    gnav = "\n".join('<li class="nav_%s"><a href="%s">%s</a></li>' % (k, u, K.esc(t)) for t, u, k in GNAV)
    notice = ('<div class="hdNotice"><p>%s</p></div>\n' % K.esc(state["notice"])) if state["notice"] else ""
    doc = K.fill(TEMPLATE, css=state["css"], notice=notice, gnav=gnav, policy=_body(blocks), camp_key=key,
                 camp_alt=K.attr(alt + "　" + until), camp_until=until, token=state["token"], voice_txt=K.esc(vtxt),
                 voice_name=K.esc(vname), year=when.year)
    return doc.replace("\n", "\r\n").encode("shift_jis", "xmlcharrefreplace").decode("shift_jis")


PAGE = {
    "service": "Sora Eikaiwa",
    "url": "https://www.sora-eikaiwa.jp/privacy/",
    "lang": "ja",
    "platform": "hand-built PHP includes on Apache, Shift_JIS",
    "content_type": "text/html; charset=Shift_JIS",
    "encoding": "shift_jis",
    "extra_headers": [("Server", "Apache"), ("X-Powered-By", "PHP/7.4.33"), ("Vary", "Accept-Encoding")],
    "n": 28,
    "start": dt.date(2023, 6, 1),
    "end": dt.date(2025, 2, 27),
    "hours": (0, 6, 12),
    "policy": POLICY,
    "first_updated": dt.date(2022, 4, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.sora-eikaiwa.jp/privacy/",
        "select": "#main",
        "remove": ["#main .bnrArea", "#main .pagetop"],
    },
}
