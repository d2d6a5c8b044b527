"""(주)팀노트 TeamNote (서울) - ko-KR - 협업 SaaS, Next.js(pages router, emotion): 약관 탭, 정책 본문 위의
"이전 개인정보처리방침 보기" 선택 상자(개정마다 항목이 늘어남, 본문 컨테이너 안), 수탁자·국외 이전 표, 상단 프로모션
띠 배너, 채널톡 런처(안 읽은 메시지 수), 빌드 ID와 요청별 nonce."""
import datetime as dt
import re
import common as C

URL = "https://www.teamnote.co.kr/policy/privacy"


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


POLICY = """
# 개인정보처리방침

주식회사 팀노트(이하 "회사")는 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 다음과 같이 개인정보처리방침을 수립·공개합니다.

## 제1조 (개인정보의 처리 목적)

회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 「개인정보 보호법」 제18조에 따라 별도의 동의를 받는 등 필요한 조치를 이행할 예정입니다.

- 회원 가입 및 관리: 회원제 서비스 이용에 따른 본인 식별·인증, 회원자격 유지·관리, 서비스 부정이용 방지, 각종 고지·통지
- 서비스 제공: 팀 워크스페이스, 메신저, 문서 및 일정 공유 기능 제공, 유료 서비스 결제 및 요금 정산
- 고객 상담: 문의 사항 확인, 사실 조사를 위한 연락·통지, 처리 결과 통보
- 마케팅 및 광고 활용: 신규 기능 및 이벤트 안내(동의한 회원에 한함)

## 제2조 (처리하는 개인정보의 항목)

- 필수항목: 이름, 이메일 주소, 비밀번호, 회사명
- 선택항목: 휴대전화번호, 부서, 직책, 프로필 사진
- 유료 서비스 이용 시: 결제 수단 정보, 사업자등록번호, 세금계산서 담당자 정보
- 서비스 이용 과정에서 자동으로 생성·수집되는 정보: 접속 IP 주소, 쿠키, 접속 로그, 서비스 이용 기록, 기기 정보

## 제3조 (개인정보의 처리 및 보유 기간)

회사는 법령에 따른 개인정보 보유·이용 기간 또는 정보주체로부터 개인정보를 수집할 때 동의받은 기간 내에서 개인정보를 처리·보유합니다. 회원 탈퇴 시 지체 없이 파기하며, 다만 관계 법령에 따라 보존할 필요가 있는 경우 다음과 같이 보관합니다.

| 보존 항목 | 근거 법령 | 보존 기간 |
| 계약 또는 청약철회 등에 관한 기록 | 전자상거래 등에서의 소비자보호에 관한 법률 | 5년 |
| 대금결제 및 재화 등의 공급에 관한 기록 | 전자상거래 등에서의 소비자보호에 관한 법률 | 5년 |
| 소비자의 불만 또는 분쟁처리에 관한 기록 | 전자상거래 등에서의 소비자보호에 관한 법률 | 3년 |
| 웹사이트 방문 기록 | 통신비밀보호법 | 3개월 |

## 제4조 (개인정보의 제3자 제공)

회사는 정보주체의 개인정보를 제1조에서 명시한 범위 내에서만 처리하며, 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다.

## 제5조 (개인정보처리의 위탁)

회사는 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.

| 수탁자 | 위탁업무 |
| Amazon Web Services, Inc. | 서비스 인프라 운영 및 데이터 보관 |
| (주)케이지이니시스 | 유료 서비스 결제 처리 |
| (주)채널코퍼레이션 | 고객 상담 채팅(채널톡) 운영 |
| Stibee(주)스티비 | 뉴스레터 및 안내 메일 발송 |

회사는 위탁계약 체결 시 「개인정보 보호법」 제26조에 따라 위탁업무 수행 목적 외 개인정보 처리금지, 기술적·관리적 보호조치, 재위탁 제한, 수탁자에 대한 관리·감독, 손해배상 등 책임에 관한 사항을 계약서 등 문서에 명시하고, 수탁자가 개인정보를 안전하게 처리하는지를 감독하고 있습니다.

## 제6조 (개인정보의 국외 이전)

회사는 서비스 제공을 위하여 아래와 같이 개인정보를 국외에 보관하고 있습니다.

| 이전받는 자 | 이전 국가 | 이전 일시 및 방법 | 이전 항목 | 이용 목적 | 보유 기간 |
| Amazon Web Services, Inc. | 미국(데이터는 서울 리전에 보관) | 서비스 이용 시 네트워크를 통해 전송 | 회원 정보, 서비스 이용 기록 | 클라우드 인프라 운영 | 회원 탈퇴 또는 위탁계약 종료 시까지 |

## 제7조 (개인정보의 파기 절차 및 방법)

회사는 개인정보 보유 기간의 경과, 처리 목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체 없이 해당 개인정보를 파기합니다. 전자적 파일 형태의 정보는 기록을 재생할 수 없는 기술적 방법을 사용하여 삭제하며, 종이에 출력된 개인정보는 분쇄기로 분쇄하거나 소각하여 파기합니다.

## 제8조 (정보주체와 법정대리인의 권리·의무 및 행사방법)

정보주체는 회사에 대해 언제든지 개인정보 열람·정정·삭제·처리정지 요구 등의 권리를 행사할 수 있습니다. 권리 행사는 서면, 전자우편 등을 통하여 하실 수 있으며 회사는 이에 대해 지체 없이 조치하겠습니다. 권리 행사는 정보주체의 법정대리인이나 위임을 받은 자 등 대리인을 통하여 하실 수도 있습니다.

## 제9조 (개인정보의 안전성 확보조치)

회사는 개인정보의 안전성 확보를 위해 내부관리계획의 수립·시행, 개인정보 취급 직원의 최소화 및 교육, 접근권한의 관리, 접속기록의 보관 및 위변조 방지, 개인정보의 암호화, 보안프로그램 설치 및 갱신 등의 조치를 하고 있습니다.

## 제10조 (개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항)

회사는 이용자에게 개별적인 맞춤 서비스를 제공하기 위해 이용 정보를 저장하고 수시로 불러오는 쿠키(cookie)를 사용합니다. 이용자는 웹 브라우저 상단의 도구 > 인터넷 옵션 > 개인정보 메뉴의 옵션 설정을 통해 쿠키 저장을 거부할 수 있습니다. 다만, 쿠키 저장을 거부할 경우 로그인이 필요한 일부 서비스 이용에 어려움이 발생할 수 있습니다.

## 제11조 (개인정보 보호책임자)

회사는 개인정보 처리에 관한 업무를 총괄해서 책임지고, 개인정보 처리와 관련한 정보주체의 불만처리 및 피해구제 등을 위하여 아래와 같이 개인정보 보호책임자를 지정하고 있습니다.

- 개인정보 보호책임자: 김도윤 (CTO)
- 개인정보 보호 담당부서: 정보보호팀
- 연락처: 02-6952-0310, [privacy@teamnote.co.kr](mailto:privacy@teamnote.co.kr)

## 제12조 (권익침해 구제방법)

정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보분쟁조정위원회, 한국인터넷진흥원 개인정보침해신고센터 등에 분쟁해결이나 상담 등을 신청할 수 있습니다.

- 개인정보분쟁조정위원회: (국번없이) 1833-6972 ([www.kopico.go.kr](https://www.kopico.go.kr))
- 개인정보침해신고센터: (국번없이) 118 ([privacy.kisa.or.kr](https://privacy.kisa.or.kr))
- 대검찰청: (국번없이) 1301 ([www.spo.go.kr](https://www.spo.go.kr))
- 경찰청: (국번없이) 182 ([ecrm.police.go.kr](https://ecrm.police.go.kr))

## 제13조 (개인정보처리방침의 변경)

이 개인정보처리방침은 {UPDATED}부터 적용됩니다.
"""

