"""Logistics group (parcel delivery, warehousing), Korean, on a Java/Spring JSP portal (eGovFrame-style .do URLs,
Tomcat behind Apache). The crawler sends no cookies, so Tomcat rewrites ;jsessionid=... into every link of the page,
the links inside the policy included (per visit; the words do not change). A rolling notice ticker in the header
(sticky). Inside the declared `.policy-box`: a "previous versions" drop-down, which the declaration removes. Tabs
above link to the other legal texts."""
import datetime as dt
import html

import common as C

URL = "https://www.hanbitlogis.co.kr/web/policy/privacy.do"

POLICY = """# 개인정보처리방침

시행일자: {UPDATED}

한빛로지스 주식회사(이하 '회사')는 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 하기 위하여 다음과 같이 개인정보처리방침을 수립·공개합니다.

## 제1조 (개인정보의 처리 목적)

회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 「개인정보 보호법」 제18조에 따라 별도의 동의를 받는 등 필요한 조치를 이행할 예정입니다.

- 택배 서비스 제공: 택배 집하 및 배송, 배송 조회, 배송 완료 안내, 반품 회수, 운임 정산
- 고객 상담 및 민원 처리: 분실·파손 사고 접수 및 처리, 상담 이력 관리, 처리 결과 통보
- 회원 관리: 홈페이지 및 모바일 앱 회원 가입 의사 확인, 본인 확인, 부정 이용 방지, 고지사항 전달
- 기업 고객 관리: 계약 체결 및 이행, 물류센터 입출고 관리, 세금계산서 발행
- 마케팅 및 광고 활용: 이벤트 및 프로모션 안내(별도 동의한 경우에 한함)

## 제2조 (처리하는 개인정보의 항목)

회사는 서비스 제공을 위해 다음과 같은 개인정보를 처리하고 있습니다.

| 구분 | 수집 항목 | 수집 방법 |
| 택배 접수(보내는 분) | 성명, 휴대전화번호, 주소 | 홈페이지, 앱, 고객센터, 집배점 |
| 택배 배송(받는 분) | 성명, 휴대전화번호, 주소 | 보내는 분 또는 계약 쇼핑몰로부터 제공 |
| 회원 가입 | 아이디, 비밀번호, 성명, 휴대전화번호, 이메일 | 홈페이지, 앱 |
| 사고 처리 | 성명, 연락처, 은행명, 계좌번호, 사고 물품 사진 | 고객센터, 홈페이지 |
| 자동 수집 | 접속 IP, 쿠키, 접속 로그, 기기 정보 | 서비스 이용 과정에서 자동 생성 |

## 제3조 (개인정보의 처리 및 보유 기간)

회사는 법령에 따른 개인정보 보유·이용 기간 또는 정보주체로부터 개인정보를 수집 시에 동의받은 개인정보 보유·이용 기간 내에서 개인정보를 처리·보유합니다.

- 택배 운송장 정보: 배송 완료 후 1년
- 회원 정보: 회원 탈퇴 시까지. 다만, 1년 이상 서비스를 이용하지 않은 회원의 정보는 별도 분리 보관
- 소비자의 불만 또는 분쟁 처리에 관한 기록: 3년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 대금 결제 및 재화 등의 공급에 관한 기록: 5년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 웹사이트 방문 기록: 3개월 (통신비밀보호법)

## 제4조 (개인정보의 제3자 제공)

회사는 정보주체의 개인정보를 제1조에서 명시한 범위 내에서만 처리하며, 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다. 해외 배송의 경우 통관 및 현지 배송을 위하여 받는 분의 성명, 주소, 연락처 및 물품 정보가 도착 국가의 제휴 운송사와 세관에 제공됩니다.

## 제5조 (개인정보 처리의 위탁)

회사는 원활한 개인정보 업무 처리를 위하여 다음과 같이 개인정보 처리 업무를 위탁하고 있습니다.

| 수탁업체 | 위탁 업무 내용 |
| 전국 집배점 및 영업소 | 택배 집하 및 배송 업무 |
| (주)한빛씨에스 | 고객센터 운영 및 상담 업무 |
| (주)다우기술 | 배송 알림 문자(SMS, 알림톡) 발송 |
| 나이스평가정보(주) | 휴대전화 본인 확인 |

회사는 위탁 계약 체결 시 「개인정보 보호법」 제26조에 따라 위탁 업무 수행 목적 외 개인정보 처리 금지, 기술적·관리적 보호 조치, 재위탁 제한, 수탁자에 대한 관리·감독, 손해배상 등 책임에 관한 사항을 계약서 등 문서에 명시하고, 수탁자가 개인정보를 안전하게 처리하는지를 감독하고 있습니다.

## 제6조 (개인정보의 파기 절차 및 방법)

회사는 개인정보 보유 기간의 경과, 처리 목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체 없이 해당 개인정보를 파기합니다. 전자적 파일 형태의 정보는 기록을 재생할 수 없는 기술적 방법을 사용하여 삭제하며, 종이에 출력된 운송장 등은 분쇄기로 분쇄하거나 소각합니다. 배송이 완료된 택배 상자에 부착된 운송장은 받는 분이 직접 제거하거나 개인정보 가림 처리 후 폐기하여 주시기 바랍니다.

## 제7조 (정보주체의 권리·의무 및 행사 방법)

정보주체는 회사에 대해 언제든지 개인정보 열람·정정·삭제·처리정지 요구 등의 권리를 행사할 수 있습니다. 권리 행사는 서면, 전자우편 등을 통하여 하실 수 있으며 회사는 이에 대해 지체 없이 조치하겠습니다. 권리 행사는 정보주체의 법정대리인이나 위임을 받은 자 등 대리인을 통하여 하실 수도 있습니다. 이 경우 위임장을 제출하셔야 합니다.

## 제8조 (개인정보의 안전성 확보 조치)

회사는 개인정보의 안전성 확보를 위해 다음과 같은 조치를 취하고 있습니다.

- 관리적 조치: 내부관리계획 수립·시행, 정기적 직원 교육
- 기술적 조치: 개인정보처리시스템 등의 접근 권한 관리, 접근통제시스템 설치, 고유식별정보 등의 암호화, 보안 프로그램 설치
- 물리적 조치: 전산실, 자료 보관실 등의 접근 통제
- 안심번호 서비스: 운송장에 받는 분의 휴대전화번호 대신 일회용 안심번호를 인쇄

## 제9조 (개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항)

회사는 이용자에게 개별적인 맞춤 서비스를 제공하기 위해 이용 정보를 저장하고 수시로 불러오는 쿠키(cookie)를 사용합니다. 이용자는 웹 브라우저의 옵션을 설정함으로써 모든 쿠키를 허용하거나, 쿠키가 저장될 때마다 확인을 거치거나, 모든 쿠키의 저장을 거부할 수 있습니다. 다만 쿠키 저장을 거부할 경우 로그인이 필요한 일부 서비스 이용에 어려움이 발생할 수 있습니다.

## 제10조 (개인정보 보호책임자)

회사는 개인정보 처리에 관한 업무를 총괄해서 책임지고, 개인정보 처리와 관련한 정보주체의 불만 처리 및 피해 구제 등을 위하여 아래와 같이 개인정보 보호책임자를 지정하고 있습니다.

@ 개인정보 보호책임자: 정보보호실장 김도윤
@ 연락처: 1588-1255
@ 이메일: privacy@hanbitlogis.co.kr
@ 주소: 서울특별시 중구 세종대로 39, 한빛빌딩 12층

## 제11조 (권익침해 구제 방법)

정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보분쟁조정위원회, 한국인터넷진흥원 개인정보침해신고센터 등에 분쟁 해결이나 상담 등을 신청할 수 있습니다.

- 개인정보분쟁조정위원회: (국번없이) 1833-6972 (www.kopico.go.kr)
- 개인정보침해신고센터: (국번없이) 118 (privacy.kisa.or.kr)
- 대검찰청: (국번없이) 1301 (www.spo.go.kr)
- 경찰청: (국번없이) 182 (ecrm.police.go.kr)

## 제12조 (개인정보처리방침의 변경)

이 개인정보처리방침은 시행일자부터 적용되며, 법령 및 방침에 따른 변경 내용의 추가, 삭제 및 정정이 있는 경우에는 변경 사항의 시행 7일 전부터 [공지사항](/web/customer/noticeList.do)을 통하여 고지할 것입니다. 이전 개인정보처리방침은 [이용약관](/web/policy/terms.do) 페이지 상단에서도 확인하실 수 있습니다.
"""


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


