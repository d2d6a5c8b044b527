"""Korean e-book and web-novel store on a legacy Java stack (Spring MVC 4 + JSP + Tiles on Tomcat), served in EUC-KR.

The policy sits in `div.policy_wrap` (title, a "previous versions" <select> that gets a new option at each dated
revision, then `div.policy_cont`). The curators select `.policy_wrap` and remove `.policy_select`. Tomcat rewrites
every internal link with a fresh `;jsessionid=` for a cookie-less crawler, including the policy's own links
(inside the declared container, href-only), and the CSRF meta token is per visit. Outside: the "실시간 인기
웹소설" ranking aside (changes per visit), and the static resources' `?v=` build stamp.
"""
import datetime as dt
import html
import random
import re

import common as C

URL = "https://www.chaekmaru.co.kr/customer/policy/privacy.do"

POLICY = """# 개인정보 처리방침

주식회사 책마루(이하 "회사")는 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다.

## 제1조 (개인정보의 처리 목적)

회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 「개인정보 보호법」 제18조에 따라 별도의 동의를 받는 등 필요한 조치를 이행할 예정입니다.

- 회원 가입 및 관리: 회원제 서비스 제공에 따른 본인 식별·인증, 회원자격 유지·관리, 부정 이용 방지, 각종 고지·통지
- 콘텐츠 제공: 전자책·웹소설·오디오북의 구매, 대여 및 열람 서비스 제공, 캐시 충전 및 환불 처리
- 성인 콘텐츠 이용 시 연령 확인: 본인인증을 통한 만 19세 이상 여부 확인
- 마케팅 및 광고 활용: 신규 작품 및 이벤트 정보 안내, 맞춤형 작품 추천 (동의한 회원에 한함)

## 제2조 (처리하는 개인정보의 항목 및 보유기간)

회사는 법령에 따른 개인정보 보유·이용기간 또는 정보주체로부터 개인정보를 수집 시에 동의받은 개인정보 보유·이용기간 내에서 개인정보를 처리·보유합니다.

| 구분 | 수집 항목 | 보유 및 이용기간 |
| 회원 가입 (필수) | 아이디, 비밀번호, 이메일 주소, 휴대전화번호 | 회원 탈퇴 시까지 |
| 본인인증 (필수) | 이름, 생년월일, 성별, 내/외국인 정보, 연계정보(CI), 중복가입확인정보(DI) | 회원 탈퇴 시까지 |
| 캐시 충전 및 결제 | 결제수단 정보, 결제 승인번호, 결제 금액 | 5년 (전자상거래법) |
| 서비스 이용 과정에서 자동 생성 | 접속 IP, 쿠키, 기기 식별값, 서비스 이용 기록, 열람 기록 | 회원 탈퇴 시까지 |

다만, 관계 법령에 따라 보존할 필요가 있는 경우 다음과 같이 해당 기간 동안 보관합니다.

- 계약 또는 청약철회 등에 관한 기록: 5년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 대금결제 및 재화 등의 공급에 관한 기록: 5년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 소비자의 불만 또는 분쟁처리에 관한 기록: 3년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 웹사이트 방문 기록: 3개월 (통신비밀보호법)

회사는 1년 동안 서비스를 이용하지 않은 회원의 개인정보를 다른 회원의 개인정보와 분리하여 별도로 저장·관리하며, 분리 보관 30일 전까지 이메일로 알려드립니다.

## 제3조 (개인정보의 제3자 제공)

회사는 정보주체의 개인정보를 제1조에서 명시한 범위 내에서만 처리하며, 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다. 작가 및 출판사에게는 판매 통계만 제공하며 구매자 개인을 식별할 수 있는 정보는 제공하지 않습니다.

## 제4조 (개인정보 처리업무의 위탁)

회사는 원활한 서비스 제공을 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.

| 수탁업체 | 위탁업무 내용 |
| NICE평가정보(주) | 휴대전화 본인인증 |
| (주)케이지이니시스 | 신용카드 및 계좌이체 결제 처리 |
| 네이버파이낸셜(주) | 네이버페이 결제 처리 |
| (주)엔에이치엔클라우드 | 서버 운영 및 데이터 보관 |
| (주)스테이지파이브 | 고객센터 상담 시스템 운영 |

위탁계약 체결 시 「개인정보 보호법」 제26조에 따라 위탁업무 수행 목적 외 개인정보 처리 금지, 기술적·관리적 보호조치, 재위탁 제한 등을 계약서에 명시하고, 수탁자가 개인정보를 안전하게 처리하는지를 감독하고 있습니다.

## 제5조 (개인정보의 파기 절차 및 방법)

회사는 개인정보 보유기간의 경과, 처리목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체 없이 해당 개인정보를 파기합니다. 전자적 파일 형태의 정보는 기록을 재생할 수 없는 기술적 방법을 사용하여 삭제하며, 종이에 출력된 개인정보는 분쇄기로 분쇄하거나 소각하여 파기합니다.

## 제6조 (정보주체의 권리·의무 및 행사방법)

정보주체는 회사에 대해 언제든지 개인정보 열람·정정·삭제·처리정지 요구 등의 권리를 행사할 수 있습니다. 권리 행사는 [고객센터 1:1 문의](/customer/inquiry.do), 서면, 이메일 등을 통하여 하실 수 있으며 회사는 이에 대해 지체 없이 조치하겠습니다. 만 14세 미만 아동은 회원으로 가입할 수 없습니다.

## 제7조 (개인정보의 안전성 확보조치)

회사는 개인정보의 안전성 확보를 위해 다음과 같은 조치를 취하고 있습니다.

- 관리적 조치: 내부관리계획 수립·시행, 개인정보 취급 직원의 최소화 및 정기 교육
- 기술적 조치: 개인정보처리시스템 접근권한 관리, 접근통제시스템 설치, 비밀번호 및 결제 정보의 암호화, 보안프로그램 설치
- 물리적 조치: 전산실 및 자료보관실의 접근 통제

## 제8조 (개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항)

회사는 이용자에게 개별적인 맞춤 서비스를 제공하기 위해 쿠키를 사용합니다. 이용자는 웹 브라우저의 설정을 통해 쿠키 저장을 거부할 수 있습니다. 다만 쿠키 저장을 거부할 경우 자동 로그인, 최근 본 작품 등 일부 서비스 이용에 어려움이 발생할 수 있습니다. 회사는 이용 행태 분석을 위해 Google Analytics를 사용하며, 맞춤형 광고를 위한 행태정보는 수집하지 않습니다.

## 제8조의2 (행태정보의 수집·이용 및 거부 등에 관한 사항)

회사는 서비스 이용과정에서 정보주체에게 최적화된 작품 추천을 제공하기 위하여 다음과 같이 행태정보를 수집·이용하고 있습니다.

- 수집하는 행태정보의 항목: 작품 열람 이력, 검색 이력, 구매 및 대여 이력, 관심 작품 등록 이력
- 행태정보 수집 방법: 이용자가 웹사이트 및 앱을 이용할 때 자동 수집
- 행태정보 수집 목적: 이용자의 관심 장르와 선호 작가를 분석하여 맞춤형 작품 추천 및 이벤트 안내 제공
- 보유·이용기간 및 파기: 수집일로부터 1년 경과 후 파기

정보주체는 앱의 설정 메뉴에서 "맞춤 추천 받기"를 해제하여 행태정보 기반 추천을 거부할 수 있습니다. 회사는 만 14세 미만임을 알고 있는 아동이나 만 14세 미만을 주 이용자로 하는 서비스에서는 맞춤형 광고 목적의 행태정보를 수집하지 않습니다.

## 제8조의3 (가명정보의 처리)

회사는 통계작성, 과학적 연구 등을 위하여 수집한 개인정보를 특정 개인을 알아볼 수 없도록 가명처리하여 처리할 수 있습니다. 회사는 작품 판매 동향 분석과 신규 서비스 개발을 위해 구매 및 열람 기록을 가명처리하여 이용하며, 가명정보를 제3자에게 제공하지 않습니다. 가명정보는 처리 목적 달성 후 지체 없이 파기하며, 가명정보의 처리 기록을 작성하여 보관합니다.

## 제9조 (개인정보 보호책임자)

회사는 개인정보 처리에 관한 업무를 총괄해서 책임지고, 개인정보 처리와 관련한 정보주체의 불만처리 및 피해구제 등을 위하여 아래와 같이 개인정보 보호책임자를 지정하고 있습니다.

- 개인정보 보호책임자: 김도현 (정보보호실장), 전화 02-6954-3100, 이메일 privacy@chaekmaru.co.kr
- 개인정보 보호 담당부서: 정보보호팀, 전화 02-6954-3114

## 제10조 (권익침해 구제방법)

정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보분쟁조정위원회, 한국인터넷진흥원 개인정보침해신고센터 등에 분쟁해결이나 상담 등을 신청할 수 있습니다.

- 개인정보분쟁조정위원회: (국번없이) 1833-6972 (www.kopico.go.kr)
- 개인정보침해신고센터: (국번없이) 118 (privacy.kisa.or.kr)
- 대검찰청: (국번없이) 1301 (www.spo.go.kr)
- 경찰청: (국번없이) 182 (ecrm.police.go.kr)

## 제11조 (개인정보 처리방침의 변경)

이 개인정보 처리방침은 {UPDATED}부터 적용됩니다. 회사는 개인정보 처리방침을 변경하는 경우 시행 7일 전부터 공지사항을 통하여 고지합니다.

@ 주식회사 책마루
@ 서울특별시 마포구 양화로 45, 메세나폴리스 12층
@ 대표이사 박정민 | 사업자등록번호 214-88-51937"""

