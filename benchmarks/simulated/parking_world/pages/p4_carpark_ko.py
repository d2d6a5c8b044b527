"""한빛파킹 / Hanbit Parking (Korean car-park operator: office-building and retail car parks, monthly passes, LPR
entry/exit, pay stations, tenant web discounts), a Gnuboard5 site (custom theme from the basic theme): the policy is
the `privacy` content page (bbs/content.php?co_id=privacy) typed in SmartEditor 2 (articles as bold paragraphs,
spacer paragraphs). Around it: the holiday popup layer, the 'current visitors' link, the visitor counter (접속자집계)
and the latest notices."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import pkkit as K  # noqa: E402

POLICY = """
한빛파킹 주식회사(이하 '회사')는 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다.

**제1조(개인정보의 처리 목적)**

회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 「개인정보 보호법」 제18조에 따라 별도의 동의를 받는 등 필요한 조치를 이행할 예정입니다.

1. 주차장 이용 및 요금 정산: 차량번호 인식을 통한 입출차 관리, 주차요금 계산 및 결제, 영수증 발급
2. 월정기권 회원 관리: 정기권 신청 접수, 본인 확인, 정기권 요금 청구 및 갱신 안내
3. 웹할인 서비스 제공: 입주사 및 제휴 매장의 주차요금 할인 등록
4. 민원 처리: 주차 관련 문의·불만 처리, 사고 처리 및 결과 통보
5. 시설 안전 관리: 영상정보처리기기(CCTV)를 통한 범죄 예방 및 시설 안전 확보

**제2조(처리하는 개인정보의 항목)**

| 구분 | 수집 항목 | 수집 방법 |
| 일반 주차 이용 | 차량번호, 입·출차 일시, 차량 사진 | 차량번호 인식 카메라(LPR) |
| 정기권 회원 | 성명, 휴대전화번호, 차량번호, 차종, 소속 회사명 | 홈페이지, 관리사무소 서면 신청 |
| 요금 결제 | 카드사명, 카드번호(일부), 승인번호, 결제금액 | 무인정산기, 모바일 결제 |
| 민원 처리 | 성명, 연락처, 차량번호, 민원 내용 | 고객센터, 홈페이지 |

**제3조(개인정보의 처리 및 보유 기간)**

회사는 법령에 따른 개인정보 보유·이용기간 또는 정보주체로부터 개인정보를 수집 시에 동의받은 개인정보 보유·이용기간 내에서 개인정보를 처리·보유합니다.

1. 입·출차 기록 및 차량 사진: 출차 후 3개월
2. 정기권 회원 정보: 정기권 계약 종료 후 1년
3. 대금 결제 및 재화 등의 공급에 관한 기록: 5년(「전자상거래 등에서의 소비자보호에 관한 법률」)
4. 소비자의 불만 또는 분쟁처리에 관한 기록: 3년(「전자상거래 등에서의 소비자보호에 관한 법률」)
5. CCTV 영상정보: 촬영일로부터 30일

**제4조(개인정보의 제3자 제공)**

회사는 정보주체의 개인정보를 제1조에서 명시한 범위 내에서만 처리하며, 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다. 다만, 수사기관이 법령에 따라 CCTV 영상 등의 제공을 요청하는 경우 관련 법령이 정한 절차에 따라 제공할 수 있습니다.

**제5조(개인정보 처리업무의 위탁)**

회사는 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.

| 수탁업체 | 위탁업무 내용 |
| (주)케이지이니시스 | 신용카드 및 간편결제 처리 |
| 나이스정보통신(주) | 무인정산기 카드 결제 승인 |
| (주)아이엠에스 | 주차관제 시스템 및 차량번호 인식 장비 유지보수 |
| (주)알리고 | 정기권 만료 안내 문자 발송 |
| 네이버클라우드(주) | 홈페이지 및 정기권 관리 시스템 운영 |

**제6조(정보주체와 법정대리인의 권리·의무 및 행사방법)**

정보주체는 회사에 대해 언제든지 개인정보 열람, 정정, 삭제, 처리정지 요구 등의 권리를 행사할 수 있습니다. 권리 행사는 서면, 전자우편 등을 통하여 하실 수 있으며, 회사는 이에 대해 지체 없이 조치하겠습니디.

