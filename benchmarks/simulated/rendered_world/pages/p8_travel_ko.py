"""MoaTrip 모아트립 (travel booking app, Seoul) - ko-KR - React SPA (Vite) styled with emotion: every class is a
css-xxxxxxx hash that changes when styles change at a deploy, so the declaration uses structure and ARIA. The policy
carries the PIPC "labelling" summary, the numbered 제N조 articles and tables; a "previous versions" <select> under the
title lists the earlier effective dates (the curators remove it). Noise: emotion hashes and Vite chunk names, the
live "실시간 인기 여행지" ranking with its 기준 time, Channel Talk launcher (unread badge), app-download bottom sheet,
a timed-deal countdown in the header."""
import datetime as dt
import hashlib
import re
import common as C

URL = "https://www.moatrip.co.kr/policy/privacy"


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


POLICY = """
# 개인정보 처리방침

(주)모아트립(이하 '회사')은 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다.

시행일자: {UPDATED}

### 주요 개인정보 처리 표시(라벨링)

- 일반 개인정보 수집: 이름, 휴대전화번호, 이메일, 여권 정보(해외 항공권 예약 시)
- 개인정보 처리 목적: 여행상품 예약 및 결제, 고객 상담, 마케팅(동의 시)
- 개인정보의 제공: 항공사, 숙박업체, 여행자보험사
- 처리위탁: 결제대행, 알림 메시지 발송, 고객 상담
- 고충처리부서: 개인정보보호팀(privacy@moatrip.co.kr)

## 제1조(개인정보의 처리 목적)

회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 「개인정보 보호법」 제18조에 따라 별도의 동의를 받는 등 필요한 조치를 이행할 예정입니다.

- 회원 가입 및 관리: 회원제 서비스 제공에 따른 본인 식별·인증, 회원자격 유지·관리, 부정이용 방지
- 여행상품 예약 및 결제: 항공권·숙소·투어·액티비티 예약 확정, 대금 결제 및 환불, 예약 확인서 발송
- 고객 상담 및 민원 처리: 문의 사항 확인, 처리 결과 통보
- 마케팅 및 광고 활용(선택 동의 시): 이벤트 및 특가 정보 제공, 맞춤형 여행상품 추천
- 서비스 개선: 접속 빈도 파악, 서비스 이용에 대한 통계, 신규 서비스 개발

## 제2조(처리하는 개인정보의 항목 및 보유기간)

| 구분 | 수집 항목 | 보유기간 |
| 회원 가입(필수) | 이름, 휴대전화번호, 이메일, 비밀번호 | 회원 탈퇴 시까지 |
| 소셜 로그인(선택) | 카카오·네이버·애플 계정 식별자, 이메일 | 회원 탈퇴 시까지 |
| 해외 항공권 예약 | 영문 이름, 생년월일, 성별, 여권번호, 여권 만료일, 국적 | 여행 종료 후 3개월 |
| 결제 | 결제수단 정보, 결제 승인번호 | 5년(전자상거래법) |
| 서비스 이용 과정 | 접속 IP, 쿠키, 기기 식별자(ADID/IDFA), 서비스 이용 기록 | 3개월(통신비밀보호법) |

1년 동안 서비스를 이용하지 않은 회원의 개인정보는 다른 회원의 개인정보와 분리하여 별도로 저장·관리합니다.

관계 법령에 따라 보존할 필요가 있는 경우, 「전자상거래 등에서의 소비자보호에 관한 법률」에 따라 계약 또는 청약철회 등에 관한 기록은 5년, 소비자의 불만 또는 분쟁처리에 관한 기록은 3년간 보관합니다.

## 제3조(개인정보의 제3자 제공)

회사는 정보주체가 예약한 여행상품의 이행을 위하여 다음과 같이 개인정보를 제3자에게 제공하며, 예약 시 별도의 동의를 받습니다.

| 제공받는 자 | 제공 목적 | 제공 항목 | 보유 및 이용기간 |
| 예약한 항공사 | 항공권 발권 및 탑승 수속 | 영문 이름, 생년월일, 성별, 여권 정보, 연락처 | 해당 항공사의 보유기간 |
| 예약한 숙박업체 | 숙박 예약 확인 및 체크인 | 이름, 연락처, 투숙 일정 | 이용 목적 달성 시까지 |
| 한빛손해보험(주) | 여행자보험 가입(선택 시) | 이름, 생년월일, 성별, 연락처 | 보험 계약 종료 후 5년 |

## 제4조(개인정보 처리업무의 위탁)

회사는 원활한 서비스 제공을 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.

| 수탁자 | 위탁 업무 |
| NHN KCP(주) | 신용카드 및 계좌이체 결제대행 |
| (주)카카오 | 카카오톡 알림톡 발송 |
| (주)채널코퍼레이션 | 채널톡 고객 상담 |
| Amazon Web Services, Inc. | 서버 및 데이터 보관(서울 리전) |

## 제5조(개인정보의 파기 절차 및 방법)

회사는 개인정보 보유기간의 경과, 처리목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체 없이 해당 개인정보를 파기합니다. 다만, 다른 법령에 따라 개인정보를 계속 보존하여야 하는 경우에는 해당 개인정보를 별도의 데이터베이스로 옮기거나 보관장소를 달리하여 보존합니다. 파기 사유가 발생한 개인정보는 개인정보 보호책임자의 승인을 거쳐 파기합니다. 전자적 파일 형태의 정보는 기록을 재생할 수 없는 기술적 방법으로 삭제하며, 종이에 출력된 개인정보는 분쇄기로 분쇄하거나 소각합니다.

## 제6조(정보주체와 법정대리인의 권리·의무 및 행사방법)

정보주체는 회사에 대해 언제든지 개인정보 열람·정정·삭제·처리정지 요구 등의 권리를 행사할 수 있습니다. 권리 행사는 앱의 [마이페이지 > 개인정보 관리] 메뉴 또는 서면, 전자우편을 통하여 하실 수 있으며, 회사는 이에 대해 지체 없이 조치하겠습니다. 권리 행사는 정보주체의 법정대리인이나 위임을 받은 자 등 대리인을 통하여 하실 수도 있으며, 이 경우 위임장을 제출하셔야 합니다. 개인정보 열람 및 처리정지 요구는 「개인정보 보호법」 제35조 제4항, 제37조 제2항에 의하여 정보주체의 권리가 제한될 수 있습니다. 만 14세 미만 아동은 회원으로 가입할 수 없습니다.

## 제7조(개인정보의 안전성 확보조치)

회사는 개인정보의 안전성 확보를 위해 내부관리계획 수립·시행, 개인정보 취급 직원의 최소화 및 교육, 접근권한 관리, 접속기록의 보관 및 위변조 방지, 개인정보의 암호화, 보안프로그램 설치 및 갱신 등의 조치를 하고 있습니다.

## 제8조(개인정보 자동 수집 장치의 설치·운영 및 거부)

회사는 이용자에게 개별적인 맞춤 서비스를 제공하기 위해 쿠키(cookie)를 사용합니다. 이용자는 웹브라우저 설정을 통해 쿠키 저장을 거부할 수 있으며, 모바일 앱의 광고 식별자는 기기 설정에서 재설정하거나 추적을 제한할 수 있습니다.

## 제9조(개인정보 보호책임자)

회사는 개인정보 처리에 관한 업무를 총괄해서 책임지고, 개인정보 처리와 관련한 정보주체의 불만처리 및 피해구제 등을 위하여 아래와 같이 개인정보 보호책임자를 지정하고 있습니다.

@ 개인정보 보호책임자: 정보보호실장 한승우
@ 담당부서: 개인정보보호팀
@ 연락처: 02-6952-3100, privacy@moatrip.co.kr

## 제10조(권익침해 구제방법)

정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보분쟁조정위원회, 한국인터넷진흥원 개인정보침해신고센터 등에 분쟁해결이나 상담 등을 신청할 수 있습니다.

- 개인정보분쟁조정위원회: (국번없이) 1833-6972 (www.kopico.go.kr)
- 개인정보침해신고센터: (국번없이) 118 (privacy.kisa.or.kr)
- 대검찰청: (국번없이) 1301 (www.spo.go.kr)
- 경찰청: (국번없이) 182 (ecrm.police.go.kr)

## 제11조(개인정보 처리방침의 변경)

이 개인정보 처리방침은 시행일자부터 적용되며, 법령 및 방침에 따른 변경내용의 추가, 삭제 및 정정이 있는 경우에는 변경사항의 시행 7일 전부터 공지사항을 통하여 고지할 것입니다.
"""

