"""한결일보 (Seoul) - ko-KR - daily newspaper / news portal on a legacy JSP CMS, served in EUC-KR. Top bar with KOSPI /
KOSDAQ / USD-KRW and Seoul weather, 속보 rolling ticker, 많이 본 뉴스, Dable recommendation widget, ad slots.

Harder: EUC-KR bytes; the statutory "이전 개인정보 처리방침" select of dated older versions sits inside the policy
box and grows when a dated version replaces the current one (the curator removes it: navigation, not text); the
privacy officer (개인정보 보호책임자) is a table in the text; behavioural-advertising vendors (행태정보) are a
table declared in the text (part of the policy)."""
import datetime as dt
import re
import common as C

URL = "https://www.hangyeol.co.kr/member/privacy.jsp"


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


POLICY = """
# 개인정보 처리방침

㈜한결미디어(이하 '회사')는 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다.

이 개인정보 처리방침은 {UPDATED}부터 적용됩니다.

## 제1조 (개인정보의 처리 목적)

회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 「개인정보 보호법」 제18조에 따라 별도의 동의를 받는 등 필요한 조치를 이행할 예정입니다.

- 1. 회원 가입 및 관리: 회원 가입의사 확인, 회원제 서비스 제공에 따른 본인 식별·인증, 회원자격 유지·관리, 서비스 부정이용 방지, 각종 고지·통지
- 2. 유료 서비스 제공: 디지털 구독 및 지면 구독 신청 접수, 요금 결제·정산, 신문 배달
- 3. 독자 제보 및 의견 처리: 제보 내용 확인, 사실관계 조사를 위한 연락, 처리결과 통보
- 4. 뉴스레터 발송: 회원이 신청한 뉴스레터 및 속보 알림 발송
- 5. 마케팅 및 광고에의 활용: 이벤트 및 광고성 정보 제공 및 참여기회 제공, 접속빈도 파악 및 회원의 서비스 이용에 대한 통계

## 제2조 (처리하는 개인정보의 항목 및 보유기간)

회사는 법령에 따른 개인정보 보유·이용기간 또는 정보주체로부터 개인정보를 수집 시에 동의받은 개인정보 보유·이용기간 내에서 개인정보를 처리·보유합니다.

| 구분 | 수집 항목 | 보유기간 |
| 회원 가입(필수) | 아이디, 비밀번호, 이름, 이메일, 휴대전화번호 | 회원 탈퇴 시까지 |
| 간편 로그인 | 카카오·네이버 계정 식별값, 이메일 | 회원 탈퇴 시까지 |
| 디지털 구독 | 이름, 휴대전화번호, 결제수단 정보, 결제 기록 | 관계 법령에 따른 보존기간 |
| 지면 구독 | 이름, 주소, 휴대전화번호 | 구독 종료 후 1년 |
| 독자 제보 | 이름, 연락처, 이메일, 제보 내용 | 처리 완료 후 1년 |

다만, 다음의 사유에 해당하는 경우에는 해당 사유 종료 시까지 보유합니다.

- 「전자상거래 등에서의 소비자보호에 관한 법률」에 따른 계약 또는 청약철회 등에 관한 기록: 5년
- 대금결제 및 재화 등의 공급에 관한 기록: 5년
- 소비자의 불만 또는 분쟁처리에 관한 기록: 3년
- 「통신비밀보호법」에 따른 웹사이트 방문 기록: 3개월

회사는 1년 동안 서비스를 이용하지 않은 회원의 개인정보를 다른 회원의 개인정보와 분리하여 별도로 저장·관리하며, 분리 보관 30일 전까지 이메일 등으로 해당 회원에게 알립니다.

## 제3조 (개인정보의 제3자 제공)

회사는 정보주체의 개인정보를 제1조에서 명시한 범위 내에서만 처리하며, 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다. 현재 회사는 개인정보를 제3자에게 제공하고 있지 않습니다.

## 제4조 (개인정보 처리업무의 위탁)

회사는 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.

| 수탁업체 | 위탁업무 내용 |
| ㈜케이지이니시스 | 디지털 구독 요금 결제 처리 |
| ㈜한결유통 | 지면 신문 배달 및 구독자 관리 |
| 스티비㈜ | 뉴스레터 발송 |
| ㈜가비아 | 서버 및 데이터베이스 운영 |

회사는 위탁계약 체결 시 「개인정보 보호법」 제26조에 따라 위탁업무 수행목적 외 개인정보 처리금지, 기술적·관리적 보호조치, 재위탁 제한, 수탁자에 대한 관리·감독, 손해배상 등 책임에 관한 사항을 계약서 등 문서에 명시하고, 수탁자가 개인정보를 안전하게 처리하는지를 감독하고 있습니다.

## 제5조 (개인정보의 파기 절차 및 방법)

회사는 개인정보 보유기간의 경과, 처리목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체 없이 해당 개인정보를 파기합니다. 전자적 파일 형태의 정보는 기록을 재생할 수 없는 기술적 방법을 사용하여 삭제하며, 종이에 출력된 개인정보는 분쇄기로 분쇄하거나 소각하여 파기합니다.

## 제6조 (정보주체와 법정대리인의 권리·의무 및 행사방법)

정보주체는 회사에 대해 언제든지 개인정보 열람·정정·삭제·처리정지 요구 등의 권리를 행사할 수 있습니다. 권리 행사는 서면, 전자우편, 모사전송(FAX) 등을 통하여 하실 수 있으며 회사는 이에 대해 지체 없이 조치하겠습니다. 권리 행사는 정보주체의 법정대리인이나 위임을 받은 자 등 대리인을 통하여 하실 수도 있습니다. 이 경우 「개인정보 처리 방법에 관한 고시」 별지 제11호 서식에 따른 위임장을 제출하셔야 합니다. 개인정보 열람 및 처리정지 요구는 「개인정보 보호법」 제35조 제4항, 제37조 제2항에 의하여 정보주체의 권리가 제한될 수 있으며, 다른 법령에서 그 개인정보가 수집 대상으로 명시되어 있는 경우에는 그 삭제를 요구할 수 없습니다. 회사는 권리 행사를 한 자가 본인이거나 정당한 대리인인지를 확인합니다.

회사는 만 14세 미만 아동의 회원 가입을 받지 않습니다.

## 제7조 (개인정보의 안전성 확보조치)

회사는 개인정보의 안전성 확보를 위해 내부관리계획 수립·시행, 개인정보 취급 직원의 최소화 및 정기 교육, 개인정보처리시스템 접근권한 관리, 접근통제시스템 설치, 고유식별정보 및 비밀번호의 암호화, 보안프로그램 설치 및 주기적 갱신, 접속기록의 보관 및 위변조 방지 조치를 하고 있습니다.

## 제8조 (개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항)

회사는 이용자에게 개별적인 맞춤서비스를 제공하기 위해 이용정보를 저장하고 수시로 불러오는 쿠키(cookie)를 사용합니다. 이용자는 웹브라우저 상단의 도구 > 인터넷 옵션 > 개인정보 메뉴의 옵션 설정을 통해 쿠키 저장을 거부할 수 있습니다. 다만, 쿠키 저장을 거부할 경우 로그인이 필요한 일부 서비스 이용에 어려움이 발생할 수 있습니다.

## 제9조 (행태정보의 수집·이용·제공 및 거부 등에 관한 사항)

회사는 서비스 이용과정에서 정보주체에게 최적화된 맞춤형 서비스 및 혜택, 온라인 맞춤형 광고 등을 제공하기 위하여 행태정보를 수집·이용하고 있습니다. 회사는 다음과 같이 행태정보를 수집하도록 허용하고 있습니다.

| 행태정보를 수집·처리하는 사업자 | 수집 방법 | 보유·이용기간 |
| 구글(Google LLC) | 광고 스크립트를 통한 자동 수집 | 수집일로부터 최대 2년 |
| 카카오(㈜카카오) | 광고 스크립트를 통한 자동 수집 | 수집일로부터 최대 1년 |
| 모비온(㈜엔에이치엔에이디) | 광고 스크립트를 통한 자동 수집 | 수집일로부터 최대 1년 |

회사는 만 14세 미만임을 알고 있는 아동이나 만 14세 미만의 아동을 주 이용자로 하는 온라인 서비스로부터 맞춤형 광고 목적의 행태정보를 수집하지 않습니다. 정보주체는 웹브라우저의 쿠키 설정 변경 등을 통해 온라인 맞춤형 광고를 일괄적으로 차단·허용할 수 있습니다.

## 제10조 (개인정보 보호책임자)

회사는 개인정보 처리에 관한 업무를 총괄해서 책임지고, 개인정보 처리와 관련한 정보주체의 불만처리 및 피해구제 등을 위하여 아래와 같이 개인정보 보호책임자를 지정하고 있습니다.

| 구분 | 성명 | 소속 및 직위 | 연락처 |
| 개인정보 보호책임자 | 박정훈 | 디지털전략국장 | 02-3701-5114, privacy@hangyeol.co.kr |
| 개인정보 보호담당자 | 이수진 | 디지털전략국 플랫폼팀 차장 | 02-3701-5187, privacy@hangyeol.co.kr |

## 제11조 (권익침해 구제방법)

정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보분쟁조정위원회, 한국인터넷진흥원 개인정보침해신고센터 등에 분쟁해결이나 상담 등을 신청할 수 있습니다. 이 밖에 기타 개인정보침해의 신고, 상담에 대하여는 아래의 기관에 문의하시기 바랍니다.

- 개인정보분쟁조정위원회: (국번없이) 1833-6972 (www.kopico.go.kr)
- 개인정보침해신고센터: (국번없이) 118 (privacy.kisa.or.kr)
- 대검찰청: (국번없이) 1301 (www.spo.go.kr)
- 경찰청: (국번없이) 182 (ecrm.police.go.kr)

## 제12조 (개인정보 처리방침의 변경)

이 개인정보 처리방침은 시행일로부터 적용되며, 법령 및 방침에 따른 변경내용의 추가, 삭제 및 정정이 있는 경우에는 변경사항의 시행 7일 전부터 공지사항을 통하여 고지할 것입니다.
"""