**제7조(개인정보의 파기)**

회사는 개인정보 보유기간의 경과, 처리목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체 없이 해당 개인정보를 파기합니다. 전자적 파일 형태의 정보는 기록을 재생할 수 없는 기술적 방법을 사용하여 삭제하며, 종이에 출력된 개인정보는 분쇄기로 분쇄하거나 소각합니다.

**제8조(영상정보처리기기 설치·운영)**

| 구분 | 내용 |
| 설치 근거·목적 | 시설안전 및 화재 예방, 범죄 예방, 차량 도난 및 파손 방지 |
| 설치 대수·위치 | 주차장 출입구, 각 층 주차구역, 엘리베이터 홀 등 |
| 관리책임자 | 운영팀장 박성호 (02-6954-7710) |
| 촬영시간 | 24시간 연속 촬영 |
| 보관기간 | 촬영일로부터 30일 |

**제9조(개인정보 보호책임자)**

@ 개인정보 보호책임자: 경영지원본부장 이정민
@ 전화번호: 02-6954-7700
@ 이메일: [privacy@hanbitparking.co.kr](mailto:privacy@hanbitparking.co.kr)
@ 주소: 서울특별시 강남구 테헤란로 431, 7층 (삼성동)

**제10조(권익침해 구제방법)**

정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보분쟁조정위원회(1833-6972), 한국인터넷진흥원 개인정보침해신고센터(국번없이 118) 등에 분쟁해결이나 상담 등을 신청할 수 있습니다.

**제11조(개인정보 처리방침의 변경)**

