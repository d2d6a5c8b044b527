"""Zipdaon (집다온): a Korean property listing platform (apartments, officetels, one-rooms) on a Java / Spring MVC
stack with JSP views (eGovFrame-style *.do URLs, Tomcat session ids in links), in Korean.

The PIPA policy ("개인정보처리방침", 제N조 articles, the effective date in the last article) is in div.terms_cont
under the customer-centre page; above it, outside the selection, the "이전 개인정보처리방침 보기" select that gains an
option at every dated revision. Fairly clean: per visit the Tomcat ;jsessionid=...worker route in every internal
link and the Spring Security _csrf meta; sticky: the ?v=YYYYMMDD deploy stamp on the CSS/JS and the new-build sales
("분양") layer popup with its "오늘 하루 보지 않기" box, rotating between campaigns or absent.
"""
import datetime as dt
import html
import re

import common as C

URL = "https://www.zipdaon.co.kr/customer/privacy.do"

POLICY = """주식회사 집다온(이하 '회사')은 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다.

### 제1조 (개인정보의 처리 목적)

회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 「개인정보 보호법」 제18조에 따라 별도의 동의를 받는 등 필요한 조치를 이행할 예정입니다.

- **회원 가입 및 관리:** 회원 가입의사 확인, 본인 식별·인증, 회원자격 유지·관리, 서비스 부정이용 방지, 각종 고지·통지
- **매물 정보 서비스 제공:** 관심 단지 및 매물 알림, 중개사무소 문의 연결, 방문 예약, 허위매물 신고 처리
- **중개사무소 회원 서비스:** 중개사무소 개설등록 확인, 매물 광고 등록 및 검증, 광고 상품 결제 및 정산
- **고객 상담:** 민원사항 확인, 사실조사를 위한 연락·통지, 처리결과 통보
- **마케팅 및 광고 활용:** 신규 서비스 및 이벤트 정보 안내 (별도 동의한 회원에 한함)

### 제2조 (처리하는 개인정보의 항목)

| 구분 | 수집 항목 |
| 일반 회원 (필수) | 이메일, 비밀번호, 휴대전화번호, 닉네임 |
| 일반 회원 (선택) | 관심 지역, 관심 단지, 마케팅 수신 동의 여부 |
| 간편 로그인 회원 | 네이버·카카오·애플 계정 식별값, 이메일 |
| 중개사무소 회원 | 대표자 성명, 중개사무소 명칭 및 주소, 개설등록번호, 사업자등록번호, 휴대전화번호, 정산 계좌 정보 |
| 서비스 이용 과정 | 접속 IP 정보, 쿠키, 접속 로그, 서비스 이용 기록, 기기 정보, 광고식별자 |

### 제3조 (개인정보의 처리 및 보유 기간)

회사는 법령에 따른 개인정보 보유·이용기간 또는 정보주체로부터 개인정보를 수집 시에 동의받은 개인정보 보유·이용기간 내에서 개인정보를 처리·보유합니다.

- 회원 정보: 회원 탈퇴 시까지. 다만, 부정 이용 방지를 위해 탈퇴 회원의 휴대전화번호 암호화 값은 탈퇴 후 30일간 보관합니다.
- 계약 또는 청약철회 등에 관한 기록: 5년 (「전자상거래 등에서의 소비자보호에 관한 법률」)
- 대금결제 및 재화 등의 공급에 관한 기록: 5년 (같은 법)
- 소비자의 불만 또는 분쟁처리에 관한 기록: 3년 (같은 법)
- 표시·광고에 관한 기록: 6개월 (같은 법)
- 웹사이트 방문 기록: 3개월 (「통신비밀보호법」)

회사는 1년 이상 서비스를 이용하지 않은 회원에게 개인정보 보유 현황 및 이용내역을 전자우편 등으로 연 1회 이상 통지합니다.

### 제4조 (개인정보의 제3자 제공)

회사는 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다.

| 제공받는 자 | 제공 목적 | 제공 항목 | 보유 및 이용 기간 |
| 이용자가 문의한 매물의 중개사무소 | 매물 문의 응대 및 방문 예약 | 닉네임, 휴대전화번호(안심번호), 문의 내용 | 문의 목적 달성 시까지 |
| 한국인터넷자율정책기구(KISO) | 허위매물 검증 | 매물 정보, 중개사무소 정보 | 검증 완료 후 1년 |

### 제5조 (개인정보 처리업무의 위탁)

회사는 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.

| 수탁자 | 위탁 업무 |
| 네이버클라우드 주식회사 | 서비스 제공을 위한 서버 및 데이터베이스 운영 |
| NHN KCP 주식회사 | 광고 상품 결제 처리 |
| 주식회사 카카오 | 카카오 알림톡 발송 |
| NICE평가정보 주식회사 | 휴대전화 본인인증 |
| 주식회사 세종텔레콤 | 안심번호 서비스 제공 |

회사는 서비스 데이터의 안전한 보관을 위하여 아래와 같이 개인정보를 국외로 이전하고 있습니다. 정보주체는 고객센터를 통해 국외 이전을 거부할 수 있으나, 이 경우 백업이 필요한 일부 서비스 이용이 제한될 수 있습니다.

- 이전받는 자: Amazon Web Services, Inc. (개인정보 보호책임자 연락처: aws-korea-privacy@amazon.com)
- 이전되는 국가 및 시기·방법: 일본(도쿄 리전), 서비스 이용 시점에 네트워크를 통한 전송
- 이전 항목 및 목적: 회원 정보 및 서비스 이용 기록, 재해 복구를 위한 데이터 백업
- 보유 및 이용 기간: 회원 탈퇴 또는 위탁계약 종료 시까지

회사는 위탁계약 체결 시 「개인정보 보호법」 제26조에 따라 위탁업무 수행목적 외 개인정보 처리금지, 기술적·관리적 보호조치, 재위탁 제한 등 책임에 관한 사항을 계약서 등 문서에 명시하고, 수탁자가 개인정보를 안전하게 처리하는지를 감독하고 있습니다.

### 제6조 (개인정보의 파기 절차 및 방법)

회사는 개인정보 보유기간의 경과, 처리목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체 없이 해당 개인정보를 파기함니다. 전자적 파일 형태의 정보는 기록을 재생할 수 없는 기술적 방법을 사용하여 삭제하며, 종이에 출력된 개인정보는 분쇄기로 분쇄하거나 소각하여 파기합니다.

### 제7조 (정보주체와 법정대리인의 권리·의무 및 그 행사방법)

정보주체는 회사에 대해 언제든지 개인정보 열람·정정·삭제·처리정지 요구 등의 권리를 행사할 수 있습니다. 권리 행사는 서면, 전자우편, 고객센터 1:1 문의 등을 통하여 하실 수 있으며 회사는 이에 대해 지체 없이 조치하겠습니다. 권리 행사는 정보주체의 법정대리인이나 위임을 받은 자 등 대리인을 통하여 하실 수도 있으며, 이 경우 「개인정보 처리 방법에 관한 고시」 별지 제11호 서식에 따른 위임장을 제출하셔야 합니다. 개인정보 열람 및 처리정지 요구는 「개인정보 보호법」 제35조 제4항, 제37조 제2항에 의하여 정보주체의 권리가 제한될 수 있으며, 다른 법령에서 그 개인정보가 수집 대상으로 명시되어 있는 경우에는 그 삭제를 요구할 수 없습니다. 만 14세 미만 아동은 회원으로 가입할 수 없습니다.

### 제8조 (개인정보의 안전성 확보조치)

- 관리적 조치: 내부관리계획 수립·시행, 정기적 직원 교육
- 기술적 조치: 개인정보처리시스템 등의 접근권한 관리, 접근통제시스템 설치, 고유식별정보 등의 암호화, 보안프로그램 설치
- 물리적 조치: 전산실, 자료보관실 등의 접근통제
- 접속기록의 보관 및 위변조 방지: 개인정보처리시스템에 접속한 기록을 최소 1년 이상 보관·관리하며, 접속기록이 위변조 및 도난, 분실되지 않도록 보안기능을 사용하고 있습니다.

### 제9조 (개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항)

회사는 이용자에게 개별적인 맞춤서비스를 제공하기 위해 이용정보를 저장하고 수시로 불러오는 '쿠키(cookie)'를 사용합니다. 이용자는 웹브라우저 상단의 도구 > 인터넷 옵션 > 개인정보 메뉴의 옵션 설정을 통해 쿠키 저장을 거부할 수 있습니다. 다만 쿠키 저장을 거부할 경우 로그인이 필요한 일부 서비스 이용에 어려움이 발생할 수 있습니다. 모바일 앱의 경우 기기의 설정 메뉴에서 광고 추적 제한 또는 광고 ID 재설정 기능을 이용하여 광고식별자의 수집을 제한할 수 있습니다.

### 제10조 (개인정보 보호책임자)

회사는 개인정보 처리에 관한 업무를 총괄해서 책임지고, 개인정보 처리와 관련한 정보주체의 불만처리 및 피해구제 등을 위하여 아래와 같이 개인정보 보호책임자를 지정하고 있습니다.

- 개인정보 보호책임자: 박정훈 (최고기술책임자)
- 연락처: 02-6952-3100, [privacy@zipdaon.co.kr](mailto:privacy@zipdaon.co.kr)

### 제11조 (권익침해 구제방법)

정보주체는 개인정보침해로 인한 구제를 받기 위하여 아래 기관에 분쟁해결이나 상담 등을 신청할 수 있습니다.

- 개인정보분쟁조정위원회: (국번없이) 1833-6972 (www.kopico.go.kr)
- 개인정보침해신고센터: (국번없이) 118 (privacy.kisa.or.kr)
- 대검찰청: (국번없이) 1301 (www.spo.go.kr)
- 경찰청: (국번없이) 182 (ecrm.police.go.kr)

### 제12조 (개인정보 처리방침의 변경)

이 개인정보 처리방침은 {UPDATED}부터 적용됩니다. 이전의 개인정보 처리방침은 이 페이지 상단에서 확인하실 수 있습니다."""