EDITS = [
    {"note": "processor added to the outsourcing table (Kakao notification talk)",
     "repl": [("| (주)다우기술 | 배송 알림 문자(SMS, 알림톡) 발송 |",
               "| (주)다우기술 | 배송 알림 문자(SMS) 발송 |\n| (주)카카오 | 알림톡 배송 안내 메시지 발송 |")]},
    {"note": "waybill retention changed from 1 year to 6 months",
     "repl": [("- 택배 운송장 정보: 배송 완료 후 1년", "- 택배 운송장 정보: 배송 완료 후 6개월")]},
    {"note": "privacy officer changed (name and phone)",
     "repl": [("@ 개인정보 보호책임자: 정보보호실장 김도윤\n@ 연락처: 1588-1255",
               "@ 개인정보 보호책임자: 정보보호실장 이서연\n@ 연락처: 1588-1256")]},
    {"note": "new article on pseudonymised data added; later articles renumbered",
     "repl": [("## 제10조 (개인정보 보호책임자)",
               "## 제10조 (가명정보의 처리)\n\n회사는 배송 경로 최적화 및 물동량 예측을 위한 통계 작성 목적으로 "
               "운송장 정보를 가명처리하여 이용할 수 있습니다. 가명정보는 추가 정보와 분리하여 별도로 보관하며, "
               "가명정보의 처리 목적, 처리 기록 등을 작성·보관합니다.\n\n## 제11조 (개인정보 보호책임자)"),
              ("## 제11조 (권익침해 구제 방법)", "## 제12조 (권익침해 구제 방법)"),
              ("## 제12조 (개인정보처리방침의 변경)", "## 제13조 (개인정보처리방침의 변경)")]},
    {"note": "sentence added on unattended delivery photos",
     "repl": [("배송이 완료된 택배 상자에 부착된 운송장은",
               "비대면 배송 시 촬영한 배송 완료 사진은 배송 완료 후 30일이 지나면 자동으로 삭제됩니다. "
               "배송이 완료된 택배 상자에 부착된 운송장은")]},
]