이 개인정보 처리방침은 {UPDATED}부터 적용됩니다.
"""

EDITS = [
    {"note": "processor row added: (주)카카오모빌리티 (Kakao T parking payments and exit)",
     "repl": [("| (주)알리고 | 정기권 만료 안내 문자 발송 |",
               "| (주)알리고 | 정기권 만료 안내 문자 발송 |\n| (주)카카오모빌리티 | 카카오T 주차 앱을 통한 주차요금 결제 및 "
               "출차 처리 |")]},
    {"note": "typo fixed (조치하겠습니디 -> 조치하겠습니다), date unchanged", "bump": False,
     "repl": [("조치하겠습니디.", "조치하겠습니다.")]},
    {"note": "LPR entry/exit records retention changed from 3 to 6 months",
     "repl": [("입·출차 기록 및 차량 사진: 출차 후 3개월", "입·출차 기록 및 차량 사진: 출차 후 6개월")]},
    {"note": "CCTV manager changed (name and phone) in the CCTV table",
     "repl": [("| 관리책임자 | 운영팀장 박성호 (02-6954-7710) |", "| 관리책임자 | 운영팀장 김도윤 (02-6954-7712) |")]},
    {"note": "CCTV retention 30 -> 60 days, in article 3 and in the CCTV table",
     "repl": [("CCTV 영상정보: 촬영일로부터 30일", "CCTV 영상정보: 촬영일로부터 60일"),
              ("| 보관기간 | 촬영일로부터 30일 |", "| 보관기간 | 촬영일로부터 60일 |")]},
    {"note": "head-office address changed (moved to Munjeong-dong)",
     "repl": [("@ 주소: 서울특별시 강남구 테헤란로 431, 7층 (삼성동)", "@ 주소: 서울특별시 송파구 법원로 128, 11층 (문정동)")]},
]

NOTICES = [
    (dt.date(2023, 1, 16), 31, "설 연휴 기간 관리사무소 운영 안내"),
    (dt.date(2023, 3, 2), 32, "3월 정기권 결제일 변경 안내"),
    (dt.date(2023, 5, 22), 33, "삼성동 주차장 무인정산기 교체 공사 안내"),
    (dt.date(2023, 7, 10), 34, "장마철 지하주차장 침수 대비 안내"),
    (dt.date(2023, 9, 18), 35, "추석 연휴 주차장 운영 안내"),
    (dt.date(2023, 12, 4), 36, "카카오T 주차 연동 주차장 확대 안내"),
    (dt.date(2024, 2, 1), 37, "설 연휴 정기권 결제 안내"),
    (dt.date(2024, 4, 8), 38, "전기차 충전구역 주차 질서 안내"),
    (dt.date(2024, 6, 24), 39, "문정동 신규 주차장 운영 개시"),
    (dt.date(2024, 9, 5), 40, "추석 연휴 고객센터 휴무 안내"),
    (dt.date(2024, 11, 18), 41, "2025년 정기권 요금 조정 안내"),
    (dt.date(2025, 1, 20), 42, "설 연휴 주차장 운영 안내"),
]

POPUPS = [  # (from, to, id, text)
    (dt.date(2023, 1, 16), dt.date(2023, 1, 24), 5, "설 연휴 기간(1월 21일~24일) 관리사무소 및 고객센터는 휴무합니다. 정기권 결제는 홈페이지에서 가능합니다."),
    (dt.date(2023, 9, 18), dt.date(2023, 10, 3), 6, "추석 연휴 기간(9월 28일~10월 3일) 고객센터 휴무 안내. 긴급 출차 문의는 각 주차장 인터폰을 이용해 주세요."),
    (dt.date(2024, 2, 1), dt.date(2024, 2, 12), 7, "설 연휴 기간(2월 9일~12일) 정기권 결제 및 갱신은 2월 8일까지 완료해 주시기 바랍니다."),
    (dt.date(2024, 5, 27), dt.date(2024, 6, 2), 8, "정기권 관리 시스템 점검 안내: 6월 1일(토) 02:00~06:00 정기권 신청 및 결제가 일시 중단됩니다."),
    (dt.date(2024, 9, 5), dt.date(2024, 9, 18), 9, "추석 연휴 기간(9월 14일~18일) 고객센터 휴무 안내. 긴급 출차 문의는 각 주차장 인터폰을 이용해 주세요."),
    (dt.date(2025, 1, 20), dt.date(2025, 1, 30), 10, "설 연휴 기간(1월 25일~30일) 관리사무소 휴무 안내. 정기권 결제는 홈페이지에서 가능합니다."),
]

G5_VERS = [(dt.date(2022, 1, 1), "5.5.8.2", "220819", "221017"), (dt.date(2023, 6, 12), "5.5.8.3", "230322", "230417"),
           (dt.date(2024, 3, 11), "5.5.13", "231218", "240213"), (dt.date(2024, 10, 7), "5.5.16", "240612", "240806")]


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "kst")
    days = (when.date() - dt.date(2021, 3, 1)).days
    base = 140 + (loc.weekday() < 5) * 90
    today = max(3, int(base * (loc.hour + loc.minute / 60) / 24 * rng.uniform(0.6, 1.4)))
    yesterday = int(base * rng.uniform(0.7, 1.3))
    total = 61000 + days * 205 + rng.randint(0, 150)
    mx = max(p.get("visit", (0, 0, 2145, 0))[2], yesterday, today)
    return {
        "connect": rng.randint(1, 14),
        "visit": (today, yesterday, mx, total),
    }


LABELS = {
    "connect": "'접속자' (current visitors) count in the top bar",
    "visit": "visitor counter box 접속자집계 (today/yesterday/max/total)",
    "popup": "holiday / maintenance popup layer (hd_pop)",
    "notices": "latest notices (공지사항) list",
    "g5": "Gnuboard version: ?ver= stamps on CSS/JS",
}


def _content(blocks):
    def para(v, inl):
        if v.startswith("**") and v.endswith("**"):
            return '<p>&nbsp;</p>\n<p><span style="font-size: 11pt;"><b>%s</b></span></p>' % K.esc(v[2:-2])
        return '<p><span style="font-size: 10pt;">%s</span></p>' % inl(v)

    def table(rows, inl):
        head = "".join('<th scope="col" style="background-color: rgb(242, 242, 242);">%s</th>' % inl(c) for c in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[1:])
        return ('<table border="1" cellpadding="5" cellspacing="0" style="width: 100%%; border-collapse: collapse;" '
                'class="__se_tbl"><tbody><tr>%s</tr>%s</tbody></table>' % (head, body))

    def lst(kind, items, inl):  # typed numbers, one paragraph per item, as SmartEditor users write lists
        return "\n".join('<p><span style="font-size: 10pt;">%d. %s</span></p>' % (n + 1, inl(x))
                         for n, x in enumerate(items))

    return K.render_blocks(blocks, para=para, table=table, lst=lst,
                           addr=lambda lines, inl: '<p><span style="font-size: 10pt;">%s</span></p>'
                           % "<br>".join(inl(x) for x in lines), sep="\n")


def render(state, blocks, when):
    loc, _ = K.local(when, "kst")
    u = "https://www.hanbitparking.co.kr"
    ver, cssv, jsv = [v[1:] for v in G5_VERS if v[0] <= when.date()][-1]
    state["g5"] = ver
    pops = [p for p in POPUPS if p[0] <= loc.date() <= p[1]]
    state["popup"] = pops[0][2] if pops else None
    if pops:
        _, _, pid, ptext = pops[0]
        pop = """<div id="hd_pop">
    <h2>팝업레이어 알림</h2>

    <div id="hd_pops_%(pid)d" class="hd_pops" style="top:140px;left:60px">
        <div class="hd_pops_con" style="width:400px;height:300px">
            <p style="text-align: center;"><span style="font-size: 14pt;"><b>공지</b></span></p><p style="text-align: center;">%(ptext)s</p>        </div>
        <div class="hd_pops_footer">
            <button class="hd_pops_reject hd_pops_%(pid)d 24"><strong>24</strong>시간 동안 다시 열람하지 않습니다.</button>
            <button class="hd_pops_close hd_pops_%(pid)d">닫기 <i class="fa fa-times" aria-hidden="true"></i></button>
        </div>
    </div>