EDITS = [
    {"note": "silent: processor table: Toss Payments added for 토스페이 / easy payments; date not bumped", "bump": False,
     "repl": [("| NHN KCP(주) | 신용카드 및 계좌이체 결제대행 |",
               "| NHN KCP(주) | 신용카드 및 계좌이체 결제대행 |\n| (주)토스페이먼츠 | 간편결제(토스페이) 결제대행 |")]},
    {"note": "CPO changed (한승우 -> 최다은, CISO) and new phone number",
     "repl": [("@ 개인정보 보호책임자: 정보보호실장 한승우\n@ 담당부서: 개인정보보호팀\n@ 연락처: 02-6952-3100, privacy@moatrip.co.kr",
               "@ 개인정보 보호책임자: 최고정보보호책임자(CISO) 최다은\n@ 담당부서: 정보보호실 개인정보보호팀\n@ 연락처: 1670-3388, privacy@moatrip.co.kr")]},
    {"note": "dormant-account (유효기간제) paragraph replaced after the September 2023 PIPA amendment: members choose "
             "their own retention period",
     "repl": [("1년 동안 서비스를 이용하지 않은 회원의 개인정보는 다른 회원의 개인정보와 분리하여 별도로 저장·관리합니다.",
               "회원은 마이페이지에서 장기 미이용 시 개인정보 보관 기간(1년, 3년, 5년 또는 회원 탈퇴 시까지)을 선택할 수 있으며, 선택한 기간 동안 서비스를 이용하지 않은 경우 해당 회원의 개인정보를 파기하거나 다른 회원의 개인정보와 분리하여 저장·관리합니다. 이 경우 30일 전까지 전자우편 또는 알림톡으로 알려드립니다.")]},
    {"note": "new article 'automated decisions' (PIPA art. 37-2, in force March 2024) for fraud-detection booking "
             "cancellations; articles renumbered",
     "repl": [("## 제7조(개인정보의 안전성 확보조치)",
               "## 제7조(자동화된 결정에 대한 정보주체의 권리)\n\n회사는 부정 예약 및 결제 사기를 방지하기 위하여 결제 정보와 이용 기록을 분석하는 자동화된 시스템으로 예약을 취소하는 결정을 할 수 있습니다. 정보주체는 「개인정보 보호법」 제37조의2에 따라 이러한 결정에 대하여 설명을 요구하거나 거부할 수 있으며, 고객센터 또는 privacy@moatrip.co.kr로 요청하시면 담당자가 직접 검토한 후 결과를 알려드립니다.\n\n## 제8조(개인정보의 안전성 확보조치)"),
              ("## 제8조(개인정보 자동 수집 장치", "## 제9조(개인정보 자동 수집 장치"),
              ("## 제9조(개인정보 보호책임자)", "## 제10조(개인정보 보호책임자)"),
              ("## 제10조(권익침해 구제방법)", "## 제11조(권익침해 구제방법)"),
              ("## 제11조(개인정보 처리방침의 변경)", "## 제12조(개인정보 처리방침의 변경)")]},
    {"note": "new article on overseas transfer (AI trip planner via OpenAI, USA; overseas hotels) with the items "
             "required by PIPA art. 28-8; labelling list updated",
     "repl": [("## 제5조(개인정보의 파기 절차 및 방법)",
               "## 제5조(개인정보의 국외 이전)\n\n회사는 AI 여행 플래너 기능 제공 및 해외 숙소 예약 이행을 위하여 다음과 같이 개인정보를 국외로 이전합니다. 국외 이전을 원하지 않는 경우 AI 여행 플래너를 이용하지 않거나 해당 예약을 취소할 수 있으나, 이 경우 해당 서비스를 이용할 수 없습니다.\n\n| 이전받는 자 | 이전 국가 | 이전 일시 및 방법 | 이전 항목 | 이용 목적 및 보유기간 |\n| OpenAI, L.L.C. (privacy@openai.com) | 미국 | 서비스 이용 시점에 네트워크를 통한 전송 | AI 여행 플래너 입력 내용(이름·연락처 제외) | 여행 일정 추천, 전송 후 30일 |\n| 예약한 해외 숙박업체 | 숙소 소재 국가 | 예약 확정 시 네트워크를 통한 전송 | 영문 이름, 투숙 일정, 연락처 | 숙박 예약 이행, 이용 목적 달성 시까지 |\n\n## 제6조(개인정보의 파기 절차 및 방법)"),
              ("## 제6조(정보주체와 법정대리인의", "## 제7조(정보주체와 법정대리인의"),
              ("## 제7조(자동화된 결정에", "## 제8조(자동화된 결정에"),
              ("## 제8조(개인정보의 안전성 확보조치)", "## 제9조(개인정보의 안전성 확보조치)"),
              ("## 제9조(개인정보 자동 수집 장치", "## 제10조(개인정보 자동 수집 장치"),
              ("## 제10조(개인정보 보호책임자)", "## 제11조(개인정보 보호책임자)"),
              ("## 제11조(권익침해 구제방법)", "## 제12조(권익침해 구제방법)"),
              ("## 제12조(개인정보 처리방침의 변경)", "## 제13조(개인정보 처리방침의 변경)"),
              ("- 처리위탁: 결제대행, 알림 메시지 발송, 고객 상담", "- 처리위탁: 결제대행, 알림 메시지 발송, 고객 상담\n- 국외 이전: AI 여행 플래너(미국), 해외 숙박업체")]},
]