EDITS = [
    {"note": "typo fixed: '파기함니다' -> '파기합니다' (no new effective date)", "bump": False,
     "repl": [("지체 없이 해당 개인정보를 파기함니다.", "지체 없이 해당 개인정보를 파기합니다.")]},
    {"note": "processor added: Channel Corp. (Channel Talk chat support) in the outsourcing table",
     "repl": [("| 주식회사 세종텔레콤 | 안심번호 서비스 제공 |",
               "| 주식회사 세종텔레콤 | 안심번호 서비스 제공 |\n| 주식회사 채널코퍼레이션 | 채널톡 고객 상담 서비스 운영 |")]},
    {"note": "retention of withdrawn members' phone hash changed 30 days -> 6 months",
     "repl": [("탈퇴 후 30일간 보관합니다.", "탈퇴 후 6개월간 보관합니다.")]},
    {"note": "new article 제9조의2 on behavioural information for targeted ads (PIPC guideline)",
     "repl": [("### 제10조 (개인정보 보호책임자)",
               "### 제9조의2 (행태정보의 수집·이용·제공 및 거부 등에 관한 사항)\n\n"
               "회사는 서비스 이용과정에서 정보주체에게 최적화된 맞춤형 매물 추천 및 광고를 제공하기 위하여 "
               "행태정보를 수집·이용하고 있습니다.\n\n"
               "| 수집하는 행태정보의 항목 | 수집 방법 | 수집 목적 | 보유·이용 기간 |\n"
               "| 웹사이트 및 앱 방문 기록, 검색 기록, 관심 매물 저장 이력, 광고식별자 | 이용자가 웹사이트 방문 또는 앱 실행 시 자동 수집 | 맞춤형 매물 추천 및 광고 제공 | 수집일로부터 1년 |\n\n"
               "회사는 온라인 맞춤형 광고 등에 필요한 최소한의 행태정보만을 수집하며, 사상, 신념, 가족 및 친인척관계, "
               "학력·병력, 기타 사회활동 경력 등 개인의 권리·이익이나 사생활을 뚜렷하게 침해할 우려가 있는 민감한 "
               "행태정보를 수집하지 않습니다. 정보주체는 앱의 설정 > 광고 맞춤 설정에서 언제든지 맞춤형 광고 수신을 "
               "거부할 수 있습니다.\n\n"
               "### 제10조 (개인정보 보호책임자)")]},
    {"note": "chief privacy officer changed (name, title, phone)",
     "repl": [("- 개인정보 보호책임자: 박정훈 (최고기술책임자)", "- 개인정보 보호책임자: 이서연 (정보보호실장)"),
              ("- 연락처: 02-6952-3100,", "- 연락처: 02-6952-3187,")]},
]


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


