"""Hanbit Jokbo 한빛족보 - ko genealogy records service - Spring MVC / JSP (eGovFrame-style), previous-versions select."""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lkit as K  # noqa: E402
from lkit import C  # noqa: E402

URL = "https://www.hanbitjokbo.co.kr/policy/privacy.do"


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


POLICY = """
# 개인정보처리방침

시행일자: {UPDATED}

주식회사 한빛족보(이하 "회사")는 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 다음과 같이 개인정보처리방침을 수립·공개합니다.

## 제1조 (개인정보의 처리 목적)

회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않습니다.

- 1. 회원 가입 및 관리: 회원제 서비스 이용에 따른 본인 확인, 부정 이용 방지, 각종 고지·통지
- 2. 족보 열람 및 가계도 작성 서비스 제공: 문중 족보 자료 검색, 가계도 편집 및 공유, 제적등본 해독 대행
- 3. 유료 서비스 결제 및 정산: 열람권 구매, 족보 인쇄본 제작 및 배송
- 4. 고객 상담: 문의 접수 및 처리 결과 안내

## 제2조 (처리하는 개인정보 항목)

- 필수항목: 성명, 아이디, 비밀번호, 휴대전화번호, 이메일, 본관 및 성씨
- 선택항목: 생년월일, 파(派) 및 항렬, 가족 구성원의 성명과 생몰년
- 결제 시: 카드사명, 승인번호, 배송지 주소
- 자동 수집 항목: 접속 IP, 쿠키, 서비스 이용 기록, 접속 로그

## 제3조 (개인정보의 처리 및 보유 기간)

회원 정보는 회원 탈퇴 시까지 보유합니다. 다만 관계 법령에 따라 계약 또는 청약철회 등에 관한 기록은 5년, 대금결제 및 재화 등의 공급에 관한 기록은 5년, 소비자의 불만 또는 분쟁처리에 관한 기록은 3년, 접속 로그는 3개월간 보관합니다.

## 제4조 (개인정보 처리의 위탁)

회사는 원활한 서비스 제공을 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.

| 수탁업체 | 위탁업무 내용 |
| (주)케이지이니시스 | 신용카드 및 계좌이체 결제 처리 |
| CJ대한통운(주) | 족보 인쇄본 배송 |
| (주)다우기술 | 알림톡 및 문자 발송 |
| 네이버클라우드(주) | 서버 및 데이터 보관 |

## 제5조 (개인정보의 제3자 제공)

회사는 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다. 회원이 가계도를 "문중 공개"로 설정한 경우 같은 문중 회원에게 성명과 항렬이 공개됩니다.

## 제6조 (정보주체의 권리·의무 및 행사방법)

정보주체는 회사에 대해 언제든지 개인정보 열람, 정정, 삭제, 처리정지 요구 등의 권리를 행사할 수 있습니다. 권리 행사는 서면, 전자우편 등을 통하여 하실 수 있으며 회사는 이에 대해 지체 없이 조치하겠습니다.

## 제7조 (개인정보의 파기)

회사는 보유기간의 경과, 처리목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체 없이 해당 개인정보를 파기합니다. 전자적 파일 형태의 정보는 복구할 수 없는 기술적 방법을 사용하여 삭제하며, 종이에 출력된 개인정보는 분쇄기로 분쇄합니다.

## 제8조 (개인정보 보호책임자)

@ 개인정보 보호책임자: 박준영 (이사)
@ 전화: 02-736-4120
@ 이메일: privacy@hanbitjokbo.co.kr

정보주체는 개인정보침해신고센터(118), 개인정보분쟁조정위원회(1833-6972) 등에 분쟁 해결이나 상담을 신청할 수 있습니다.
"""

EDITS = [
    {"note": "entrustment table: new row (Kakao for login / AlimTalk)",
     "repl": [("| (주)다우기술 | 알림톡 및 문자 발송 |", "| (주)다우기술 | 알림톡 및 문자 발송 |\n"
               "| (주)카카오 | 카카오 로그인 연동 |")]},
    {"note": "privacy officer changed (박준영 -> 이수진) and phone",
     "repl": [("@ 개인정보 보호책임자: 박준영 (이사)\n@ 전화: 02-736-4120",
               "@ 개인정보 보호책임자: 이수진 (정보보호팀장)\n@ 전화: 02-736-4188")]},
    {"note": "purpose item added: DNA ancestry kit (consent-based)",
     "repl": [("4. 고객 상담: 문의 접수 및 처리 결과 안내", "4. 고객 상담: 문의 접수 및 처리 결과 안내\n"
               "- 5. 유전자 조상 찾기 서비스: 별도 동의를 받은 경우에 한하여 검사 결과와 친족 매칭 제공")]},
    {"note": "access-log retention 3 months -> 1 year",
     "repl": [("접속 로그는 3개월간 보관합니다.", "접속 로그는 1년간 보관합니다.")]},
    {"note": "delivery processor replaced (CJ대한통운 -> 롯데글로벌로지스)",
     "repl": [("| CJ대한통운(주) | 족보 인쇄본 배송 |", "| 롯데글로벌로지스(주) | 족보 인쇄본 배송 |")]},
    {"note": "sentence added to art. 6 (legal representative) without a new date", "bump": False,
     "repl": [("권리 행사는 서면, 전자우편 등을", "만 14세 미만 아동의 경우 법정대리인이 권리를 행사할 수 있습니다. "
               "권리 행사는 서면, 전자우편 등을")]},
]