EDITS = [
    {"note": "수탁자 table: NHN Cloud added for KakaoTalk 알림톡 and SMS notifications",
     "repl": [("| Stibee(주)스티비 | 뉴스레터 및 안내 메일 발송 |",
               "| Stibee(주)스티비 | 뉴스레터 및 안내 메일 발송 |\n| NHN Cloud(주) | 카카오 알림톡 및 문자메시지(SMS) 발송 |")]},
    {"note": "국외 이전 article rewritten for the amended PIPA (제28조의8): legal ground, transfer method, how to refuse",
     "repl": [("회사는 서비스 제공을 위하여 아래와 같이 개인정보를 국외에 보관하고 있습니다.",
               "회사는 「개인정보 보호법」 제28조의8 제1항 제3호에 따라 정보주체와의 계약의 체결 및 이행을 위하여 필요한 범위에서 아래와 같이 개인정보를 국외로 이전하고 있습니다."),
              ("| 회원 탈퇴 또는 위탁계약 종료 시까지 |",
               "| 회원 탈퇴 또는 위탁계약 종료 시까지 |\n\n정보주체는 개인정보의 국외 이전을 거부할 수 있으며, 거부하려는 경우 제11조의 개인정보 보호책임자에게 전자우편으로 요청하시면 됩니다. 다만, 국외 이전이 서비스 제공에 필수적인 경우에는 이전을 거부하면 서비스 이용이 제한될 수 있습니다.")]},
    {"note": "silent: privacy contact phone number and e-mail changed (시행일 not changed)", "bump": False,
     "repl": [("- 연락처: 02-6952-0310, [privacy@teamnote.co.kr](mailto:privacy@teamnote.co.kr)",
               "- 연락처: 1644-8270, [dpo@teamnote.co.kr](mailto:dpo@teamnote.co.kr)")]},
    {"note": "new article on automated decisions (PIPA 제37조의2, in force March 2024); later articles renumbered",
     "repl": [("## 제10조 (개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항)",
               "## 제10조 (자동화된 결정에 관한 사항)\n\n회사는 서비스 부정이용을 방지하기 위하여 접속 기록과 이용 패턴을 분석하여 계정을 자동으로 일시 정지하는 시스템을 운영하고 있습니다. 정보주체는 「개인정보 보호법」 제37조의2에 따라 자동화된 결정에 대하여 설명을 요구하거나 거부할 수 있으며, 이 경우 회사는 사람이 직접 재검토한 후 그 결과를 알려드립니다.\n\n## 제11조 (개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항)"),
              ("## 제11조 (개인정보 보호책임자)", "## 제12조 (개인정보 보호책임자)"),
              ("## 제12조 (권익침해 구제방법)", "## 제13조 (권익침해 구제방법)"),
              ("## 제13조 (개인정보처리방침의 변경)", "## 제14조 (개인정보처리방침의 변경)"),
              ("제11조의 개인정보 보호책임자에게", "제12조의 개인정보 보호책임자에게")]},
    {"note": "AI summary feature: OpenAI added to 국외 이전 table and 처리 목적; no training",
     "repl": [("- 고객 상담: 문의 사항 확인,", "- AI 기능 제공: 대화 및 문서 요약, 회의록 작성 등 팀노트 AI 기능 제공(기능을 사용한 경우에 한함)\n- 고객 상담: 문의 사항 확인,"),
              ("| 회원 탈퇴 또는 위탁계약 종료 시까지 |",
               "| 회원 탈퇴 또는 위탁계약 종료 시까지 |\n| OpenAI, L.L.C. | 미국 | 팀노트 AI 기능 사용 시 API를 통해 암호화 전송 | 요약 대상 대화 및 문서 내용 | AI 요약 결과 생성 | 처리 후 30일 이내 삭제(모델 학습에 이용하지 않음) |")]},
]

