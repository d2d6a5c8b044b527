# Korean life insurer: JSP/eGovFrame site in EUC-KR, two documents in tabs (privacy policy + credit info notice),
# previous-version <select>, jsessionid in links, last-login clock in header, notice popup layer, chatbot.
import copy
from build_common import *

URL = "https://www.hanbitlife.co.kr/web/customer/privacyPolicy.do"
SERVICE = "Hanbit Life"


def policy0():
    return {
        "title": "개인정보처리방침",
        "meta": [("p", "한빛생명보험주식회사(이하 '회사')는 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다.")],
        "sections": [
            {"id": "a1", "title": "제1조 (개인정보의 처리 목적)", "body": [
                ("p", "회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 「개인정보 보호법」 제18조에 따라 별도의 동의를 받는 등 필요한 조치를 이행할 예정입니다."),
                ("ol", ["보험계약의 인수 심사, 체결, 유지·관리, 보험금 지급 심사 및 지급",
                        "보험 상품의 안내 및 계약 권유, 고객 상담 및 민원 처리",
                        "법령상 의무 이행 및 금융거래 관련 본인 확인"]),
            ]},
            {"id": "a2", "title": "제2조 (처리하는 개인정보의 항목)", "body": [
                ("table", ["구분", "처리 항목"], [
                    ["필수", "성명, 주민등록번호, 주소, 전화번호, 휴대전화번호, 이메일, 직업, 계좌정보"],
                    ["민감정보", "질병·상해 정보(진료기록, 상해 관련 정보 등)"],
                    ["고유식별정보", "주민등록번호, 운전면허번호, 여권번호, 외국인등록번호"],
                ]),
            ]},
            {"id": "a3", "title": "제3조 (개인정보의 처리 및 보유 기간)", "body": [
                ("p", "회사는 법령에 따른 개인정보 보유·이용기간 또는 정보주체로부터 개인정보를 수집 시에 동의 받은 개인정보 보유·이용기간 내에서 개인정보를 처리·보유합니다."),
                ("ul", ["보험계약 관련 정보: 보험계약 종료일로부터 5년",
                        "보험 상담 및 민원 처리 기록: 처리 완료일로부터 3년",
                        "전자금융거래 기록: 거래일로부터 5년 (전자금융거래법)"]),
            ]},
            {"id": "a4", "title": "제4조 (개인정보의 처리 위탁)", "body": [
                ("p", "회사는 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다."),
                ("table", ["수탁업체", "위탁업무 내용"], [
                    ["(주)한빛손해사정", "보험금 지급 심사를 위한 손해사정 업무"],
                    ["(주)코리아콜센터", "고객 상담 및 해피콜 업무"],
                    ["(주)우편물류", "보험증권 및 안내문 발송"],
                ]),
            ]},
            {"id": "a5", "title": "제5조 (정보주체의 권리·의무 및 행사방법)", "body": [
                ("p", "정보주체는 회사에 대해 언제든지 개인정보 열람·정정·삭제·처리정지 요구 등의 권리를 행사할 수 있습니다. 권리 행사는 서면, 전자우편, 모사전송(FAX) 등을 통하여 하실 수 있으며 회사는 이에 대해 지체 없이 조치하겠습니다."),
            ]},
            {"id": "a6", "title": "제6조 (개인정보의 파기)", "body": [
                ("p", "회사는 개인정보 보유기간의 경과, 처리목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체없이 해당 개인정보를 파기합니다. 전자적 파일 형태의 정보는 기록을 재생할 수 없는 기술적 방법을 사용하며, 종이에 출력된 개인정보는 분쇄기로 분쇄하거나 소각을 통하여 파기합니다."),
            ]},
            {"id": "a7", "title": "제7조 (개인정보의 안전성 확보조치)", "body": [
                ("p", "회사는 개인정보의 안전성 확보를 위해 내부관리계획 수립·시행, 정기적 직원 교육, 접근권한의 관리, 접근통제시스템 설치, 고유식별정보 등의 암호화, 보안프로그램 설치 및 갱신 등의 조치를 취하고 있습니다."),
            ]},
            {"id": "a8", "title": "제8조 (개인정보 보호책임자)", "body": [
                ("p", "회사는 개인정보 처리에 관한 업무를 총괄해서 책임지고, 개인정보 처리와 관련한 정보주체의 불만처리 및 피해구제 등을 위하여 아래와 같이 개인정보 보호책임자를 지정하고 있습니다."),
                ("ul", ["개인정보 보호책임자: 김영수 상무 (정보보호본부장)", "연락처: 02-3456-7890, privacy@hanbitlife.co.kr"]),
            ]},
            {"id": "a9", "title": "제9조 (권익침해 구제방법)", "body": [
                ("p", "정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보분쟁조정위원회(1833-6972), 개인정보침해신고센터(118), 대검찰청(1301), 경찰청(182) 등에 분쟁해결이나 상담 등을 신청할 수 있습니다."),
            ]},
            {"id": "a10", "title": "부칙", "body": [("p", "이 개인정보처리방침은 2023년 3월 1일부터 적용됩니다.")]},
        ],
        "prev": ["2023.03.01 ~ 현재", "2021.09.01 ~ 2023.02.28", "2020.08.05 ~ 2021.08.31"],
        "credit": [
            ("h3", "신용정보활용체제"),
            ("p", "회사는 「신용정보의 이용 및 보호에 관한 법률」 제31조에 따라 신용정보활용체제를 공시합니다."),
            ("table", ["구분", "내용"], [["신용정보관리·보호인", "김영수 상무 (02-3456-7890)"], ["신용정보 제공처", "한국신용정보원, 보험개발원"], ["보유기간", "거래 종료일로부터 5년"]]),
        ],
    }