EDITS = [
    {"note": "article 4: new processor row ㈜비즈엠 (KakaoTalk 알림톡 delivery), date not changed", "bump": False,
     "repl": [("| 스티비㈜ | 뉴스레터 발송 |", "| 스티비㈜ | 뉴스레터 발송 |\n| ㈜비즈엠 | 카카오 알림톡 발송(구독 결제 및 만료 안내) |")]},
    {"note": "new article 4-2 (overseas transfer: Google Analytics / AWS Tokyo) inserted",
     "repl": [("## 제5조 (개인정보의 파기 절차 및 방법)",
               "## 제4조의2 (개인정보의 국외 이전)\n\n회사는 서비스 이용 통계 분석 및 데이터 백업을 위하여 다음과 같이 개인정보를 국외로 이전하고 있습니다.\n\n"
               "| 이전받는 자 | 이전되는 국가 | 이전 항목 | 이전 목적 및 보유기간 |\n"
               "| Google LLC | 미국 | 쿠키 식별자, 접속 기록 | 이용 통계 분석, 수집일로부터 14개월 |\n"
               "| Amazon Web Services, Inc. | 일본(도쿄 리전) | 회원 정보 백업 파일 | 재해 복구용 백업, 회원 탈퇴 시까지 |\n\n"
               "정보주체는 개인정보 보호책임자에게 연락하여 국외 이전을 거부할 수 있습니다. 다만, 이 경우 일부 서비스 이용이 제한될 수 있습니다.\n\n"
               "## 제5조 (개인정보의 파기 절차 및 방법)")]},
    {"note": "privacy officer changed (박정훈 -> 김민아, CISO role), contact number changed",
     "repl": [("| 개인정보 보호책임자 | 박정훈 | 디지털전략국장 | 02-3701-5114, privacy@hangyeol.co.kr |",
               "| 개인정보 보호책임자 | 김민아 | 정보보호최고책임자(CISO) 겸 경영지원실장 | 02-3701-5120, privacy@hangyeol.co.kr |")]},
    {"note": "article 2: dormant-account separation (유효기간제) paragraph deleted after the Sept 2023 amendment of PIPA",
     "repl": [("\n\n회사는 1년 동안 서비스를 이용하지 않은 회원의 개인정보를 다른 회원의 개인정보와 분리하여 별도로 저장·관리하며, 분리 보관 30일 전까지 이메일 등으로 해당 회원에게 알립니다.", "")]},
    {"note": "article 9: Dable added to behavioural-information vendors; new sentence on refusing personalised article recommendations",
     "repl": [("| 모비온(㈜엔에이치엔에이디) | 광고 스크립트를 통한 자동 수집 | 수집일로부터 최대 1년 |",
               "| 모비온(㈜엔에이치엔에이디) | 광고 스크립트를 통한 자동 수집 | 수집일로부터 최대 1년 |\n| 데이블(㈜데이블) | 기사 추천 스크립트를 통한 자동 수집 | 수집일로부터 최대 1년 |"),
              ("온라인 맞춤형 광고를 일괄적으로 차단·허용할 수 있습니다.",
               "온라인 맞춤형 광고를 일괄적으로 차단·허용할 수 있으며, 기사 하단의 '추천 기사' 영역에서 맞춤 추천을 끌 수 있습니다.")]},
]