EDITS = [
    {"note": "KakaoTalk notification processor (Kakao) added to the outsourcing table",
     "repl": [("| (주)스테이지파이브 | 고객센터 상담 시스템 운영 |",
               "| (주)스테이지파이브 | 고객센터 상담 시스템 운영 |\n| (주)카카오 | 카카오톡 알림톡 발송 |")]},
    {"note": "new DPO (name, phone)",
     "repl": [("- 개인정보 보호책임자: 김도현 (정보보호실장), 전화 02-6954-3100",
               "- 개인정보 보호책임자: 이수진 (CISO), 전화 02-6954-3170")]},
    {"note": "typo: 개인정보침해신고센터 spacing/wording fix in section 10 (date not bumped)", "bump": False,
     "repl": [("한국인터넷진흥원 개인정보침해신고센터 등에", "한국인터넷진흥원 개인정보침해 신고센터 등에")]},
    {"note": "dormant-account separation paragraph replaced after the 2023 PIPA amendment",
     "repl": [("회사는 1년 동안 서비스를 이용하지 않은 회원의 개인정보를 다른 회원의 개인정보와 분리하여 별도로 저장·관리하며, "
               "분리 보관 30일 전까지 이메일로 알려드립니다.",
               "2023년 9월 15일 개정 「개인정보 보호법」 시행에 따라 회사는 장기 미이용 회원의 개인정보를 별도로 분리 보관하지 "
               "않습니다. 다만 3년 동안 로그인 기록이 없는 계정은 보안을 위해 로그인 시 추가 본인확인을 요청할 수 있습니다.")]},
    {"note": "section on overseas transfer (AWS Tokyo backups) added after section 4",
     "repl": [("## 제5조 (개인정보의 파기 절차 및 방법)",
               "## 제4조의2 (개인정보의 국외 이전)\n\n"
               "회사는 재해 복구를 위한 백업 목적으로 다음과 같이 개인정보를 국외로 이전합니다.\n\n"
               "| 이전받는 자 | 이전 국가 | 이전 항목 | 보유기간 |\n"
               "| Amazon Web Services, Inc. | 일본 (도쿄 리전) | 회원 가입 및 서비스 이용 기록 전체 | 회원 탈퇴 시 또는 위탁계약 종료 시까지 |\n\n"
               "정보주체는 고객센터를 통해 국외 이전을 거부할 수 있으나, 이 경우 서비스 이용이 제한될 수 있습니다.\n\n"
               "## 제5조 (개인정보의 파기 절차 및 방법)")]},
]


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