POPUPS = [
    None,
    ("[분양] 힐스테이트 송도 더스카이", "견본주택 그랜드 오픈 · 방문 예약 시 사은품 증정", "/bunyang/detail.do?no=21874"),
    ("[분양] 래미안 원페를라", "1순위 청약 안내 · 특별공급 일정 확인하기", "/bunyang/detail.do?no=22310"),
    ("[분양] 더샵 오산역아크시티", "잔여세대 선착순 동호지정 진행 중", "/bunyang/detail.do?no=22945"),
    ("[이벤트] 허위매물 신고하고 커피 받자", "신고가 확인되면 스타벅스 아메리카노 쿠폰을 드립니다", "/event/view.do?no=318"),
    ("[분양] e편한세상 시티 부평역", "오피스텔 계약금 5% · 중도금 무이자", "/bunyang/detail.do?no=23402"),
]


def noise(rng, when, i, prev):
    p = prev or {}
    st = {}
    st["session"] = "%s.worker%d" % ("".join(rng.choice("0123456789ABCDEF") for _ in range(32)), rng.randint(1, 4))
    st["csrf"] = C.uuid4(rng)
    st["deploy"] = C.keep_or(rng, p.get("deploy"), 0.25, lambda: (when - dt.timedelta(days=rng.randint(0, 10))).strftime("%Y%m%d"))
    st["popup"] = C.keep_or(rng, p.get("popup"), 0.4, lambda: rng.randrange(len(POPUPS)))
    st["versions"] = list(p.get("versions") or [])
    return st