def edits():
    def e1(p):
        find_section(p, "a4")["body"][1][2].append(["(주)케이클라우드", "전산시스템 운영 및 유지보수"])
    def e2(p):  # credit-information notice (another document on the page): no policy change
        replace_text(p, "한국신용정보원, 보험개발원", "한국신용정보원, 보험개발원, 생명보험협회")
    def e3(p):
        replace_text(p, "개인정보 보호책임자: 김영수 상무 (정보보호본부장)", "개인정보 보호책임자: 박지현 전무 (최고정보보호책임자)")
        replace_text(p, "연락처: 02-3456-7890,", "연락처: 02-3456-7000,")
    def e4(p):
        replace_text(p, "보험 상담 및 민원 처리 기록: 처리 완료일로부터 3년", "보험 상담 및 민원 처리 기록: 처리 완료일로부터 10년")
    def e5(p):
        secs = p["sections"]
        idx = [s["id"] for s in secs].index("a8")
        secs.insert(idx, {"id": "a7b", "title": "제8조 (가명정보의 처리)", "body": [
            ("p", "회사는 통계작성, 과학적 연구, 공익적 기록보존 등을 위하여 정보주체의 동의 없이 가명정보를 처리할 수 있으며, 가명정보는 추가 정보와 분리하여 별도로 보관·관리합니다.")]})
        for s in secs:
            if s["id"] == "a8": s["title"] = "제9조 (개인정보 보호책임자)"
            if s["id"] == "a9": s["title"] = "제10조 (권익침해 구제방법)"
    def e6(p):
        replace_text(p, "2023년 3월 1일부터 적용됩니다.", "2025년 9월 1일부터 적용됩니다.")
        p["prev"] = ["2025.09.01 ~ 현재", "2023.03.01 ~ 2025.08.31"] + p["prev"][1:]
    return {4: ("outsourcing table row added", e1, True), 9: ("credit-info notice tab edited (not policy)", e2, False),
            13: ("CPO name/phone", e3, True), 18: ("retention 3y->10y", e4, True), 23: ("new article + renumbering", e5, True),
            26: ("effective date + history option", e6, True)}


def render(p, rng, jsid):
    h = ['<div id="tab1" class="tab_cont on">', f'<h3 class="tit_h3">{p["title"]}</h3>', blocks_html(p["meta"])]
    for s in p["sections"]:
        h.append(f'<h4 class="tit_h4">{s["title"]}</h4>')
        h.append(blocks_html(s["body"], table_attrs=' class="tbl_type01" summary="개인정보 항목"'))
    opts = "".join(f'<option value="{o[:10].replace(".", "")}"{" selected" if k == 0 else ""}>{o}</option>' for k, o in enumerate(p["prev"]))
    h.append(f'<div class="prev_policy"><label for="prevVer">이전 개인정보처리방침 보기</label> <select id="prevVer" name="prevVer" title="이전 개인정보처리방침 선택">{opts}</select> <a href="javascript:fnPrevView();" class="btn_s">보기</a></div>')
    h.append(f'<p class="down"><a href="/web/customer/privacyDown.do;jsessionid={jsid}?fileNo=1024">개인정보처리방침 다운로드(HWP)</a></p>')
    h.append('</div>')
    h.append('<div id="tab2" class="tab_cont" style="display:none">' + blocks_html(p["credit"], table_attrs=' class="tbl_type01"') + '</div>')
    return "\n".join(h)


NOTICES = ["[시스템 점검 안내] 보다 나은 서비스를 위해 시스템 점검을 실시합니다. 점검시간: {d} 00:00 ~ 06:00",
           "[안내] 보험사기 예방을 위한 고객 유의사항을 확인하세요.", "[이벤트] 한빛생명 모바일앱 출시 기념 이벤트 진행 중 (~{d})"]


def page(p, i, date, rng):
    jsid = alnum(rng, 32).upper() + ".node" + str(rng.randint(1, 4))
    csrf = uuid_s(rng)
    t = date.strftime("%Y.%m.%d %H:%M:%S")
    note = rng.choice(NOTICES).format(d=date.strftime("%Y.%m.%d"))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ko" xml:lang="ko">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>개인정보처리방침 | 고객센터 | 한빛생명</title>
