"""Korean life & health insurer, public site as an Angular 17 app rendered server-side (Angular Universal / SSR
with hydration), the policy text from the CMS API.

The `app-privacy-policy` component renders a heading, a "이전 개인정보처리방침 보기" select of past versions (it
grows at each dated revision) and then `.policy-content`: one `<section>` per article (*ngFor), each body put in
with [innerHTML]. Per build (sticky): bundle names (main-XXXX.js, styles-XXXX.css) and the component ids in
`_ngcontent-ng-c…`/`_nghost-ng-c…`, which sit on every element the component's template emits, inside the
declared container (attribute-only). Per visit: the `ng-state` transfer-state JSON (API response with request id
and server time) and the header's live claims-paid ticker ("오늘 보험금 지급 N건").
"""
import datetime as dt
import html
import json

import common as C

POLICY = """
# 개인정보처리방침

시행일자: {UPDATED}

한결생명보험 주식회사(이하 ‘회사’)는 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 하기 위하여 다음과 같이 개인정보처리방침을 수립·공개합니다.

## 제1조 (개인정보의 처리 목적)

회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 「개인정보 보호법」 제18조에 따라 별도의 동의를 받는 등 필요한 조치를 이행할 예정입니다.

- 보험계약의 인수 심사, 체결, 유지·관리 및 보험금 지급 심사
- 보험료 수납 및 환급, 보험계약대출 등 금융거래 관계의 설정 및 유지
- 보험사기 조사 및 예방, 민원 처리 및 분쟁 대응
- 재보험 가입 및 재보험금 청구
- 법령상 의무 이행(금융거래 보고, 고객확인 의무 등)
- 고객의 동의를 받은 경우 보험상품 안내 및 이벤트 정보 제공

회사는 만 14세 미만 아동을 피보험자로 하는 보험계약의 경우 법정대리인인 계약자로부터 아동의 개인정보를 수집하며, 아동에게 직접 보험상품을 권유하거나 마케팅 목적으로 아동의 개인정보를 이용하지 않습니다. 또한 회사는 보험설계사, 보험대리점 및 텔레마케팅 채널을 통하여 개인정보를 수집하는 경우에도 이 방침에서 정한 목적과 항목의 범위 내에서만 처리합니다.

## 제2조 (처리하는 개인정보의 항목)

회사는 보험계약의 체결 및 유지를 위하여 다음의 개인정보 항목을 처리하고 있습니다.

| 구분 | 처리 항목 |
| 일반 개인정보 | 성명, 주소, 전화번호, 휴대전화번호, 이메일, 직업, 직장명, 계좌정보 |
| 고유식별정보 | 주민등록번호, 외국인등록번호, 운전면허번호, 여권번호 |
| 민감정보 | 질병·상해 정보, 진료기록, 건강검진 결과 |
| 자동수집정보 | 서비스 이용기록, 접속 로그, 쿠키, 접속 IP 정보, 기기 정보 |

회사는 「보험업법 시행령」 제102조에 따라 주민등록번호 등 고유식별정보를 처리하며, 민감정보는 정보주체의 별도 동의를 받거나 법령에서 허용하는 경우에만 처리합니다.

## 제3조 (개인정보의 처리 및 보유 기간)

회사는 법령에 따른 개인정보 보유·이용기간 또는 정보주체로부터 개인정보를 수집할 때 동의받은 기간 내에서 개인정보를 처리·보유합니다.

- 보험계약 관련 정보: 보험계약 종료일(보험금 지급이 있는 경우 지급일)로부터 5년
- 보험계약이 체결되지 않은 경우: 청약 거절 또는 철회일로부터 3년
- 상담 및 민원 처리 기록: 처리 완료일로부터 3년
- 금융거래 관련 기록: 「특정 금융거래정보의 보고 및 이용 등에 관한 법률」에 따라 거래관계 종료일로부터 5년
- 홈페이지 접속 기록: 「통신비밀보호법」에 따라 3개월

다만, 보험금 청구와 관련하여 소송이나 분쟁이 진행 중인 경우에는 해당 소송이나 분쟁이 종결될 때까지 보유할 수 있습니다. 또한 마케팅 활용에 동의한 개인정보는 동의를 철회하거나 동의일로부터 5년이 경과하면 지체 없이 파기하며, 회사는 매년 정보주체에게 개인정보 이용내역을 전자우편, 문자메시지 등으로 통지합니다.

## 제4조 (개인정보의 제3자 제공)

회사는 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다.

| 제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간 |
| 한국신용정보원 | 보험계약 및 보험금 지급 정보의 집중 관리 및 활용 | 성명, 주민등록번호, 계약 및 보험금 지급 정보 | 법령에서 정한 기간 |
| 생명보험협회 | 보험사기 방지 및 계약 인수 심사 | 성명, 주민등록번호, 계약 정보 | 법령에서 정한 기간 |
| 국내외 재보험사 | 재보험 계약의 체결 및 재보험금 청구 | 성명, 생년월일, 질병 정보, 계약 정보 | 재보험 계약 종료 시까지 |
| 보험금 손해사정법인 | 보험금 지급 심사를 위한 손해사정 | 성명, 연락처, 질병·상해 정보 | 손해사정 업무 종료 시까지 |

## 제5조 (개인정보 처리업무의 위탁)

회사는 원활한 업무 처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.

| 수탁업체 | 위탁업무 내용 |
| 한결손해사정(주) | 보험금 지급 심사를 위한 손해사정 및 현장 조사 |
| (주)케이티씨에스 | 고객센터 상담 업무 |
| 한국우편사업진흥원 | 보험증권, 안내장 등 우편물 발송 |
| (주)엔에이치엔케이씨피 | 보험료 카드 결제 및 간편결제 대행 |

회사는 위탁계약 체결 시 「개인정보 보호법」 제26조에 따라 위탁업무 수행목적 외 개인정보 처리 금지, 기술적·관리적 보호조치, 재위탁 제한, 수탁자에 대한 관리·감독, 손해배상 등 책임에 관한 사항을 계약서 등 문서에 명시하고, 수탁자가 개인정보를 안전하게 처리하는지를 감독하고 있습니다.

## 제6조 (정보주체와 법정대리인의 권리·의무 및 행사 방법)

정보주체는 회사에 대해 언제든지 개인정보 열람, 정정·삭제, 처리정지 및 동의 철회 요구 등의 권리를 행사할 수 있습니다. 권리 행사는 서면, 전화, 전자우편, 모사전송(FAX) 등을 통하여 하실 수 있으며, 회사는 이에 대해 지체 없이 조치하겠습니다. 권리 행사는 정보주체의 법정대리인이나 위임을 받은 자 등 대리인을 통하여 하실 수도 있습니다. 다만, 다른 법령에서 그 개인정보가 수집 대상으로 명시되어 있는 경우에는 그 삭제를 요구할 수 없습니다.

## 제7조 (개인정보의 파기)

회사는 개인정보 보유기간의 경과, 처리목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체 없이 해당 개인정보를 파기합니다. 전자적 파일 형태의 정보는 기록을 재생할 수 없는 기술적 방법을 사용하여 삭제하며, 종이에 출력된 개인정보는 분쇄기로 분쇄하거나 소각하여 파기합니다. 다른 법령에 따라 개인정보를 계속 보존하여야 하는 경우에는 해당 개인정보를 별도의 데이터베이스로 옮기거나 보관장소를 달리하여 보존합니다.

## 제8조 (개인정보의 안전성 확보 조치)

회사는 개인정보의 안전성 확보를 위해 다음과 같은 조치를 취하고 있습니다.

- 관리적 조치: 내부관리계획 수립·시행, 정기적 직원 교육
- 기술적 조치: 개인정보처리시스템 등의 접근권한 관리, 접근통제시스템 설치, 고유식별정보 등의 암호화, 보안프로그램 설치
- 물리적 조치: 전산실, 자료보관실 등의 접근통제

## 제9조 (개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항)

회사는 이용자에게 개별적인 맞춤서비스를 제공하기 위해 쿠키를 사용합니다. 이용자는 웹브라우저 상단의 도구 > 인터넷 옵션 > 개인정보 메뉴의 옵션 설정을 통해 쿠키 저장을 거부할 수 있습니다. 쿠키 저장을 거부할 경우 일부 서비스 이용에 어려움이 발생할 수 있습니다.

## 제10조 (개인정보 보호책임자)

회사는 개인정보 처리에 관한 업무를 총괄해서 책임지고, 개인정보 처리와 관련한 정보주체의 불만처리 및 피해구제 등을 위하여 아래와 같이 개인정보 보호책임자를 지정하고 있습니다.

| 구분 | 성명 | 직책 | 연락처 |
| 개인정보 보호책임자 | 박정우 | 정보보호본부장 | 02-3789-1000, privacy@hangyeollife.co.kr |
| 개인정보 보호담당부서 | 정보보호팀 | - | 02-3789-1004 |

## 제11조 (권익침해 구제방법)

정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보분쟁조정위원회, 한국인터넷진흥원 개인정보침해신고센터 등에 분쟁해결이나 상담 등을 신청할 수 있습니다.

- 개인정보분쟁조정위원회: (국번없이) 1833-6972 (www.kopico.go.kr)
- 개인정보침해신고센터: (국번없이) 118 (privacy.kisa.or.kr)
- 대검찰청: (국번없이) 1301 (www.spo.go.kr)
- 경찰청: (국번없이) 182 (ecrm.cyber.go.kr)

## 부칙

이 개인정보처리방침은 {UPDATED}부터 시행합니다.
"""