NOTICES = [
    "[공지] 추석 연휴 택배 집하 및 배송 일정 안내",
    "[공지] 설 연휴 기간 택배 서비스 운영 안내",
    "[안내] 태풍 영향으로 제주 지역 배송 지연 안내",
    "[안내] 택배 기사를 사칭한 스미싱 문자에 주의하세요",
    "[공지] 개인정보처리방침 개정 안내",
    "[안내] 폭설로 인한 강원 산간 지역 배송 지연",
]

PREV = ["2020.03.02", "2019.07.15", "2018.11.01", "2017.05.22"]


def noise(rng, when, i, prev):
    prev = prev or {}
    return {
        "jsid": C.hexs(rng, 32).upper() + ".tomcat" + rng.choice("12"),
        "notices": C.keep_or(rng, prev.get("notices"), 0.3,
                             lambda: tuple(rng.sample(range(len(NOTICES)), 3))),
    }


LABELS = {"jsid": ";jsessionid= rewritten into links", "notices": "rolling notice ticker"}


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace("{{%s}}" % k, str(v))
    return tpl


def policy_html(blocks, jsid):
    def link(url, label):
        if url.startswith("/web/"):
            url += ";jsessionid=" + jsid
        return '<a href="%s">%s</a>' % (html.escape(url), html.escape(label, quote=False))

    out = []
    for kind, v in blocks:
        if kind == "h1":
            out.append('<h4 class="tit-policy-main">%s</h4>' % C.inline_html(v))
        elif kind == "h2":
            out.append('<h4 class="tit-policy">%s</h4>' % C.inline_html(v, link=link))
        elif kind == "h3":
            out.append('<h5>%s</h5>' % C.inline_html(v, link=link))
        elif kind == "p":
            out.append('<p class="txt">%s</p>' % C.inline_html(v, link=link))
        elif kind == "ul":
            out.append('<ul class="list-dot">%s</ul>' % "".join("<li>%s</li>" % C.inline_html(x, link=link) for x in v))
        elif kind == "table":
            head = "".join('<th scope="col">%s</th>' % C.inline_html(x) for x in v[0])
            body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x, link=link) for x in r)
                           for r in v[1:])
            out.append('<div class="tbl-type01"><table><caption>%s</caption><colgroup>%s</colgroup>'
                       '<thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>'
                       % ("", "<col>" * len(v[0]), head, body))
        elif kind == "addr":
            out.append('<div class="box-gray"><p>%s</p></div>' % "<br />".join(C.inline_html(x) for x in v))
        else:
            raise ValueError(kind)
    return "\n\t\t\t\t\t".join(out)