</div>

<script>
$(function() {
    $(".hd_pops_reject").click(function() {
        var id = $(this).attr('class').split(' ');
        var ck_name = id[1];
        var exp_time = parseInt(id[2]);
        $("#"+id[1]).css("display", "none");
        set_cookie(ck_name, 1, exp_time, g5_cookie_domain);
    });
    $('.hd_pops_close').click(function() {
        var idb = $(this).attr('class').split(' ');
        $('#'+idb[1]).css('display','none');
    });
    $("#hd").css("z-index", 1000);
});
</script>""" % {"pid": pid, "ptext": K.esc(ptext)}
    else:
        pop = """<div id="hd_pop">
    <h2>팝업레이어 알림</h2>

<span class="sound_only">팝업레이어 알림이 없습니다.</span></div>"""
    notices = K.latest(NOTICES, loc, 4)
    state["notices"] = tuple(n[1] for n in notices)
    notice_html = "\n".join(
        '            <li>\n                <a href="%s/bbs/board.php?bo_table=notice&amp;wr_id=%d">%s</a>\n'
        '                <span class="lt_date">%s</span>\n            </li>' % (u, wid, K.esc(t), d.strftime("%y.%m.%d"))
        for d, wid, t in notices)
    today, yest, mx, total = state["visit"]
    return """<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=0,maximum-scale=10,user-scalable=yes">
<meta name="HandheldFriendly" content="true">
<meta name="format-detection" content="telephone=no">
<meta http-equiv="imagetoolbar" content="no">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="description" content="한빛파킹 - 빌딩·상업시설 주차장 위탁운영, 월정기권, 웹할인">
<title>개인정보처리방침 | 한빛파킹</title>
<link rel="stylesheet" href="%(u)s/theme/hanbit/css/default.css?ver=%(cssv)s">
<link rel="stylesheet" href="%(u)s/js/font-awesome/css/font-awesome.min.css?ver=%(cssv)s">
<link rel="stylesheet" href="%(u)s/theme/hanbit/skin/content/basic/style.css?ver=%(cssv)s">
<link rel="stylesheet" href="%(u)s/theme/hanbit/skin/latest/notice/style.css?ver=%(cssv)s">
<link rel="stylesheet" href="%(u)s/theme/hanbit/skin/visit/basic/style.css?ver=%(cssv)s">
<!--[if lte IE 8]>
<script src="%(u)s/js/html5.js"></script>
<![endif]-->
<script>
// 자바스크립트에서 사용하는 전역변수 선언
var g5_url       = "%(u)s";
var g5_bbs_url   = "%(u)s/bbs";
var g5_is_member = "";
var g5_is_admin  = "";
var g5_is_mobile = "";
var g5_bo_table  = "";
var g5_sca       = "";
var g5_editor    = "";
var g5_plugin_url = "%(u)s/plugin";
var g5_cookie_domain = "";
</script>
<script src="%(u)s/js/jquery-1.12.4.min.js?ver=%(jsv)s"></script>
<script src="%(u)s/js/jquery-migrate-1.4.1.min.js?ver=%(jsv)s"></script>
<script src="%(u)s/js/jquery.menu.js?ver=%(jsv)s"></script>
<script src="%(u)s/js/common.js?ver=%(jsv)s"></script>
<script src="%(u)s/js/wrest.js?ver=%(jsv)s"></script>
<script src="%(u)s/js/placeholders.min.js?ver=%(jsv)s"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-H4NB1TPK22"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-H4NB1TPK22');
</script>
</head>
<body>