BASE_VERSIONS = ["2019. 11. 20", "2018. 05. 25", "2016. 08. 01"]
RANK = ["한은, 기준금리 동결…연내 인하 가능성 시사", "서울 아파트값 12주 연속 상승", "의대 증원 갈등, 전공의 복귀 여부 주목",
        "반도체 수출 두 달째 증가세", "태풍 북상에 남부지방 호우 특보", "여야, 민생법안 처리 합의", "프로야구 개막전 관중 10만 돌파",
        "전기요금 인상 여부 이번 주 결정", "수능 출제 기조 유지…킬러문항 배제", "청년 월세 지원 신청 시작"]
SOKBO = ["정부, 부동산 대책 발표 예정", "코스피 장중 2%대 상승", "중부지방 대설주의보", "검찰, 전 장관 소환 조사",
         "국회 본회의 예산안 상정", "미 연준 금리 결정 앞두고 관망세", "KTX 일부 구간 운행 지연"]
WEATHER = ["맑음", "구름많음", "흐림", "비", "눈", "소나기"]
DABLE = ["올해 연말정산 이렇게 바뀐다", "중년 무릎 통증, 이것부터 확인하세요", "10년 만에 돌아온 그 드라마",
         "전세사기 피해 지원 어디까지", "겨울철 난방비 아끼는 법", "은퇴 후 연금 수령 전략"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["market"] = (round(rng.uniform(2280, 2980), 2), round(rng.uniform(-35, 35), 2), round(rng.uniform(680, 910), 2),
                   round(rng.uniform(-12, 12), 2), round(rng.uniform(1180, 1460), 1))
    s["weather"] = (rng.choice(WEATHER), rng.randint(-9, 33))
    s["rank"] = C.keep_or(rng, prev.get("rank"), 0.9, lambda: tuple(rng.sample(range(len(RANK)), 5)))
    s["sokbo"] = tuple(rng.sample(range(len(SOKBO)), 3))
    s["dable"] = tuple(rng.sample(range(len(DABLE)), 4)) + (C.hexs(rng, 12),)
    s["ads"] = (rng.randint(100000, 999999), C.hexs(rng, 16))
    s["session"] = C.alnum(rng, 32, "ABCDEF0123456789")
    s["versions"] = prev.get("versions")  # updated by render when a dated version replaces the current one
    return s


LABELS = {"market": "KOSPI/KOSDAQ/USD-KRW bar", "weather": "Seoul weather", "rank": "'많이 본 뉴스' ranking",
          "sokbo": "속보 rolling ticker", "dable": "Dable recommendation widget", "ads": "ad slot ids",
          "session": "JSESSIONID in login form action", "versions": "'이전 개인정보 처리방침' select (removed by the declaration)"}


def render(s, blocks, when):
    txt = " ".join(b[1] for b in blocks if b[0] == "p")
    y, m, d = map(int, re.search(r"(\d{4})년 (\d+)월 (\d+)일부터 적용", txt).groups())
    cur = "%d. %02d. %02d" % (y, m, d)
    vers = s["versions"]
    if vers is None:
        vers = (cur,) + tuple(BASE_VERSIONS)
    elif vers[0] != cur:
        vers = (cur,) + vers
    s["versions"] = vers
    opts = "".join('<option value="%s"%s>%s%s</option>' % (v.replace(". ", ""), " selected" if n == 0 else "", v,
                                                          " ~ 현재" if n == 0 else " ~ " + vers[n - 1])
                   for n, v in enumerate(vers))
    prev_box = ('<div class="prev-policy"><label for="policyVer">이전 개인정보 처리방침 보기</label>'
                '<select id="policyVer" name="ver" onchange="location.href=\'/member/privacy.jsp?ver=\'+this.value">%s</select></div>' % opts)
    kospi, kd, kosdaq, kqd, usd = s["market"]

    def arrow(x):
        return ("▲" if x >= 0 else "▼") + "%.2f" % abs(x)

    wz, temp = s["weather"]
    rank = "".join('<li><em>%d</em><a href="/news/articleView.jsp?idxno=%d">%s</a></li>' % (n + 1, 412000 + k * 97, RANK[k]) for n, k in enumerate(s["rank"]))
    sokbo = "".join('<li><a href="/news/articleList.jsp?sc_section_code=S1N1">[속보] %s</a></li>' % SOKBO[k] for k in s["sokbo"])
    dable = "".join('<li class="dable-item"><a href="https://click.dable.io/?s=%s%d">%s</a><span class="ad-mark">AD</span></li>'
                    % (s["dable"][-1], k, DABLE[k]) for k in s["dable"][:-1])
    slot, adk = s["ads"]
    body = C.blocks_html(blocks, {"table": "tbl-policy", "ul": "list-dot"})
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="ko" xml:lang="ko">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr" />\n<meta http-equiv="X-UA-Compatible" content="IE=edge" />\n'
            '<title>개인정보처리방침 - 한결일보</title>\n<link rel="stylesheet" type="text/css" href="/css/common.css?v=20190412" />\n'
            '<link rel="stylesheet" type="text/css" href="/css/member.css?v=20210302" />\n'
            '<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>\n'
            '<script type="text/javascript">var _dable_cid="%s";</script>\n</head>\n<body>\n'
            '<div id="skipNav"><a href="#container">본문 바로가기</a></div>\n<div id="wrap">\n'
            '<div id="topBar"><ul class="market"><li>코스피 <strong>%.2f</strong> <span class="%s">%s</span></li>'
            '<li>코스닥 <strong>%.2f</strong> <span class="%s">%s</span></li><li>원/달러 <strong>%.1f</strong></li></ul>'
            '<p class="weather">서울 %s %d℃</p>'
            '<ul class="util"><li><form name="loginForm" method="post" action="/member/login.jsp;jsessionid=%s"><a href="#" onclick="document.loginForm.submit();">로그인</a></form></li>'
            '<li><a href="/member/join.jsp">회원가입</a></li><li><a href="/subscribe/">구독신청</a></li></ul></div>\n'
            '<div id="header"><h1 class="logo"><a href="/"><img src="/images/common/logo.gif" alt="한결일보" /></a></h1>'
            '<ul id="gnb"><li><a href="/news/articleList.jsp?sc_section_code=S1N1">정치</a></li><li><a href="/news/articleList.jsp?sc_section_code=S1N2">경제</a></li>'
            '<li><a href="/news/articleList.jsp?sc_section_code=S1N3">사회</a></li><li><a href="/news/articleList.jsp?sc_section_code=S1N4">국제</a></li>'
            '<li><a href="/news/articleList.jsp?sc_section_code=S1N5">문화</a></li><li><a href="/news/articleList.jsp?sc_section_code=S1N6">스포츠</a></li>'
            '<li><a href="/opinion/">오피니언</a></li></ul>'
            '<div class="breaking"><strong>속보</strong><ul class="roll">%s</ul></div></div>\n'
            '<div id="container"><div id="content" class="member-page">'
            '<div class="location"><a href="/">홈</a> &gt; <a href="/member/">회원서비스</a> &gt; <strong>개인정보처리방침</strong></div>'
            '<ul class="tab-policy"><li><a href="/member/agreement.jsp">이용약관</a></li><li class="on"><a href="/member/privacy.jsp">개인정보처리방침</a></li>'
            '<li><a href="/member/youth.jsp">청소년보호정책</a></li><li><a href="/member/email.jsp">이메일무단수집거부</a></li></ul>\n'
            '<div class="policy-wrap">\n%s\n%s\n</div>\n'
            '<div id="dablewidget_%s" class="dable-widget"><h3>추천 기사</h3><ul>%s</ul></div></div>\n'
            '<div id="aside"><div class="ad-box" id="ad_%d"><script type="text/javascript" src="//ad.hangyeol.co.kr/adload.jsp?pos=R1&amp;k=%s"></script></div>'
            '<div class="rank-box"><h3>많이 본 뉴스</h3><ol>%s</ol></div></div></div>\n'
            '<div id="footer"><ul class="fnb"><li><a href="/company/">회사소개</a></li><li><a href="/member/agreement.jsp">이용약관</a></li>'
            '<li><a href="/member/privacy.jsp"><strong>개인정보처리방침</strong></a></li><li><a href="/member/youth.jsp">청소년보호정책</a></li>'
            '<li><a href="/ad/">광고안내</a></li><li><a href="/jebo/">기사제보</a></li></ul>'
            '<address>㈜한결미디어 | 서울특별시 중구 세종대로 135 | 대표전화 02-3701-5000 | 등록번호 서울 아 01234 | 발행·편집인 최상현 | 청소년보호책임자 이수진</address>'
            '<p class="copy">Copyright &copy; %d 한결일보. All rights reserved. 무단 전재 및 재배포 금지.</p></div>\n'
            '</div>\n</body>\n</html>\n'
            % (s["dable"][-1][:8], kospi, "up" if kd >= 0 else "down", arrow(kd), kosdaq, "up" if kqd >= 0 else "down", arrow(kqd),
               usd, wz, temp, s["session"], sokbo, body, prev_box, s["dable"][-1][:8], dable, slot, adk, rank, when.year))


PAGE = {
    "service": "한결일보", "url": URL, "lang": "ko-KR", "platform": "legacy JSP news CMS (EUC-KR)",
    "content_type": "text/html; charset=EUC-KR", "encoding": "euc-kr",
    "n": 30, "start": dt.date(2021, 5, 10), "end": dt.date(2026, 3, 31),
    "policy": POLICY, "first_updated": dt.date(2021, 3, 2), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".policy-wrap"], "remove": [".prev-policy"]},
}
