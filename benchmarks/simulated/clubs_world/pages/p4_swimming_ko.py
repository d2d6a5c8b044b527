"""해오름수영클럽 (Haeoreum Swim Club) - ko swimming club and academy (lessons, elite team, shuttle bus) - Gnuboard 5
(그누보드) content page bbs/content.php?co_id=privacy with the basic theme: popup layer, visitor counter, latest
posts, popular search words and connected-users count, all outside #ctt."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ckit as K  # noqa: E402
from ckit import C  # noqa: E402

URL = "https://www.haeoreumswim.co.kr/bbs/content.php?co_id=privacy"


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


POLICY = """
# 개인정보처리방침

해오름수영클럽(이하 '클럽')은 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다.

### 제1조 (개인정보의 처리 목적)

클럽은 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 별도의 동의를 받는 등 필요한 조치를 이행할 예정입니다.

- 홈페이지 회원 가입 및 관리: 회원 가입의사 확인, 본인 식별·인증, 회원자격 유지·관리
- 수강 신청 및 수강료 결제: 강습반 배정, 수강료 결제 및 환불, 출석 관리
- 선수반 운영: 대회 참가 신청, 기록 관리, 훈련 일정 안내
- 민원 처리: 민원인의 신원 확인, 민원사항 확인, 처리결과 통보

### 제2조 (처리하는 개인정보 항목)

- 필수항목: 이름, 생년월일, 성별, 휴대전화번호, 보호자 성명 및 연락처(만 14세 미만 회원)
- 선택항목: 이메일, 수영 경력, 건강상 유의사항
- 자동수집항목: 접속 IP 정보, 쿠키, 서비스 이용 기록, 접속 로그

### 제3조 (개인정보의 처리 및 보유 기간)

클럽은 법령에 따른 개인정보 보유·이용기간 또는 정보주체로부터 개인정보를 수집 시에 동의받은 개인정보 보유·이용기간 내에서 개인정보를 처리·보유합니다. 홈페이지 회원 정보는 회원 탈퇴 시까지, 수강 정보는 수강 종료 후 1년까지 보유합니다.

### 제4조 (개인정보의 제3자 제공)

클럽은 정보주체의 개인정보를 제1조에서 명시한 범위 내에서만 처리하며, 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다.

### 제5조 (개인정보처리의 위탁)

클럽은 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.

| 수탁업체 | 위탁업무 내용 |
| (주)케이지이니시스 | 수강료 결제 처리 |
| 가비아 | 홈페이지 호스팅 및 유지보수 |
| (주)엔에이치엔 | 수업 안내 문자 발송 |

### 제6조 (개인정보의 파기)

클럽은 개인정보 보유기간의 경과, 처리목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체없이 해당 개인정보를 파기합니다. 전자적 파일 형태의 정보는 기록을 재생할 수 없는 기술적 방법을 사용하며, 종이에 출력된 개인정보는 분쇄기로 분쇄하거나 소각하여 파기합니다.

### 제7조 (정보주체와 법정대리인의 권리·의무 및 행사방법)

정보주체은 클럽에 대해 언제든지 개인정보 열람·정정·삭제·처리정지 요구 등의 권리를 행사할 수 있습니다. 권리 행사는 서면, 전화, 전자우편 등을 통하여 하실 수 있으며 클럽은 이에 대해 지체없이 조치하겠습니다. 만 14세 미만 아동의 경우 법정대리인이 권리를 행사할 수 있습니다.

### 제8조 (개인정보의 안전성 확보 조치)

클럽은 개인정보의 안전성 확보를 위해 관리자 계정의 접근권한 관리, 접속기록의 보관, 개인정보의 암호화, 보안프로그램 설치 등의 조치를 하고 있습니다.

### 제8조의2 (개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항)

클럽은 이용자에게 개별적인 맞춤서비스를 제공하기 위해 이용정보를 저장하고 수시로 불러오는 '쿠키(cookie)'를 사용합니다. 쿠키는 웹사이트를 운영하는데 이용되는 서버가 이용자의 컴퓨터 브라우저에게 보내는 소량의 정보이며 이용자의 컴퓨터 하드디스크에 저장되기도 합니다. 이용자는 웹브라우저 상단의 도구 > 인터넷 옵션 > 개인정보 메뉴의 옵션 설정을 통해 쿠키 저장을 거부할 수 있으며, 쿠키 저장을 거부할 경우 로그인이 필요한 일부 서비스 이용에 어려움이 발생할 수 있습니다.

### 제9조 (개인정보 보호책임자)

@ 개인정보 보호책임자: 김도윤 (사무국장)
@ 연락처: 031-245-7780
@ 이메일: [privacy@haeoreumswim.co.kr](mailto:privacy@haeoreumswim.co.kr)