EDITS = [
    {"note": "processor added to the outsourcing table (cloud infrastructure)",
     "repl": [("| (주)엔에이치엔케이씨피 |", "| 네이버클라우드(주) | 모바일 앱 및 홈페이지 클라우드 인프라 운영 |\n| (주)엔에이치엔케이씨피 |")]},
    {"note": "retention of consultation/complaint records changed from 3 to 5 years",
     "repl": [("- 상담 및 민원 처리 기록: 처리 완료일로부터 3년", "- 상담 및 민원 처리 기록: 처리 완료일로부터 5년")]},
    {"note": "privacy officer changed (name, title, phone)",
     "repl": [("| 개인정보 보호책임자 | 박정우 | 정보보호본부장 | 02-3789-1000,", "| 개인정보 보호책임자 | 이수민 | 최고개인정보보호책임자(CPO) | 02-3789-1100,")]},
    {"note": "wording fix 'FAX' explanation removed: '모사전송(FAX)' -> '팩스', no new date",
     "bump": False,
     "repl": [("모사전송(FAX) 등을 통하여", "팩스 등을 통하여")]},
    {"note": "new article on pseudonymised information (가명정보) added before the remedies article",
     "repl": [("## 제11조 (권익침해 구제방법)",
               "## 제11조 (가명정보의 처리)\n\n회사는 통계작성, 과학적 연구, 공익적 기록보존 등을 위하여 정보주체의 동의 없이 개인정보를 가명처리할 수 있습니다. 가명정보는 보험상품 개발을 위한 통계 분석에 한하여 이용하며, 추가정보는 분리하여 별도로 보관하고 재식별을 금지합니다. 가명정보의 처리 기록은 3년간 보관합니다.\n\n## 제12조 (권익침해 구제방법)")]},
]


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