<!-- 상단 시작 { -->
<div id="hd">
    <h1 id="hd_h1">개인정보처리방침</h1>
    <div id="skip_to_container"><a href="#container">본문 바로가기</a></div>

    <!-- 팝업레이어 시작 { -->
%(pop)s
<!-- } 팝업레이어 끝 -->
    <div id="tnb">
    	<div class="inner">
			<ul id="hd_qnb">
	            <li><a href="%(u)s/bbs/faq.php">FAQ</a></li>
	            <li><a href="%(u)s/bbs/qalist.php">1:1문의</a></li>
	            <li><a href="%(u)s/bbs/current_connect.php" class="visit">접속자<strong class="visit-num">%(connect)d</strong></a></li>
	            <li><a href="%(u)s/bbs/new.php">새글</a></li>
	        </ul>
		</div>
    </div>
    <div id="hd_wrapper">

        <div id="logo">
            <a href="%(u)s"><img src="%(u)s/theme/hanbit/img/logo.png" alt="한빛파킹"></a>
        </div>

        <div class="hd_sch_wr">
            <fieldset id="hd_sch">
                <legend>사이트 내 전체검색</legend>
                <form name="fsearchbox" method="get" action="%(u)s/bbs/search.php" onsubmit="return fsearchbox_submit(this);">
                <input type="hidden" name="sfl" value="wr_subject||wr_content">
                <input type="hidden" name="sop" value="and">
                <label for="sch_stx" class="sound_only">검색어 필수</label>
                <input type="text" name="stx" id="sch_stx" maxlength="20" placeholder="검색어를 입력해주세요">
                <button type="submit" id="sch_submit" value="검색"><i class="fa fa-search" aria-hidden="true"></i><span class="sound_only">검색</span></button>
                </form>
            </fieldset>
        </div>
        <ul class="hd_login">
            <li><a href="%(u)s/bbs/register.php">회원가입</a></li>
            <li><a href="%(u)s/bbs/login.php">로그인</a></li>
        </ul>
    </div>

    <nav id="gnb">
        <h2>메인메뉴</h2>
        <div class="gnb_wrap">
            <ul id="gnb_1dul">
                <li class="gnb_1dli" style="z-index:999"><a href="%(u)s/bbs/content.php?co_id=company" target="_self" class="gnb_1da">회사소개</a></li>
                <li class="gnb_1dli" style="z-index:998"><a href="%(u)s/bbs/content.php?co_id=parking" target="_self" class="gnb_1da">운영 주차장</a></li>
                <li class="gnb_1dli" style="z-index:997"><a href="%(u)s/bbs/content.php?co_id=season" target="_self" class="gnb_1da">월정기권 신청</a></li>
                <li class="gnb_1dli" style="z-index:996"><a href="https://discount.hanbitparking.co.kr" target="_blank" class="gnb_1da">웹할인</a></li>
                <li class="gnb_1dli" style="z-index:995"><a href="%(u)s/bbs/board.php?bo_table=notice" target="_self" class="gnb_1da">고객센터</a></li>
            </ul>
        </div>
    </nav>
</div>
<!-- } 상단 끝 -->


<hr>