정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보분쟁조정위원회(1833-6972), 개인정보침해신고센터(118) 등에 분쟁해결이나 상담 등을 신청할 수 있습니다.

### 제10조 (개인정보 처리방침 변경)

이 개인정보처리방침은 {UPDATED}부터 적용됩니다.
"""

EDITS = [
    {"note": "위탁 table: new row (카카오 알림톡 message sending)",
     "repl": [("| (주)엔에이치엔 | 수업 안내 문자 발송 |",
               "| (주)엔에이치엔 | 수업 안내 문자 발송 |\n| (주)카카오 | 카카오 알림톡 발송 |")]},
    {"note": "list item added: shuttle bus pick-up location collected",
     "repl": [("- 선택항목: 이메일, 수영 경력, 건강상 유의사항",
               "- 선택항목: 이메일, 수영 경력, 건강상 유의사항\n- 셔틀버스 이용 시: 승하차 장소, 보호자 연락처")]},
    {"note": "typo fixed without a new date: '정보주체은' -> '정보주체는'", "bump": False,
     "repl": [("정보주체은 클럽에 대해", "정보주체는 클럽에 대해")]},
    {"note": "privacy officer changed (김도윤 -> 이서연, new phone)",
     "repl": [("@ 개인정보 보호책임자: 김도윤 (사무국장)\n@ 연락처: 031-245-7780",
               "@ 개인정보 보호책임자: 이서연 (운영팀장)\n@ 연락처: 031-245-7791")]},
    {"note": "retention: payment records kept 5 years under the e-commerce act (sentence added)",
     "repl": [("수강 정보는 수강 종료 후 1년까지 보유합니다.",
               "수강 정보는 수강 종료 후 1년까지 보유합니다. 다만, 수강료 결제 및 환불에 관한 기록은 「전자상거래 등에서의"
               " 소비자보호에 관한 법률」에 따라 5년간 보관합니다.")]},
    {"note": "third-party provision: Korea Aquatics federation for competition entries (paragraph added)",
     "repl": [("에 해당하는 경우에만 개인정보를 제3자에게 제공합니다.",
               "에 해당하는 경우에만 개인정보를 제3자에게 제공합니다.\n\n선수반 회원의 대회 참가를 위하여 대한수영연맹 및"
               " 경기도수영연맹에 이름, 생년월일, 성별, 소속을 제공하며, 제공받는 자는 대회 운영 및 기록 관리 목적으로 해당"
               " 대회 종료 후 3년간 보유합니다.")]},
]

NOTICES = ["7월 여름방학 특강 안내", "수영장 정기 휴관 안내", "성인 새벽반 추가 개설", "셔틀버스 노선 변경 안내",
           "유아반 신규 모집", "경기도지사배 대회 결과", "강사 휴무에 따른 대체 수업 안내", "수강료 결제 방식 변경",
           "추석 연휴 휴관 안내", "선수반 동계 전지훈련 일정"]
SEARCH = ["수강료", "셔틀", "유아반", "성인반", "선수반", "시간표", "휴관", "자유수영", "개인레슨", "대회"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    base = 150000 + (when - dt.datetime(2022, 1, 1)).days * 260
    s["visit"] = (rng.randint(80, 420), rng.randint(80, 420), rng.randint(1200, 1900), base + rng.randint(0, 250))
    s["connect"] = rng.randint(2, 38)
    s["notices"] = C.keep_or(rng, prev.get("notices"), 0.6, lambda: tuple(rng.sample(range(len(NOTICES)), 5)))
    s["search"] = C.keep_or(rng, prev.get("search"), 0.8, lambda: tuple(rng.sample(range(len(SEARCH)), 6)))
    s["ver"] = K.deploy(rng, prev.get("ver"), 0.15, lambda: rng.choice(["171222", "210618", "220620", "2303229",
                                                                        "2304171", "240302"]))
    return s


LABELS = {"visit": "visitor counter (오늘/어제/최대/전체)", "connect": "current connected users count",
          "notices": "latest notices (최신글) with dates", "search": "popular search words (인기검색어)",
          "ver": "G5 CSS/JS ?ver= (Gnuboard updates)", "popup": "seasonal popup layer (#hd_pop)"}


def render(s, blocks, when):
    v = s["ver"]
    today, yest, mx, total = s["visit"]
    if when.month in (6, 7):
        s["popup"] = "여름방학 어린이 특강 모집 (%d년 7월 22일 ~ 8월 16일)" % when.year
    elif when.month in (11, 12):
        s["popup"] = "%d년 동계 특강 및 새해 수강 신청 안내" % (when.year + (when.month == 12))
    else:
        s["popup"] = ""
    pop = ('<div id="hd_pop"><h2>팝업레이어 알림</h2><div id="hd_pops_%d" class="hd_pops" style="top:10px;left:10px">'
           '<div class="hd_pops_con" style="width:400px;height:480px"><p>%s</p></div><div class="hd_pops_footer">'
           '<button class="hd_pops_reject hd_pops_%d 24"><strong>24</strong>시간 동안 다시 열람하지 않습니다.</button>'
           '<button class="hd_pops_close hd_pops_%d">닫기</button></div></div></div>'
           % (7 + when.year % 10, C.esc(s["popup"]), 7 + when.year % 10, 7 + when.year % 10)) if s["popup"] else ""
    lat = "".join('<li><a href="https://www.haeoreumswim.co.kr/bbs/board.php?bo_table=notice&amp;wr_id=%d">%s</a>'
                  '<span class="lt_date">%s</span></li>'
                  % (300 + k * 7, C.esc(NOTICES[k]), (when - dt.timedelta(days=3 + 9 * n)).strftime("%m-%d"))
                  for n, k in enumerate(s["notices"]))
    pop_words = "".join('<li><a href="https://www.haeoreumswim.co.kr/bbs/search.php?sfl=wr_subject&amp;sop=and'
                        '&amp;stx=%s">%s</a></li>' % (SEARCH[k], SEARCH[k]) for k in s["search"])
    content = C.render_blocks(blocks[1:])
    return ('<!doctype html>\n<html lang="ko">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" id="meta_viewport" content="width=device-width,initial-scale=1.0,minimum-scale=0,'
            'maximum-scale=10">\n<meta http-equiv="imagetoolbar" content="no">\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n<title>개인정보처리방침 | 해오름수영클럽</title>\n'
            '<link rel="stylesheet" href="https://www.haeoreumswim.co.kr/theme/basic/css/default.css?ver=%s">\n'
            '<link rel="stylesheet" href="https://www.haeoreumswim.co.kr/theme/basic/skin/latest/basic/style.c'
            'ss?ver=%s">\n'
            '<script>\n// 자바스크립트에서 사용하는 전역변수 선언\nvar g5_url       = "https://www.haeoreumswim.co.kr";\n'
            'var g5_bbs_url   = "https://www.haeoreumswim.co.kr/bbs";\nvar g5_is_member = "";\nvar g5_is_admin  = "";\n'
            'var g5_is_mobile = "";\nvar g5_bo_table  = "";\nvar g5_sca       = "";\nvar g5_editor    = "";\n'
            'var g5_cookie_domain = "";\n</script>\n'
            '<script src="https://www.haeoreumswim.co.kr/js/jquery-1.12.4.min.js?ver=%s"></script>\n'
            '<script src="https://www.haeoreumswim.co.kr/js/common.js?ver=%s"></script>\n</head>\n<body>\n\n'
            '<!-- 상단 시작 { -->\n<div id="hd">\n    <h1 id="hd_h1">개인정보처리방침</h1>\n'
            '    <div id="skip_to_container"><a href="#container">본문 바로가기</a></div>\n\n%s\n'
            '    <div id="tnb"><div class="inner"><ul id="hd_qnb"><li><a href="https://www.haeoreumswim.co.kr/bbs/'
            'faq.php">FAQ</a></li><li><a href="https://www.haeoreumswim.co.kr/bbs/qalist.php">Q&amp;A</a></li>'
            '<li><a href="https://www.haeoreumswim.co.kr/bbs/new.php">새글</a></li><li><a href="https://www.'
            'haeoreumswim.co.kr/bbs/current_connect.php" class="visit">접속자<strong class="visit-num">%d</strong>'
            '</a></li></ul></div></div>\n'
            '    <div id="hd_wrapper"><div id="logo"><a href="https://www.haeoreumswim.co.kr"><img src="https://www.'
            'haeoreumswim.co.kr/theme/basic/img/logo.png" alt="해오름수영클럽"></a></div>\n'
            '    <div class="hd_sch_wr"><fieldset id="hd_sch"><legend>사이트 내 전체검색</legend><form name="fsearchbox" '
            'method="get" action="https://www.haeoreumswim.co.kr/bbs/search.php"><input type="hidden" name="sfl" '
            'value="wr_subject||wr_content"><input type="hidden" name="sop" value="and"><input type="text" name="stx" '
            'id="sch_stx" maxlength="20" placeholder="검색어를 입력해주십시오"><button type="submit" id="sch_submit" '
            'value="검색">검색</button></form></fieldset>\n'
            '    <section id="popular"><h2>인기검색어</h2><div class="popular_inner"><ul>%s</ul></div></section></div>'
            '</div>\n    <nav id="gnb"><h2>메인메뉴</h2><div class="gnb_wrap"><ul id="gnb_1dul">'
            '<li class="gnb_1dli"><a href="/bbs/content.php?co_id=company" class="gnb_1da">클럽소개</a></li>'
            '<li class="gnb_1dli"><a href="/bbs/content.php?co_id=program" class="gnb_1da">강습안내</a></li>'
            '<li class="gnb_1dli"><a href="/bbs/board.php?bo_table=schedule" class="gnb_1da">시간표</a></li>'
            '<li class="gnb_1dli"><a href="/bbs/board.php?bo_table=notice" class="gnb_1da">공지사항</a></li>'
            '<li class="gnb_1dli"><a href="/bbs/board.php?bo_table=team" class="gnb_1da">선수반</a></li></ul></div>'
            '</nav>\n</div>\n<!-- } 상단 끝 -->\n\n<hr>\n\n<!-- 콘텐츠 시작 { -->\n<div id="wrapper">\n'
            '    <div id="container_wr">\n    <div id="container">\n        <h2 id="container_title"><span '
            'title="개인정보처리방침">개인정보처리방침</span></h2>\n'
            '<article id="ctt" class="ctt_privacy">\n    <header>\n        <h1>%s</h1>\n    </header>\n\n'
            '    <div id="ctt_con">\n        %s\n    </div>\n\n</article>\n    </div>\n'
            '    <div id="aside"><section id="ol_before" class="ol"><h2>회원로그인</h2><form name="foutlogin" '
            'action="https://www.haeoreumswim.co.kr/bbs/login_check.php" method="post" autocomplete="off">'
            '<fieldset><input type="hidden" name="url" value="%%2Fbbs%%2Fcontent.php%%3Fco_id%%3Dprivacy"><input '
            'type="text" id="ol_id" name="mb_id" required maxlength="20" placeholder="아이디"><input type="password" '
            'name="mb_password" id="ol_pw" required maxlength="20" placeholder="비밀번호"><button type="submit" '
            'id="ol_submit">로그인</button></fieldset></form></section>\n'
            '    <div class="lat"><h2 class="lat_title"><a href="https://www.haeoreumswim.co.kr/bbs/board.php?bo_table='
            'notice">공지사항</a></h2><ul>%s</ul></div>\n'
            '    <section id="visit"><div class="visit_inner"><h2>방문자집계</h2><dl><dt>오늘</dt><dd>%d</dd><dt>어제</dt>'
            '<dd>%d</dd><dt>최대</dt><dd>%d</dd><dt>전체</dt><dd>%s</dd></dl></div></section>\n    </div>\n'
            '</div>\n</div>\n<!-- } 콘텐츠 끝 -->\n\n<hr>\n\n<!-- 하단 시작 { -->\n<div id="ft">\n'
            '    <div id="ft_wr"><div id="ft_link" class="ft_cnt"><a href="https://www.haeoreumswim.co.kr/bbs/'
            'content.php?co_id=company">클럽소개</a><a href="https://www.haeoreumswim.co.kr/bbs/content.php?co_id='
            'privacy">개인정보처리방침</a><a href="https://www.haeoreumswim.co.kr/bbs/content.php?co_id=provision">'
            '서비스이용약관</a></div>\n        <div id="ft_company" class="ft_cnt"><h2>해오름수영클럽</h2><p class="'
            'ft_info">경기도 수원시 영통구 광교중앙로 145 해오름스포츠센터 B1<br>사업자등록번호 124-87-03318 대표 박정훈 '
            '전화 031-245-7780</p></div></div>\n'
            '    <div id="ft_copy">Copyright &copy; <b>haeoreumswim.co.kr.</b> All rights reserved.</div>\n'
            '    <button type="button" id="top_btn"><i class="fa fa-arrow-up" aria-hidden="true"></i><span '
            'class="sound_only">상단으로</span></button>\n</div>\n<!-- } 하단 끝 -->\n'
            '<script src="https://www.haeoreumswim.co.kr/js/sns.js"></script>\n\n</body>\n</html>\n'
            '<!-- ie6,7에서 사이드뷰가 게시판 목록에서 아래 사이드뷰에 가려지는 현상 수정 -->\n'
            % (v, v, v, v, pop, s["connect"], pop_words, C.esc(blocks[0][1]), content, lat, today, yest, mx,
               C.group_digits(total, ",")))


PAGE = {
    "service": "Haeoreum Swim Club", "url": URL, "lang": "ko-KR", "platform": "Gnuboard 5 (basic theme)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 1, 20), "end": dt.date(2026, 3, 31), "hours": (0, 9),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["#ctt"]},
}