<link rel="stylesheet" type="text/css" href="/resources/css/common.css?v={date.strftime('%Y%m%d%H')}" />
<script type="text/javascript" src="/resources/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/resources/js/ui.common.js"></script>
<script type="text/javascript">
var contextPath = "";
$(function(){{ $('.tab_menu li a').click(function(){{ var t=$(this).attr('href'); $('.tab_cont').hide(); $(t).show(); return false; }}); }});
function fnPrevView(){{ location.href = '/web/customer/privacyPolicyPrev.do?ver=' + $('#prevVer').val(); }}
</script>
</head>
<body>
<div id="skipNav"><a href="#contents">본문 바로가기</a></div>
<div id="layerPopup" class="layer_pop"><div class="pop_cont"><p>{note}</p><p class="close"><input type="checkbox" id="todayClose" /><label for="todayClose">오늘 하루 보지 않기</label> <a href="javascript:closePop();">닫기</a></p></div></div>
<div id="wrap">
<div id="header">
<h1><a href="/web/main.do;jsessionid={jsid}"><img src="/resources/images/common/logo.png" alt="한빛생명" /></a></h1>
<div class="util"><span class="last_login">최근접속시간 {t}</span> <a href="/web/login.do">로그인</a> <a href="/web/join.do">회원가입</a> <a href="/web/sitemap.do">사이트맵</a> <a href="/en/main.do">ENGLISH</a></div>
<ul id="gnb"><li><a href="/web/product/list.do">보험상품</a><ul class="depth2"><li><a href="#">종신보험</a></li><li><a href="#">건강보험</a></li><li><a href="#">연금보험</a></li><li><a href="#">저축보험</a></li></ul></li><li><a href="/web/claim/main.do">보험금청구</a></li><li><a href="/web/contract/main.do">계약관리</a></li><li><a href="/web/customer/main.do">고객센터</a></li><li><a href="/web/company/main.do">회사소개</a></li></ul>
</div>
<div id="container">
<div id="lnb"><h2>고객센터</h2><ul><li><a href="/web/customer/notice.do">공지사항</a></li><li><a href="/web/customer/faq.do">자주하는 질문</a></li><li class="on"><a href="/web/customer/privacyPolicy.do">개인정보처리방침</a></li><li><a href="/web/customer/creditInfo.do">신용정보활용체제</a></li></ul></div>
<div id="contents">
<div class="location"><a href="/web/main.do">HOME</a> &gt; <a href="/web/customer/main.do">고객센터</a> &gt; <strong>개인정보처리방침</strong></div>
<h2 class="tit_h2">개인정보처리방침</h2>
<ul class="tab_menu"><li class="on"><a href="#tab1">개인정보처리방침</a></li><li><a href="#tab2">신용정보활용체제</a></li></ul>
{render(p, rng, jsid)}
</div>
</div>
<div id="footer">
<ul class="f_menu"><li><a href="/web/customer/privacyPolicy.do"><strong>개인정보처리방침</strong></a></li><li><a href="/web/customer/creditInfo.do">신용정보활용체제</a></li><li><a href="/web/company/ethics.do">윤리경영</a></li><li><a href="/web/customer/email.do">이메일무단수집거부</a></li></ul>
<address>서울특별시 중구 세종대로 123 한빛생명빌딩 (04520) | 대표이사 이정훈 | 사업자등록번호 102-81-12345 | 고객센터 1588-0000</address>
<p class="copyright">COPYRIGHT(C) HANBIT LIFE INSURANCE CO., LTD. ALL RIGHTS RESERVED.</p>
</div>
<form id="csrfForm" method="post" action=""><input type="hidden" name="_csrf" value="{csrf}" /></form>
<div id="chatbot"><a href="javascript:openChatbot();"><img src="/resources/images/common/chatbot.png" alt="챗봇 한빛이에게 물어보세요" /></a></div>
</div>
</body>
</html>
"""


def enc(s):
    try:
        return s.encode("euc-kr")
    except UnicodeEncodeError:
        return s.encode("cp949")


def build(rng):
    dates = capture_dates(rng, 29, "2022-06-01", "2026-05-20")
    p = policy0(); E = edits(); caps = []
    for i, d in enumerate(dates):
        note = ""
        real = False
        if i in E:
            E[i][1](p); note = E[i][0]; real = E[i][2]
        caps.append({"date": d, "body": enc(page(p, i, d, rng)), "ctype": "text/html;charset=EUC-KR", "real": real, "note": note})
    decl = {"name": SERVICE, "terms": {"Privacy Policy": {"fetch": URL, "select": "#tab1", "remove": [".prev_policy", ".down"]}}}
    return {"service": SERVICE, "url": URL, "captures": caps, "decl": decl}