HISTORY = [dt.date(2019, 3, 4), dt.date(2020, 8, 5), dt.date(2021, 6, 14)]
_SEEN = []
PROMOS = [("팀노트 요금제 개편 안내", "/notice/pricing"), ("지금 가입하면 비즈니스 플랜 3개월 무료", "/event/business-3m"),
          ("팀노트 AI 베타 신청 받아요", "/ai"), ("조달청 디지털서비스몰 등록 완료", "/notice/g2b"), ("모바일 앱 5.0 업데이트", "/notice/app5")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["nonce"] = C.b64tok(rng, 16)
    s["build"] = C.keep_or(rng, prev.get("build"), 0.55, lambda: (C.alnum(rng, 21), C.hexs(rng, 16), C.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789")))
    s["promo"] = C.keep_or(rng, prev.get("promo"), 0.5, lambda: rng.randrange(len(PROMOS)))
    s["channel"] = rng.choice([0, 0, 0, 1, 2])
    return s


LABELS = {
    "nonce": "per-request CSP nonce",
    "build": "Next.js build id, chunk hashes and emotion class hashes (deploy)",
    "promo": "top promotion strip",
    "channel": "Channel Talk launcher unread badge",
    "versions": "'이전 개인정보처리방침 보기' selector gained an entry (inside policy container)",
}


def render(s, blocks, when):
    nonce = s["nonce"]
    build, chunk, em = s["build"]
    y, m, d = [int(x) for x in re.search(r"(\d{4})년 (\d{1,2})월 (\d{1,2})일부터", blocks[-1][1]).groups()]
    cur = dt.date(y, m, d)
    if not _SEEN or _SEEN[-1] != cur:
        _SEEN.append(cur)
    past = HISTORY + _SEEN[:-1]
    s["versions"] = tuple(past)
    opts = '<option value="current" selected>현재 시행 중 (%s ~)</option>' % fmt_date(cur)
    bounds = past + [cur]
    for k in range(len(past) - 1, -1, -1):
        opts += '<option value="%s">%s ~ %s</option>' % (bounds[k].strftime("%Y%m%d"), fmt_date(bounds[k]), fmt_date(bounds[k + 1] - dt.timedelta(days=1)))
    ec = lambda n: "css-%s%s" % (C.det_sha(em, n)[:6], "" if n % 2 else "-" + ["Wrapper", "Title", "Tab", "Body", "Select"][n // 2 % 5])
    body = C.blocks_html(blocks[1:])
    promo = PROMOS[s["promo"]]
    tabs = "".join('<a class="%s" href="/policy/%s"%s>%s</a>' % (ec(3), u, ' aria-current="page"' if u == "privacy" else "", t)
                   for u, t in [("terms", "서비스 이용약관"), ("privacy", "개인정보처리방침"), ("location", "위치기반서비스 이용약관"), ("operation", "운영정책")])
    unread = s["channel"]
    channel = ('<div id="ch-plugin"><div id="ch-plugin-script" style="display:none"></div><div id="ch-plugin-core"><div class="Launcherstyled__Wrapper-ch-front__sc-oef45p-0 kJlFzV">'
               '<div class="Launcherstyled__IconWrapper-ch-front__sc-oef45p-1"><svg width="24" height="24"></svg></div>%s</div></div></div>'
               % ('<div class="Launcherstyled__Badge-ch-front__sc-oef45p-3 bzRkGx">%d</div>' % unread if unread else ""))
    header = ('<div class="%s" role="banner"><a href="%s">%s &gt;</a></div><header class="%s"><a href="/" class="%s"><img src="/images/logo-teamnote.svg" alt="팀노트" width="112" height="28"></a>'
              '<nav class="%s"><a href="/features">기능</a><a href="/pricing">요금제</a><a href="/customers">고객 사례</a><a href="/download">다운로드</a><a href="/blog">블로그</a></nav>'
              '<div class="%s"><a href="https://app.teamnote.co.kr/login">로그인</a><a class="%s" href="https://app.teamnote.co.kr/signup">무료로 시작하기</a></div></header>'
              % (ec(11), promo[1], promo[0], ec(1), ec(13), ec(15), ec(17), ec(19)))
    main = ('<main class="%s"><div class="%s"><h1 class="%s">%s</h1><nav class="%s policy-tabs">%s</nav>'
            '<div class="%s policy-content"><div class="policy-version"><label for="policy-version">이전 개인정보처리방침 보기</label>'
            '<select id="policy-version" name="version">%s</select></div>\n<div class="policy-body">\n%s\n</div></div></div></main>'
            % (ec(21), ec(0), ec(2), C.inline_html(blocks[0][1]), ec(4), tabs, ec(6), opts, body))
    footer = ('<footer class="%s"><div class="%s"><p><strong>주식회사 팀노트</strong></p><p>대표이사 정하린 | 사업자등록번호 214-88-71530 | 통신판매업신고 제2021-서울강남-04418호</p>'
              '<p>서울특별시 강남구 테헤란로 427, 위워크타워 9층</p><p><a href="/policy/terms">이용약관</a> · <a href="/policy/privacy"><strong>개인정보처리방침</strong></a> · <a href="/security">보안</a></p>'
              '<p>© TeamNote Inc. All rights reserved.</p></div></footer>' % (ec(23), ec(25)))
    return ('<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<title>개인정보처리방침 | 팀노트</title><meta name="description" content="팀노트 개인정보처리방침"/><link rel="canonical" href="%s"/>'
            '<meta name="next-head-count" content="5"/><link rel="preload" href="/_next/static/css/%s.css" as="style"/>'
            '<style data-emotion="css %s" nonce="%s"></style></head><body><div id="__next">%s%s%s</div>%s'
            '<script id="__NEXT_DATA__" type="application/json" nonce="%s">{"props":{"pageProps":{"slug":"privacy"},"__N_SSG":true},"page":"/policy/[slug]","query":{"slug":"privacy"},"buildId":"%s","isFallback":false,"gsp":true,"locale":"ko","locales":["ko","en","ja"],"defaultLocale":"ko","scriptLoader":[]}</script>'
            '<script src="/_next/static/chunks/pages/policy/%%5Bslug%%5D-%s.js" defer="" nonce="%s"></script>'
            '<script nonce="%s">(function(){var w=window;if(w.ChannelIO){return}var ch=function(){ch.c(arguments)};ch.q=[];ch.c=function(a){ch.q.push(a)};w.ChannelIO=ch})();ChannelIO("boot",{"pluginKey":"9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d","language":"ko"});</script>'
            '</body></html>\n' % (URL, chunk, em, nonce, header, main, footer, channel, nonce, build, chunk, nonce, nonce))


PAGE = {
    "service": "TeamNote", "url": URL, "lang": "ko-KR", "platform": "Next.js (pages router, emotion)",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 3, 14), "end": dt.date(2026, 5, 11),
    "policy": POLICY, "first_updated": dt.date(2022, 1, 3), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["main h1", ".policy-content"], "remove": [".policy-version"]},
}