LABELS = {"session": "jsessionid in internal links", "csrf": "Spring Security _csrf meta",
          "deploy": "?v= deploy stamp on CSS/JS", "popup": "new-build sales layer popup",
          "versions": "'이전 개인정보처리방침 보기' select (grows at dated revisions)"}


def _inline(t):
    return C.inline_html(t)


def render(state, blocks, when):
    sid = state["session"]
    js = ";jsessionid=" + sid
    v = state["deploy"]
    # the effective date is in the last article; the previous-versions select lists every one seen so far
    m = re.search(r"(\d{4})년 (\d+)월 (\d+)일부터 적용", blocks[-1][1])
    eff = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    if not state["versions"] or state["versions"][-1] != eff:
        state["versions"] = state["versions"] + [eff]
    vers = state["versions"]
    opts = []
    for k in range(len(vers) - 1, -1, -1):
        a = vers[k].replace("-", ".")
        if k == len(vers) - 1:
            opts.append('<option value="%s" selected>%s ~ 현재</option>' % (vers[k].replace("-", ""), a))
        else:
            b = (dt.date.fromisoformat(vers[k + 1]) - dt.timedelta(days=1)).isoformat().replace("-", ".")
            opts.append('<option value="%s">%s ~ %s</option>' % (vers[k].replace("-", ""), a, b))
    opts.append('<option value="20200701">2020.07.01 ~ %s</option>' % (dt.date.fromisoformat(vers[0]) - dt.timedelta(days=1)).isoformat().replace("-", "."))
    body = C.blocks_html(blocks, cls={"h3": "terms_stit", "table": "tbl_terms", "ul": "list_dot", "p": "txt"})
    gnb = [("아파트", "/sale/apt.do"), ("빌라·투룸+", "/sale/villa.do"), ("원룸", "/sale/oneroom.do"), ("오피스텔", "/sale/officetel.do"),
           ("분양", "/bunyang/list.do"), ("시세·실거래가", "/price/trade.do")]
    gnb_html = "".join('<li><a href="%s%s">%s</a></li>' % (u, js, t) for t, u in gnb)
    lnb = [("공지사항", "/customer/notice.do"), ("자주 묻는 질문", "/customer/faq.do"), ("1:1 문의", "/customer/qna.do"),
           ("허위매물 신고", "/customer/report.do"), ("이용약관", "/customer/terms.do"), ("개인정보처리방침", "/customer/privacy.do"),
           ("위치기반서비스 이용약관", "/customer/location.do")]
    lnb_html = "".join('<li%s><a href="%s%s">%s</a></li>' % (' class="on"' if u == "/customer/privacy.do" else "", u, js,
                                                                 ("<strong>%s</strong>" % t) if u == "/customer/privacy.do" else t) for t, u in lnb)
    popup = ""
    pp = POPUPS[state["popup"]]
    if pp:
        popup = ('<div class="layer_popup" id="mainLayerPop" data-pop-id="%s" style="display:none;"><div class="pop_inner">'
                 '<a href="%s%s" class="pop_link"><strong class="pop_tit">%s</strong><p class="pop_txt">%s</p>'
                 '<img src="/upload/popup/%s.jpg" alt=""></a>'
                 '<div class="pop_btm"><label><input type="checkbox" id="popTodayClose"> 오늘 하루 보지 않기</label>'
                 '<button type="button" class="btn_pop_close">닫기</button></div></div></div>'
                 % (pp[2].split("=")[-1], pp[2].split("?")[0] + js, "?" + pp[2].split("?")[1] if "?" in pp[2] else "",
                    html.escape(pp[0]), html.escape(pp[1]), C.det_sha(pp[0])[:16]))
        popup = popup.replace('href="%s%s"' % (pp[2].split("?")[0] + js, "?" + pp[2].split("?")[1]),
                              'href="%s%s?%s"' % (pp[2].split("?")[0], js, pp[2].split("?")[1]))
    doc = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="_csrf" content="{state["csrf"]}"/>