OLD_VERSIONS = ["2020년 3월 2일", "2019년 7월 15일", "2018년 5월 28일"]
_FIRST_SEEN = {}  # effective date -> first capture that showed it (the site's own revision list grows with each one)

NOVELS = ["나 혼자만 레벨업", "재혼 황후", "전지적 독자 시점", "화산귀환", "데뷔 못 하면 죽는 병 걸림", "상수리나무 아래",
          "전생했더니 슬라임이었던 건에 대하여", "악역의 엔딩은 죽음뿐", "무한의 마법사", "내 남편과 결혼해줘",
          "검술명가 막내아들", "괴담 동아리", "사내 맞선", "나노마신", "황제의 외동딸", "해골병사는 던전을 지키지 못했다"]


def noise(rng, when, i, prev):
    p = prev or {}
    build = C.keep_or(rng, p.get("build"), 0.12, lambda: when.strftime("%Y%m%d") + "%02d" % rng.randint(1, 40))
    rank = random.Random("rank-%s-%d" % (when.date().isoformat(), when.hour))
    return {
        "jsessionid": C.hexs(rng, 32).upper() + ".node%d" % rng.randint(1, 4),
        "csrf": C.uuid4(rng),
        "build": build,
        "ranking": tuple(rank.sample(range(len(NOVELS)), 10)),
    }