<!-- 콘텐츠 시작 { -->
<div id="wrapper">
    <div id="container_wr">

    <div id="container">
        <h2 id="container_title"><span title="개인정보처리방침">개인정보처리방침</span></h2>

<article id="ctt" class="ctt_privacy">
    <header>
        <h1>개인정보처리방침</h1>
    </header>

    <div id="ctt_con">
        %(content)s
    </div>

</article>
    </div>
    <div id="aside">
        <section class="notice">
    <h2><a href="%(u)s/bbs/board.php?bo_table=notice">공지사항</a></h2>
    <ul>
%(notices)s
        </ul>
    <a href="%(u)s/bbs/board.php?bo_table=notice" class="lt_more"><span class="sound_only">공지사항</span>더보기</a>
</section>

<!-- 접속자집계 시작 { -->
<section id="visit">
    <div>
    <h2>접속자집계</h2>
    <dl>
        <dt><span class="visit1"></span>오늘</dt>
        <dd><strong>%(today)s</strong></dd>
        <dt><span class="visit2"></span>어제</dt>
        <dd><strong>%(yest)s</strong></dd>
        <dt><span class="visit3"></span>최대</dt>
        <dd><strong>%(mx)s</strong></dd>
        <dt><span class="visit4"></span>전체</dt>
        <dd><strong>%(total)s</strong></dd>
    </dl>
    </div>
</section>
<!-- } 접속자집계 끝 -->
    </div>
</div>

</div>
<!-- } 콘텐츠 끝 -->

<hr>

<!-- 하단 시작 { -->
<div id="ft">
    <div id="ft_wr">
        <div id="ft_link" class="ft_cnt">
            <a href="%(u)s/bbs/content.php?co_id=company">회사소개</a>
            <a href="%(u)s/bbs/content.php?co_id=privacy">개인정보처리방침</a>
            <a href="%(u)s/bbs/content.php?co_id=provision">서비스이용약관</a>
            <a href="%(u)s/bbs/content.php?co_id=cctv">영상정보처리기기 운영·관리방침</a>
        </div>
        <div id="ft_company" class="ft_cnt">
        	<h2>사이트 정보</h2>
	        <p class="ft_info">
	        	회사명 : 한빛파킹 주식회사 / 대표 : 최윤석<br>
				사업자 등록번호 : 214-88-41730<br>
				전화 : 1588-4718 / 팩스 : 02-6954-7799<br>
				통신판매업신고번호 : 제 2019-서울강남-02381 호<br>
			</p>
	    </div>
	</div>
    <div id="ft_copy">Copyright &copy; <b>hanbitparking.co.kr</b> All rights reserved.</div>

    <button type="button" id="top_btn">
    	<i class="fa fa-arrow-up" aria-hidden="true"></i><span class="sound_only">상단으로</span>
    </button>
    <script>
    $(function() {
        $("#top_btn").on("click", function() {
            $("html, body").animate({scrollTop:0}, '500');
            return false;
        });
    });
    </script>
</div>

<!-- } 하단 끝 -->

<script>
$(function() {
    // 폰트 리사이즈 쿠키있으면 실행
    font_resize("container", get_cookie("ck_font_resize_rmv_class"), get_cookie("ck_font_resize_add_class"));
});
</script>



<!-- ie6,7에서 사이드뷰가 게시판 목록에서 아래 사이드뷰에 가려지는 현상 수정 -->
<!--[if lte IE 7]>
<script>
$(function() {
    var $sv_use = $(".sv_use");
    var count = $sv_use.length;

    $sv_use.each(function() {
        $(this).css("z-index", count);
        $(this).css("position", "relative");
        count = count - 1;
    });
});
</script>
<![endif]-->


</body>
</html>
""" % {"u": u, "cssv": cssv, "jsv": jsv, "pop": pop, "connect": state["connect"], "content": _content(blocks),
       "notices": notice_html, "today": "{:,}".format(today), "yest": "{:,}".format(yest), "mx": "{:,}".format(mx),
       "total": "{:,}".format(total)}


PAGE = {
    "service": "HanbitParking",
    "url": "https://www.hanbitparking.co.kr/bbs/content.php?co_id=privacy",
    "lang": "ko",
    "platform": "Gnuboard5 (PHP, custom theme from 'basic', SmartEditor 2 content page)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Apache"), ("X-Powered-By", "PHP/7.4.33"), ("Expires", "0"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate"), ("Pragma", "no-cache"),
                      ("Set-Cookie", "PHPSESSID=; path=/")],
    "n": 28,
    "start": dt.date(2023, 1, 10),
    "end": dt.date(2025, 1, 31),
    "hours": (0, 6, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2022, 7, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.hanbitparking.co.kr/bbs/content.php?co_id=privacy",
        "select": "#ctt_con",
    },
}