BANNERS = ["설 연휴 고객센터 휴무 안내", "추석 맞이 족보 인쇄본 20% 할인", "신규 문중 족보 312권 추가",
           "가정의 달 가계도 무료 출력 이벤트", "시스템 정기 점검 안내 (새벽 2시~4시)"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {"sess": C.hexs(rng, 32).upper(), "csrf": C.uuid4(rng)}
    s["visits"] = (rng.randint(800, 2600), 3100000 + i * 41000 + rng.randint(0, 9000))
    s["banner"] = C.keep_or(rng, prev.get("banner"), 0.5, lambda: rng.randrange(len(BANNERS)))
    s["ver"] = C.keep_or(rng, prev.get("ver"), 0.3, lambda: when.strftime("%Y%m%d") + str(rng.randint(1, 3)))
    return s


LABELS = {"sess": "jsessionid in the page's URLs", "csrf": "Spring Security _csrf token",
          "visits": "today / total visitor counter in the footer", "banner": "notice banner rotation",
          "ver": "static resource ?ver= (deploy date)",
          "history": "'이전 개인정보처리방침' select of past effective dates (INSIDE the policy box)"}


def render(s, blocks, when):
    # the previous-versions select lists every earlier effective date; it grows when the text gets a new date
    eff = blocks[1][1].split(": ", 1)[1]
    past = s["history"]
    opts = "".join('<option value="%d">%s</option>' % (n, d) for n, d in enumerate(past))
    sel = ('<div class="policy-history"><label for="prevPolicy">이전 개인정보처리방침 보기</label>'
           '<select id="prevPolicy" name="ver" onchange="fnPolicyView(this.value)"><option value="">현재 (%s)</option>'
           '%s</select></div>' % (C.esc(eff), opts))
    body = C.render_blocks(blocks[2:], tags={"table": ' class="tbl_type01"', "h2": ' class="tit_h3"'})
    sid = s["sess"]
    return ('<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="UTF-8">\n'
            '<meta name="_csrf" content="%s"/>\n<meta name="_csrf_header" content="X-CSRF-TOKEN"/>\n'
            '<title>개인정보처리방침 | 한빛족보</title>\n<link rel="stylesheet" href="/resources/css/common.css?ver=%s">'
            '\n<script src="/resources/js/jquery-3.6.0.min.js"></script>\n<script src="/resources/js/ui.js?ver=%s">'
            '</script>\n</head>\n<body>\n<div id="wrap">\n<div class="top_banner"><a href="/board/notice.do;jsessionid='
            '%s">%s</a><button type="button" class="btn_close">오늘 하루 보지 않기</button></div>\n'
            '<div id="header"><h1 class="logo"><a href="/main.do;jsessionid=%s"><img src="/resources/images/logo.png" '
            'alt="한빛족보"></a></h1><ul class="gnb"><li><a href="/jokbo/search.do">족보검색</a></li><li><a href="/tree/'
            'my.do">가계도</a></li><li><a href="/dna/intro.do">조상찾기</a></li><li><a href="/cs/faq.do">고객센터</a>'
            '</li></ul></div>\n<div id="container"><div class="sub_top"><h2>개인정보처리방침</h2><div class="location">'
            '홈 &gt; 이용안내 &gt; 개인정보처리방침</div></div>\n<div id="contents"><div class="policy_wrap">\n'
            '%s\n<div class="policy_cont">\n<p class="txt_date">%s</p>\n%s\n</div></div></div></div>\n'
            '<div id="footer"><div class="f_menu"><a href="/policy/terms.do">이용약관</a> <a href="/policy/privacy.do">'
            '<strong>개인정보처리방침</strong></a></div><address>주식회사 한빛족보 | 대표 김한빛 | 서울특별시 종로구 '
            '율곡로 88 | 사업자등록번호 101-86-52741 | 통신판매업신고 제2019-서울종로-0713호</address>'
            '<p class="counter">오늘 방문자 %s명 · 전체 방문자 %s명</p><p class="copy">COPYRIGHT © HANBIT JOKBO. ALL '
            'RIGHTS RESERVED.</p></div>\n</div>\n<form id="csrfForm"><input type="hidden" name="_csrf" value="%s">'
            '</form>\n</body>\n</html>\n'
            % (s["csrf"], s["ver"], s["ver"], sid, BANNERS[s["banner"]], sid, sel, C.esc(blocks[1][1]), body,
               C.group_digits(s["visits"][0], ","), C.group_digits(s["visits"][1], ","), s["csrf"]))


class _Hist:
    """Past effective dates seen so far, kept across captures by the render (an editor adds the old date to
    the select when the policy gets a new one)."""
    seen = []


def _render(s, blocks, when):
    eff = blocks[1][1].split(": ", 1)[1]
    if not _Hist.seen or _Hist.seen[-1] != eff:
        _Hist.seen.append(eff)
    s["history"] = tuple(reversed(_Hist.seen[:-1]))
    return render(s, blocks, when)


def _noise(rng, when, i, prev):
    if i == 0:
        _Hist.seen = []
    return noise(rng, when, i, prev)


PAGE = {
    "service": "Hanbit Jokbo", "url": URL, "lang": "ko", "platform": "Spring MVC / JSP (eGovFrame-style)",
    "content_type": "text/html;charset=UTF-8",
    "n": 30, "start": dt.date(2022, 3, 1), "end": dt.date(2026, 5, 15), "hours": (15, 18, 22),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 1), "fmt_date": fmt_date, "edits": EDITS,
    "gold_md": lambda b: C.blocks_md(b[1:], URL),
    "noise": _noise, "labels": LABELS, "render": _render,
    "declaration": {"fetch": URL, "select": [".policy_wrap"], "remove": [".policy-history"]},
}