LABELS = {"jsessionid": ";jsessionid= in every internal link (also the policy's links, inside the container)",
          "csrf": "_csrf meta token", "build": "static ?v= build stamp", "ranking": "실시간 인기 웹소설 ranking aside"}


def render(s, blocks, when):
    jsid = s["jsessionid"]

    def u(path):
        if path.startswith("/") and ".do" in path:
            a, _, q = path.partition("?")
            return a + ";jsessionid=" + jsid + ("?" + q if q else "")
        return path

    def link(url, label):
        return '<a href="%s">%s</a>' % (html.escape(u(url)), html.escape(label, quote=False))

    def bh(b):
        kind, v = b
        if kind == "h2":
            return '<h3 class="tit_article">%s</h3>' % C.inline_html(v, link=link)
        if kind == "p":
            return "<p>%s</p>" % C.inline_html(v, link=link)
        if kind == "ul":
            return '<ul class="list_dot">%s</ul>' % "".join("<li>%s</li>" % C.inline_html(x, link=link) for x in v)
        if kind == "table":
            head = "".join('<th scope="col">%s</th>' % C.inline_html(x) for x in v[0])
            body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x, link=link) for x in r)
                           for r in v[1:])
            return ('<table class="tbl_policy" summary=""><colgroup>%s</colgroup><thead><tr>%s</tr></thead>'
                    '<tbody>%s</tbody></table>' % ('<col />' * len(v[0]), head, body))
        if kind == "addr":
            return '<p class="company_info">%s</p>' % "<br/>".join(C.inline_html(x) for x in v)
        return C.block_html(b)

    title = blocks[0][1]
    body = "\n".join(bh(b) for b in blocks[1:])
    full = " ".join(str(b[1]) for b in blocks)
    m = re.search(r"(\d{4}년 \d{1,2}월 \d{1,2}일)부터 적용", full)
    current = m.group(1)
    _FIRST_SEEN.setdefault(current, when)
    earlier = sorted((w, d) for d, w in _FIRST_SEEN.items() if w < _FIRST_SEEN[current])
    opts = ['<option value="current" selected="selected">%s ~ 현재 (현재 적용중)</option>' % current]
    opts += ['<option value="%s">%s 시행</option>' % (re.sub(r"\D", "", v), v)
             for v in [d for _, d in reversed(earlier)] + OLD_VERSIONS]
    ranking = "\n".join(
        '<li><span class="num%s">%d</span><a href="%s">%s</a></li>'
        % (" top" if n < 3 else "", n + 1, u("/novel/detail.do?seriesId=%d" % (20100 + k)), html.escape(NOVELS[k]))
        for n, k in enumerate(s["ranking"]))
    v = s["build"]
    return """<!DOCTYPE html>
<html lang="ko">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=1200" />
<meta name="_csrf" content="%(csrf)s" />
<meta name="_csrf_header" content="X-CSRF-TOKEN" />
<title>개인정보 처리방침 | 책마루</title>
<link rel="stylesheet" type="text/css" href="/resources/css/common.css?v=%(v)s" />
<link rel="stylesheet" type="text/css" href="/resources/css/customer.css?v=%(v)s" />
<script type="text/javascript" src="/resources/js/lib/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/resources/js/common.js?v=%(v)s"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QW2ERT9KD"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QW2ERT9KD');
</script>
</head>
<body>
<div id="wrap">
	<div id="skipNav"><a href="#container">본문 바로가기</a></div>
	<div id="header">
		<div class="inner">
			<h1 class="logo"><a href="%(home)s"><img src="/resources/images/common/logo.png" alt="책마루" /></a></h1>
			<ul class="gnb">
				<li><a href="%(webnovel)s">웹소설</a></li>
				<li><a href="%(ebook)s">전자책</a></li>
				<li><a href="%(audio)s">오디오북</a></li>
				<li><a href="%(event)s">이벤트</a></li>
			</ul>
			<div class="util">
				<a href="%(login)s">로그인</a>
				<a href="%(join)s">회원가입</a>
				<a href="%(cash)s">캐시충전</a>
				<a href="%(cs)s">고객센터</a>
			</div>
		</div>
	</div>
	<div id="container">
		<div class="inner">
			<div class="lnb">
				<h2>고객센터</h2>
				<ul>
					<li><a href="%(notice)s">공지사항</a></li>
					<li><a href="%(faq)s">자주 묻는 질문</a></li>
					<li><a href="%(inq)s">1:1 문의</a></li>
					<li><a href="%(terms)s">이용약관</a></li>
					<li class="on"><a href="%(self)s">개인정보 처리방침</a></li>
					<li><a href="%(youth)s">청소년 보호정책</a></li>
				</ul>
			</div>
			<div id="contents">
				<div class="location"><a href="%(home)s">홈</a> &gt; <a href="%(cs)s">고객센터</a> &gt; <strong>개인정보 처리방침</strong></div>
				<div class="policy_wrap">
					<h2 class="tit_policy">%(title)s</h2>
					<div class="policy_select">
						<form name="policyForm" id="policyForm" action="%(self)s" method="get">
						<label for="policyVer">이전 개인정보 처리방침 보기</label>
						<select id="policyVer" name="ver" onchange="fnPolicyChange(this.value);">
						%(opts)s
						</select>
						</form>
					</div>
					<div class="policy_cont">
%(body)s
					</div>
				</div>
			</div>
			<div class="aside">
				<div class="rank_box">
					<h3>실시간 인기 웹소설</h3>
					<ol class="rank_list">
%(ranking)s
					</ol>
				</div>
				<div class="banner_box"><a href="%(cashev)s"><img src="/resources/images/banner/bn_cash_event.jpg" alt="캐시 충전하고 보너스 받기" /></a></div>
			</div>
		</div>
	</div>
	<div id="footer">
		<div class="inner">
			<ul class="f_menu">
				<li><a href="%(company)s">회사소개</a></li>
				<li><a href="%(terms)s">이용약관</a></li>
				<li><a href="%(self)s"><strong>개인정보 처리방침</strong></a></li>
				<li><a href="%(youth)s">청소년 보호정책</a></li>
				<li><a href="%(partner)s">작가/출판사 제휴</a></li>
			</ul>
			<address>주식회사 책마루 | 대표이사 박정민 | 서울특별시 마포구 양화로 45, 메세나폴리스 12층 | 사업자등록번호 214-88-51937 | 통신판매업신고 제2016-서울마포-0817호<br />고객센터 1644-3285 (평일 10:00~18:00) | help@chaekmaru.co.kr</address>
			<p class="copy">Copyright &copy; CHAEKMARU Corp. All rights reserved.</p>
		</div>
	</div>
</div>
<script type="text/javascript">
function fnPolicyChange(ver) {
	if (ver == 'current') { location.href = '%(self)s'; return; }
	location.href = '/customer/policy/privacyHistory.do;jsessionid=%(jsid)s?ver=' + ver;
}
</script>
</body>
</html>
""" % {"csrf": s["csrf"], "v": v, "jsid": jsid, "title": C.inline_html(title), "opts": "\n\t\t\t\t\t\t".join(opts),
       "body": body, "ranking": ranking, "home": u("/main.do"), "webnovel": u("/webnovel/main.do"),
       "ebook": u("/ebook/main.do"), "audio": u("/audiobook/main.do"), "event": u("/event/list.do"),
       "login": u("/member/login.do"), "join": u("/member/join.do"), "cash": u("/cash/charge.do"),
       "cs": u("/customer/main.do"), "notice": u("/customer/notice.do"), "faq": u("/customer/faq.do"),
       "inq": u("/customer/inquiry.do"), "terms": u("/customer/policy/terms.do"),
       "self": u("/customer/policy/privacy.do"), "youth": u("/customer/policy/youth.do"),
       "cashev": u("/event/detail.do?eventNo=1184"), "company": u("/company/intro.do"),
       "partner": u("/partner/apply.do")}


PAGE = {
    "service": "Chaekmaru",
    "url": URL,
    "lang": "ko",
    "platform": "Spring MVC 4 + JSP/Tiles on Tomcat 8.5 (EUC-KR)",
    "content_type": "text/html;charset=euc-kr",
    "encoding": "euc-kr",
    "extra_headers": (("Server", "Apache"), ("Content-Language", "ko-KR"), ("Pragma", "no-cache"),
                      ("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate")),
    "n": 30,
    "start": dt.date(2022, 2, 10),
    "end": dt.date(2025, 6, 5),
    "hours": (0, 3, 12, 15),
    "policy": POLICY,
    "first_updated": dt.date(2021, 11, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".policy_wrap", "remove": ".policy_select"},
}