TPL = """<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="naver-site-verification" content="3b1d0e6f4c2a9e8f7d5b1c0a2e4f6d8b9a7c5e3f">
<title>개인정보처리방침 | 한빛로지스</title>
<link rel="stylesheet" type="text/css" href="/resources/css/common.css;jsessionid={{jsid}}">
<link rel="stylesheet" type="text/css" href="/resources/css/layout.css;jsessionid={{jsid}}">
<link rel="stylesheet" type="text/css" href="/resources/css/sub.css;jsessionid={{jsid}}">
<script type="text/javascript" src="/resources/js/jquery-1.12.4.min.js;jsessionid={{jsid}}"></script>
<script type="text/javascript" src="/resources/js/jquery.bxslider.min.js;jsessionid={{jsid}}"></script>
<script type="text/javascript" src="/resources/js/common.js;jsessionid={{jsid}}"></script>
<script type="text/javascript">
	var contextPath = "";
	function fn_goPrevPolicy(obj) {
		if (obj.value != "") {
			location.href = "/web/policy/privacyPrev.do?ver=" + obj.value;
		}
	}
</script>
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-61823045-1"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'UA-61823045-1');
</script>
<script type="text/javascript" src="//wcs.naver.net/wcslog.js"></script>
<script type="text/javascript">
if(!wcs_add) var wcs_add = {};
wcs_add["wa"] = "1a2b3c4d5e6f7a8";
if(window.wcs) { wcs_do(); }
</script>
</head>
<body>
<div id="skipNav"><a href="#contents">본문 바로가기</a></div>
<div id="wrap">
	<!-- header -->
	<div id="header">
		<div class="top-area">
			<div class="inner">
				<div class="rolling-notice">
					<strong class="tit">공지사항</strong>
					<ul class="notice-list">
{{notices}}
					</ul>
				</div>
				<ul class="util">
					<li><a href="/web/member/login.do;jsessionid={{jsid}}">로그인</a></li>
					<li><a href="/web/member/join.do;jsessionid={{jsid}}">회원가입</a></li>
					<li><a href="/web/customer/main.do;jsessionid={{jsid}}">고객센터</a></li>
					<li class="lang"><a href="/eng/main.do;jsessionid={{jsid}}">ENGLISH</a></li>
				</ul>
			</div>
		</div>
		<div class="gnb-area">
			<div class="inner">
				<h1 class="logo"><a href="/web/main.do;jsessionid={{jsid}}"><img src="/resources/images/common/logo.png" alt="한빛로지스"></a></h1>
				<ul id="gnb">
					<li><a href="/web/parcel/reserve.do;jsessionid={{jsid}}">택배예약</a></li>
					<li><a href="/web/parcel/tracking.do;jsessionid={{jsid}}">배송조회</a></li>
					<li><a href="/web/parcel/price.do;jsessionid={{jsid}}">운임안내</a></li>
					<li><a href="/web/biz/contract.do;jsessionid={{jsid}}">기업택배</a></li>
					<li><a href="/web/company/intro.do;jsessionid={{jsid}}">회사소개</a></li>
				</ul>
				<form name="trackForm" id="trackForm" action="/web/parcel/tracking.do;jsessionid={{jsid}}" method="post" class="quick-track">
					<fieldset>
						<legend>운송장 번호 조회</legend>
						<input type="text" name="invcNo" id="invcNo" title="운송장 번호" placeholder="운송장 번호 12자리를 입력하세요" maxlength="12">
						<button type="submit" class="btn-search">조회</button>
					</fieldset>
				</form>
			</div>
		</div>
	</div>
	<!-- //header -->

	<!-- container -->
	<div id="container">
		<div class="sub-visual policy">
			<h2>고객센터</h2>
		</div>
		<div class="location">
			<a href="/web/main.do;jsessionid={{jsid}}" class="home">HOME</a> &gt; <span>고객센터</span> &gt; <strong>개인정보처리방침</strong>
		</div>
		<div id="contents">
			<div class="sub-tit">
				<h3>개인정보처리방침</h3>
			</div>
			<ul class="tab-type01 col3">
				<li><a href="/web/policy/terms.do;jsessionid={{jsid}}">이용약관</a></li>
				<li class="on"><a href="/web/policy/privacy.do;jsessionid={{jsid}}" title="선택됨">개인정보처리방침</a></li>
				<li><a href="/web/policy/location.do;jsessionid={{jsid}}">위치기반서비스 이용약관</a></li>
			</ul>
			<div class="policy-box">
				<div class="policy-select">
					<label for="prevPolicy">이전 개인정보처리방침 보기</label>
					<select id="prevPolicy" name="prevPolicy" title="이전 개인정보처리방침 선택" onchange="fn_goPrevPolicy(this);">
						<option value="">선택하세요</option>
{{prev}}
					</select>
				</div>
				<div class="policy-cont">
					{{policy}}
				</div>
			</div>
		</div>
	</div>
	<!-- //container -->

	<!-- footer -->
	<div id="footer">
		<div class="inner">
			<ul class="foot-menu">
				<li><a href="/web/policy/terms.do;jsessionid={{jsid}}">이용약관</a></li>
				<li><a href="/web/policy/privacy.do;jsessionid={{jsid}}" class="point">개인정보처리방침</a></li>
				<li><a href="/web/policy/email.do;jsessionid={{jsid}}">이메일무단수집거부</a></li>
				<li><a href="/web/customer/main.do;jsessionid={{jsid}}">고객센터</a></li>
			</ul>
			<address>
				<span>한빛로지스 주식회사</span><span>대표이사 : 박정훈</span><span>서울특별시 중구 세종대로 39</span><br>
				<span>사업자등록번호 : 104-81-23456</span><span>통신판매업신고 : 제2015-서울중구-0123호</span><span>고객센터 : 1588-1255</span>
			</address>
			<p class="copyright">COPYRIGHT &copy; HANBIT LOGIS CO., LTD. ALL RIGHTS RESERVED.</p>
			<div class="family-site">
				<select title="패밀리사이트" onchange="if(this.value) window.open(this.value);">
					<option value="">패밀리사이트</option>
					<option value="https://www.hanbitgroup.co.kr">한빛그룹</option>
					<option value="https://global.hanbitlogis.com">한빛로지스 글로벌</option>
				</select>
			</div>
		</div>
	</div>
	<!-- //footer -->
</div>
<script type="text/javascript">
	$(function(){
		$('.notice-list').bxSlider({ mode: 'vertical', auto: true, pager: false, controls: false, speed: 500, pause: 3000 });
	});
</script>
</body>
</html>
"""


def render(s, blocks, when):
    notices = "\n".join('\t\t\t\t\t\t<li><a href="/web/customer/noticeView.do;jsessionid=%s?seq=%d">%s</a></li>'
                        % (s["jsid"], 1840 + k, html.escape(NOTICES[k])) for k in s["notices"])
    prev = "\n".join('\t\t\t\t\t\t<option value="%s">%s</option>' % (d.replace(".", ""), d) for d in PREV)
    return fill(TPL, policy=policy_html(blocks, s["jsid"]), jsid=s["jsid"], notices=notices, prev=prev)


PAGE = {
    "service": "Hanbit Logis",
    "url": URL,
    "lang": "ko",
    "platform": "Java/Spring JSP (eGovFrame-style) on Tomcat",
    "content_type": "text/html;charset=UTF-8",
    "extra_headers": (("Server", "Apache"), ("Content-Language", "ko-KR"),
                      ("X-Frame-Options", "SAMEORIGIN")),
    "n": 30,
    "start": dt.date(2021, 2, 1),
    "end": dt.date(2024, 8, 31),
    "hours": (0, 9, 15),
    "policy": POLICY,
    "first_updated": dt.date(2020, 9, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".policy-box", "remove": ".policy-select"},
}