def noise(rng, when, i, prev):
    prev = prev or {}
    build = C.keep_or(rng, prev.get("build"), 0.15,
                      lambda: {"main": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                               "poly": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                               "css": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                               "c": [str(rng.randint(10 ** 9, 4 * 10 ** 9)) for _ in range(4)],
                               "ver": rng.choice(["17.3.4", "17.3.8", "17.3.12"])})
    secs = when.hour * 3600 + when.minute * 60
    return {
        "build": build,
        "state": {"rid": C.uuid4(rng), "ts": C.epoch(when) * 1000 + rng.randint(0, 999)},
        "ticker": int(secs / 86400 * 14000) + rng.randint(0, 800),
        "versions": list(prev.get("versions", ["2020년 8월 5일", "2021년 7월 1일", "2022년 4월 18일"])),
    }


LABELS = {"build": "Angular build (bundle names, _ngcontent ids inside the container)",
          "state": "ng-state transfer state (request id, server time)", "ticker": "claims-paid ticker",
          "versions": "past-versions select (grows at a dated revision)"}


def render(state, blocks, when):
    b = state["build"]
    cr, ch, cp, cf = b["c"]
    a = '_ngcontent-ng-c%s=""' % cp
    head, secs = C.split_sections(blocks)
    date = [x for x in head if x[0] == "p" and x[1].startswith("시행일자")][0][1].split(": ", 1)[1]
    if date not in state["versions"]:
        state["versions"].append(date)
    opts = "".join('<option %s value="%d">%s</option>' % (a, n, html.escape(v)) for n, v in
                   reversed(list(enumerate(state["versions"]))))
    sections = []
    for n, (h, bl) in enumerate(secs):
        sections.append('<section %s class="policy-section" id="article-%d"><h2 %s class="policy-section__title">%s</h2>'
                        '<div %s class="policy-section__body">%s</div></section><!--bindings={}-->'
                        % (a, n + 1, a, C.inline_html(h), a, C.blocks_html(bl, sep="")))
    h1 = head[0]
    rest = head[1:]
    api = {"result": "0000", "requestId": state["state"]["rid"], "serverTime": state["state"]["ts"],
           "data": {"docType": "PRIVACY_POLICY", "versionCount": len(state["versions"]), "title": h1[1]}}
    ng_state = {"3482871624": {"body": api, "headers": {}, "status": 200, "statusText": "OK",
                               "url": "https://api.hangyeollife.co.kr/cms/v2/terms/PRIVACY_POLICY/latest",
                               "responseType": "json"},
                "__nghData__": [{"t": {"5": "t0"}, "c": {"5": [{"i": "t0", "r": 1, "x": len(secs)}]}}, {}]}
    return """<!DOCTYPE html><html lang="ko" data-critters-container><head>
  <meta charset="utf-8">
  <title>개인정보처리방침 | 한결생명</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="한결생명보험 개인정보처리방침">
  <meta name="naver-site-verification" content="4b1e9c7d2a8f3e6b0c5d9a1f7e2b8c4d6a0f3e9b">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="canonical" href="https://www.hangyeollife.co.kr/customer/privacy-policy">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-5KQ8M3ZT1D"></script>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-5KQ8M3ZT1D');</script>
  <script type="text/javascript" src="//wcs.naver.net/wcslog.js"></script>
<style>html,body{margin:0;font-family:'Pretendard',sans-serif}</style><link rel="stylesheet" href="styles-%(css)s.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles-%(css)s.css"></noscript><style ng-app-id="ng">.policy-section[_ngcontent-ng-c%(cp)s]{margin-top:40px}.policy-section__title[_ngcontent-ng-c%(cp)s]{font-size:20px;font-weight:700}</style></head>
<body><!--nghm-->
  <app-root _nghost-ng-c%(cr)s ng-version="%(ver)s" ngh="3" ng-server-context="ssr"><app-header _ngcontent-ng-c%(cr)s _nghost-ng-c%(ch)s ngh="0"><header _ngcontent-ng-c%(ch)s class="gnb">
<div _ngcontent-ng-c%(ch)s class="gnb__top"><div _ngcontent-ng-c%(ch)s class="gnb__ticker" aria-live="polite">오늘 보험금 지급 <strong _ngcontent-ng-c%(ch)s>%(ticker)s</strong>건</div><a _ngcontent-ng-c%(ch)s href="/login" class="gnb__login">로그인</a><a _ngcontent-ng-c%(ch)s href="/join" class="gnb__join">회원가입</a></div>
<div _ngcontent-ng-c%(ch)s class="gnb__main"><a _ngcontent-ng-c%(ch)s href="/" class="gnb__logo"><img _ngcontent-ng-c%(ch)s src="assets/images/logo-hangyeol.svg" alt="한결생명"></a>
<nav _ngcontent-ng-c%(ch)s class="gnb__menu"><ul _ngcontent-ng-c%(ch)s><li _ngcontent-ng-c%(ch)s><a _ngcontent-ng-c%(ch)s href="/products/health">건강보험</a></li><li _ngcontent-ng-c%(ch)s><a _ngcontent-ng-c%(ch)s href="/products/life">종신·정기보험</a></li><li _ngcontent-ng-c%(ch)s><a _ngcontent-ng-c%(ch)s href="/products/annuity">연금·저축</a></li><li _ngcontent-ng-c%(ch)s><a _ngcontent-ng-c%(ch)s href="/claim">보험금 청구</a></li><li _ngcontent-ng-c%(ch)s><a _ngcontent-ng-c%(ch)s href="/customer">고객센터</a></li></ul></nav></div>
</header></app-header><main _ngcontent-ng-c%(cr)s class="container"><router-outlet _ngcontent-ng-c%(cr)s></router-outlet><app-privacy-policy _nghost-ng-c%(cp)s ngh="1"><div %(a)s class="policy-header"><h1 %(a)s class="policy-header__title">%(h1)s</h1>
<div %(a)s class="policy-header__history"><label %(a)s for="policyVersion">이전 개인정보처리방침 보기</label><select %(a)s id="policyVersion" class="form-select">%(opts)s<!--bindings={}--></select></div></div>
<div %(a)s class="policy-content">%(rest)s%(sections)s</div></app-privacy-policy><!--container--></main><app-footer _ngcontent-ng-c%(cr)s _nghost-ng-c%(cf)s ngh="2"><footer _ngcontent-ng-c%(cf)s class="footer">
<ul _ngcontent-ng-c%(cf)s class="footer__links"><li _ngcontent-ng-c%(cf)s><a _ngcontent-ng-c%(cf)s href="/customer/privacy-policy"><strong _ngcontent-ng-c%(cf)s>개인정보처리방침</strong></a></li><li _ngcontent-ng-c%(cf)s><a _ngcontent-ng-c%(cf)s href="/customer/credit-info">신용정보활용체제</a></li><li _ngcontent-ng-c%(cf)s><a _ngcontent-ng-c%(cf)s href="/customer/terms">이용약관</a></li><li _ngcontent-ng-c%(cf)s><a _ngcontent-ng-c%(cf)s href="/customer/protection">금융소비자보호</a></li></ul>
<address _ngcontent-ng-c%(cf)s>서울특별시 중구 세종대로 110 한결생명빌딩 | 대표이사 김태현 | 사업자등록번호 104-81-12345 | 고객센터 1588-7000</address>
<p _ngcontent-ng-c%(cf)s class="footer__copy">© HANGYEOL LIFE INSURANCE CO., LTD. ALL RIGHTS RESERVED.</p></footer></app-footer></app-root>
<script src="polyfills-%(poly)s.js" type="module"></script><script src="main-%(main)s.js" type="module"></script>

<script id="ng-state" type="application/json">%(ngstate)s</script></body></html>
""" % {"css": b["css"], "cp": cp, "cr": cr, "ch": ch, "cf": cf, "ver": b["ver"], "ticker": "{:,}".format(state["ticker"]),
       "a": a, "h1": C.inline_html(h1[1]), "opts": opts, "rest": C.blocks_html(rest, sep=""),
       "sections": "".join(sections), "poly": b["poly"], "main": b["main"],
       "ngstate": json.dumps(ng_state, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")}


PAGE = {
    "service": "Hangyeol Life",
    "url": "https://www.hangyeollife.co.kr/customer/privacy-policy",
    "lang": "ko",
    "platform": "Angular 17 SSR (Angular Universal, hydration) with a headless CMS API",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("X-Powered-By", "Express"), ("Cache-Control", "no-store")],
    "n": 30,
    "start": dt.date(2023, 4, 3),
    "end": dt.date(2025, 11, 20),
    "hours": (0, 6, 15),
    "policy": POLICY,
    "first_updated": dt.date(2023, 3, 2),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.hangyeollife.co.kr/customer/privacy-policy",
                    "select": ["app-privacy-policy .policy-header__title", "app-privacy-policy .policy-content"]},
}