<meta name="_csrf_header" content="X-CSRF-TOKEN"/>
<meta name="description" content="집다온 개인정보처리방침">
<meta property="og:type" content="website">
<meta property="og:title" content="집다온 - 아파트 · 원룸 · 오피스텔 매물과 실거래가">
<meta property="og:image" content="https://www.zipdaon.co.kr/resources/images/common/og_zipdaon.png">
<meta name="naver-site-verification" content="b2c81f0d6e4a3937e1c5d2f8a4b0e6c9d1f3a7e2"/>
<title>개인정보처리방침 | 집다온</title>
<link rel="shortcut icon" href="/resources/images/common/favicon.ico">
<link rel="stylesheet" href="/resources/css/reset.css?v={v}">
<link rel="stylesheet" href="/resources/css/common.css?v={v}">
<link rel="stylesheet" href="/resources/css/sub.css?v={v}">
<script src="/resources/js/lib/jquery-3.6.0.min.js"></script>
<script src="/resources/js/lib/jquery.cookie.js"></script>
<script src="/resources/js/common.js?v={v}"></script>
<script>
	var contextPath = "";
	var csrfToken = $("meta[name='_csrf']").attr("content");
	var csrfHeader = $("meta[name='_csrf_header']").attr("content");
	$(document).ajaxSend(function(e, xhr, options) {{ xhr.setRequestHeader(csrfHeader, csrfToken); }});