CITIES = ["오사카", "다낭", "후쿠오카", "도쿄", "방콕", "제주", "나트랑", "타이베이", "세부", "삿포로", "괌", "파리"]
_hist = []


def emo(*p):
    h = hashlib.sha1("|".join(map(str, p)).encode()).digest()
    chars = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "css-" + "".join(chars[b % 36] for b in h[:7])


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["deploy"] = C.keep_or(rng, prev.get("deploy"), 0.55, lambda: (C.alnum(rng, 8), C.hexs(rng, 6)))
    s["ranking"] = (tuple(rng.sample(range(len(CITIES)), 5)), "%02d:00" % ((when.hour + 9) % 24))
    s["channel"] = rng.choice(["launcher", "launcher", "badge"])
    s["sheet"] = rng.random() < 0.5
    s["deal"] = (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    return s


LABELS = {
    "deploy": "Vite chunk hashes and emotion css-* class hashes (deploy)",
    "ranking": "'실시간 인기 여행지' live ranking and its 기준 time",
    "channel": "Channel Talk launcher / unread badge",
    "sheet": "app-download bottom sheet shown / hidden",
    "deal": "timed-deal countdown in header",
    "versions": "previous-versions picker options",
}


def render(s, blocks, when):
    chunk, sty = s["deploy"]

    def c(name):
        return emo(name, sty)
    cur = next(re.search(r"시행일자: (.*)", b[1]).group(1) for b in blocks if b[0] == "p" and b[1].startswith("시행일자"))
    if not _hist or _hist[-1] != cur:
        _hist.append(cur)
    olds = list(reversed(_hist[:-1]))
    s["versions"] = tuple(olds)
    opts = "".join('<option value="%s">%s 시행</option>' % (re.sub(r"\D+", "", o), o) for o in olds)
    body = []
    for b in blocks[1:]:
        if b[0] == "table":
            body.append('<div class="%s">%s</div>' % (c("tablewrap"), C.block_html(b, {"table": c("table")})))
        else:
            body.append(C.block_html(b, {"h2": c("h2"), "h3": c("h3"), "p": c("p"), "ul": c("ul")}))
    picker = ('<div class="%s" role="group" aria-label="개인정보 처리방침 버전 선택"><label for="policy-version" class="%s">이전 개인정보 처리방침</label>'
              '<select id="policy-version" class="%s"><option value="">현행 (%s 시행)</option>%s</select></div>'
              % (c("picker"), c("pickerlabel"), c("select"), cur, opts))
    ranks, basis = s["ranking"]
    rank = "".join('<li class="%s"><span class="%s">%d</span><a href="/search?keyword=%s">%s</a></li>' % (c("rankitem"), c("ranknum"), n + 1, CITIES[k], CITIES[k])
                   for n, k in enumerate(ranks))
    hh, mm, ss = s["deal"]
    header = ('<header class="%s"><div class="%s"><a href="/" class="%s" aria-label="모아트립 홈"><svg width="112" height="28" viewBox="0 0 112 28"><path d="M0 0h28v28H0z"></path></svg></a>'
              '<form role="search" class="%s" action="/search"><input type="search" name="keyword" placeholder="어디로 떠나세요?" class="%s"></form>'
              '<div class="%s"><p class="%s">실시간 인기 여행지 <time>%s 기준</time></p><ol class="%s">%s</ol></div>'
              '<nav class="%s"><a href="/flights">항공</a><a href="/stays">숙소</a><a href="/tours">투어·티켓</a><a href="/deals" class="%s">오늘의 특가 <span class="%s">%02d:%02d:%02d</span></a>'
              '<a href="/login">로그인</a></nav></div></header>'
              % (c("header"), c("headerinner"), c("logo"), c("search"), c("searchinput"), c("ranking"), c("rankingtitle"), basis,
                 c("ranklist"), rank, c("gnb"), c("deal"), c("timer"), hh, mm, ss))
    article = ('<article class="%s" aria-labelledby="policy-title"><div class="%s"><h1 id="policy-title" class="%s">%s</h1>%s</div>%s</article>'
               % (c("article"), c("articlehead"), c("h1"), C.inline_html(blocks[0][1]), picker, "".join(body)))
    tabs = ('<nav class="%s" aria-label="약관 및 정책"><a href="/policy/terms">이용약관</a><a href="/policy/privacy" aria-current="page" class="%s">개인정보 처리방침</a>'
            '<a href="/policy/location">위치기반서비스 이용약관</a><a href="/policy/travel">여행자 약관</a></nav>' % (c("tabs"), c("tabactive")))
    footer = ('<footer class="%s"><p class="%s">(주)모아트립 | 대표이사 윤지혜 | 사업자등록번호 214-88-51730 | 통신판매업신고 제2021-서울강남-04417호 | '
              '관광사업자 등록번호 제2021-000118호</p><p class="%s">서울특별시 강남구 테헤란로 427, 12층 | 고객센터 1670-3388 (평일 09:00~18:00)</p>'
              '<p class="%s">(주)모아트립은 통신판매중개자로서 통신판매의 당사자가 아니며, 여행상품의 예약·이용 및 환불 등과 관련한 의무와 책임은 각 판매자에게 있습니다.</p>'
              '<p class="%s">© MoaTrip Corp.</p></footer>' % (c("footer"), c("biz"), c("biz"), c("disclaimer"), c("copy")))
    sheet = ('<div class="%s" role="dialog" aria-label="앱 설치 안내"><p>앱에서 예약하면 최대 7%% 추가 할인!</p><a href="https://moatrip.onelink.me/Xk2p/webbanner" class="%s">앱으로 보기</a>'
             '<button class="%s">오늘 하루 보지 않기</button></div>' % (c("sheet"), c("sheetbtn"), c("sheetclose")) if s["sheet"] else "")
    channel = ('<div id="ch-plugin"><div id="ch-plugin-script" style="display:none"></div><div id="ch-plugin-entry"><div class="ch-desk-messenger">'
               '<div data-ch-testid="launcher" class="sc-cVzyXs kYBhme"><div class="sc-fXSgeo dSLhCd"></div>%s</div></div></div></div>'
               % ('<div data-ch-testid="badge" class="sc-eDPEul jnFxKa">1</div>' if s["channel"] == "badge" else ""))
    return ('<!doctype html>\n<html lang="ko"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />'
            '<title>개인정보 처리방침 | 모아트립</title><meta name="description" content="모아트립 개인정보 처리방침" />'
            '<meta property="og:title" content="모아트립 - 항공권, 숙소, 투어를 한 번에" /><link rel="canonical" href="%s" />'
            '<script type="module" crossorigin src="/assets/index-%s.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor-react-%s.js">'
            '<link rel="stylesheet" crossorigin href="/assets/index-%s.css"><style data-emotion="css" data-s=""></style></head>'
            '<body><div id="root"><div class="%s">%s<main class="%s">%s%s</main>%s</div></div>%s%s'
            '<script>(function(){var w=window;if(w.ChannelIO){return}var ch=function(){ch.c(arguments)};ch.q=[];ch.c=function(args){ch.q.push(args)};w.ChannelIO=ch;})();'
            'ChannelIO("boot",{"pluginKey":"5a1c9e7b-3d2f-4c8a-b6e0-91f2d4a7c3e5","language":"ko"});</script></body></html>\n'
            % (URL, chunk, sty + chunk[:2], sty[::-1] + chunk[2:4], c("app"), header, c("main"), tabs, article, footer, sheet, channel))


PAGE = {
    "service": "MoaTrip", "url": URL, "lang": "ko-KR", "platform": "React SPA (Vite + emotion)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 1, 17), "end": dt.date(2026, 5, 28),
    "policy": POLICY, "first_updated": dt.date(2021, 12, 20), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["main article"], "remove": ["[aria-label=\"개인정보 처리방침 버전 선택\"]"]},
}