</script>
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-ZD3N8Q4K2P"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-ZD3N8Q4K2P');</script>
</head>
<body>
<div id="wrap" class="sub_wrap">
	<div id="skipNav"><a href="#contents">본문 바로가기</a></div>
	<header id="header">
		<div class="inner">
			<h1 class="logo"><a href="/main.do{js}"><img src="/resources/images/common/logo.svg" alt="집다온"></a></h1>
			<nav id="gnb"><ul>{gnb_html}</ul></nav>
			<div class="util">
				<a href="/member/login.do{js}" class="btn_login">로그인</a>
				<a href="/member/join.do{js}" class="btn_join">회원가입</a>
				<a href="/agent/main.do{js}" class="btn_agent">중개사무소 전용</a>
			</div>
		</div>
	</header>
	<div id="container" class="customer">
		<div class="inner">
			<aside class="lnb">
				<h2 class="lnb_tit">고객센터</h2>
				<ul>{lnb_html}</ul>
				<div class="cs_info"><strong>고객센터 1644-3827</strong><p>평일 09:00 ~ 18:00 (점심시간 12:00 ~ 13:00)<br>토·일·공휴일 휴무</p></div>
			</aside>
			<div id="contents">
				<div class="tit_area">
					<h2 class="tit">개인정보처리방침</h2>
					<ul class="location"><li><a href="/main.do{js}">홈</a></li><li><a href="/customer/notice.do{js}">고객센터</a></li><li>개인정보처리방침</li></ul>
				</div>
				<div class="terms_select">
					<form name="policyForm" id="policyForm" action="/customer/privacy.do{js}" method="get">
					<label for="policyVer">이전 개인정보처리방침 보기</label>
					<select id="policyVer" name="ver" onchange="document.policyForm.submit();">{"".join(opts)}</select>
					</form>
				</div>
				<div class="terms_cont privacy">
{body}
				</div>
			</div>
		</div>
	</div>
	<footer id="footer">
		<div class="inner">
			<ul class="f_menu">
				<li><a href="/company/intro.do{js}">회사소개</a></li>
				<li><a href="/customer/terms.do{js}">이용약관</a></li>
				<li><a href="/customer/privacy.do{js}"><strong>개인정보처리방침</strong></a></li>
				<li><a href="/customer/location.do{js}">위치기반서비스 이용약관</a></li>
				<li><a href="/ad/guide.do{js}">광고 안내</a></li>
			</ul>
			<address>
				(주)집다온 | 대표이사 김도윤 | 서울특별시 강남구 테헤란로 427, 12층 (삼성동) | 사업자등록번호 214-88-61327 <a href="http://www.ftc.go.kr/bizCommPop.do?wrkr_no=2148861327" target="_blank" title="새창">[사업자정보확인]</a><br>
				통신판매업신고 제2019-서울강남-04518호 | 고객센터 1644-3827 | 이메일 help@zipdaon.co.kr
			</address>
			<p class="copyright">Copyright © ZIPDAON Corp. All rights reserved.</p>
		</div>
	</footer>
	{popup}
</div>
<script type="text/javascript" src="//wcs.naver.net/wcslog.js"></script>
<script type="text/javascript">if(!wcs_add) var wcs_add = {{}};wcs_add["wa"] = "1c7b94e2f03d5a8";if(window.wcs) {{ wcs_do(); }}</script>
<script>
	$(function(){{
		if($.cookie("popToday_" + $("#mainLayerPop").data("pop-id")) != "Y") {{ $("#mainLayerPop").show(); }}
		$(".btn_pop_close").on("click", function(){{
			if($("#popTodayClose").is(":checked")) {{ $.cookie("popToday_" + $("#mainLayerPop").data("pop-id"), "Y", {{ expires: 1, path: "/" }}); }}
			$("#mainLayerPop").hide();
		}});
	}});
</script>
</body>
</html>
"""
    return doc


PAGE = {
    "service": "Zipdaon",
    "url": URL,
    "lang": "ko",
    "platform": "Java / Spring MVC with JSP views on Tomcat (;jsessionid links, Spring Security _csrf), jQuery",
    "content_type": "text/html;charset=UTF-8",
    "n": 30,
    "start": dt.date(2021, 5, 3),
    "end": dt.date(2024, 10, 31),
    "hours": (0, 3, 6, 9),
    "policy": POLICY,
    "first_updated": dt.date(2021, 1, 4),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".terms_cont"},
}
