"""타고택시 TAGO Taxi (a Korean taxi-hailing app): the web site is Angular 17 with SSR and hydration (Angular
Universal's successor @angular/ssr, esbuild output names), the policy fetched from the company's terms API and
rendered section by section with *ngFor (each section body through [innerHTML]).

Fairly clean: per deployment the esbuild chunk hashes and the `_ngcontent-ng-c…`/`_nghost-ng-c…` component ids,
which sit on the section wrappers *inside* the tracked article (attributes only: no words change, so the curator
does not remove them); per request the `ng-state` transfer cache (with the API's servedAt and a request id). The
article's header holds the Korean-style "previous versions" select (removed by `.policy__version`), which gains
an entry at each dated revision."""
import datetime as dt
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "services_world"))
import common as C  # noqa: E402

URL = "https://www.tagotaxi.co.kr/terms/privacy"


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


POLICY = """# 개인정보 처리방침

㈜타고모빌리티(이하 '회사')는 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다. 이 방침은 회사가 제공하는 타고택시 애플리케이션 및 웹사이트(이하 '서비스')에 적용됩니다.

## 1. 개인정보의 처리 목적

회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 「개인정보 보호법」 제18조에 따라 별도의 동의를 받는 등 필요한 조치를 이행할 예정입니다.

- 회원 가입 및 관리: 회원 가입의사 확인, 본인 식별·인증, 회원자격 유지·관리, 부정이용 방지, 각종 고지·통지
- 택시 호출 서비스 제공: 승객과 택시 기사의 배차 연결, 출발지·도착지 안내, 예상 요금 산정, 운행 경로 확인
- 요금 결제 및 정산: 자동결제, 영수증 발행, 환불 처리
- 안전 서비스 제공: 안심 메시지(운행 정보 공유), 분실물 찾기, 사고 및 분쟁 대응
- 고객 상담 및 민원 처리
- 마케팅 및 광고 활용(선택): 이벤트·혜택 안내, 맞춤형 쿠폰 제공

## 2. 처리하는 개인정보의 항목

| 구분 | 수집 항목 | 수집 시기 |
| 필수 | 휴대전화번호, 이름, 생년월일, 성별, 연계정보(CI) | 회원 가입 시 |
| 필수 | 출발지·도착지, 호출 위치, 운행 기록(경로, 시간, 요금) | 택시 호출 시 |
| 필수 | 결제수단 정보(카드사명, 카드번호 일부), 결제 기록 | 결제수단 등록 시 |
| 선택 | 이메일 주소, 자주 가는 장소(집·회사) | 서비스 이용 중 |
| 자동 수집 | 기기 정보(OS 버전, 기기 모델), 광고식별자(ADID/IDFA), 접속 로그, 쿠키, IP 주소 | 서비스 이용 시 |

## 3. 개인정보의 처리 및 보유 기간

회사는 법령에 따른 개인정보 보유·이용 기간 또는 정보주체로부터 개인정보를 수집할 때 동의받은 개인정보 보유·이용 기간 내에서 개인정보를 처리·보유합니다.

- 회원 정보: 회원 탈퇴 시까지. 다만, 부정이용 방지를 위하여 탈퇴 후 30일간 보관
- 운행 기록: 운행 완료 후 6개월
- 계약 또는 청약철회 등에 관한 기록: 5년(「전자상거래 등에서의 소비자보호에 관한 법률」)
- 대금결제 및 재화 등의 공급에 관한 기록: 5년(「전자상거래 등에서의 소비자보호에 관한 법률」)
- 소비자의 불만 또는 분쟁처리에 관한 기록: 3년(「전자상거래 등에서의 소비자보호에 관한 법률」)
- 위치정보 이용·제공사실 확인자료: 6개월(「위치정보의 보호 및 이용 등에 관한 법률」)
- 서비스 방문 기록: 3개월(「통신비밀보호법」)

## 4. 개인정보의 제3자 제공

회사는 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다.

| 제공받는 자 | 제공 목적 | 제공 항목 | 보유 및 이용 기간 |
| 배차된 택시 기사 및 택시운송사업자 | 승객 탑승 및 운행 | 출발지·도착지, 안심번호, 호출자 이름(성만 표시) | 운행 완료 시까지 |
| 보험회사(사고 발생 시) | 사고 처리 및 보험금 지급 | 이름, 연락처, 운행 기록 | 사고 처리 완료 시까지 |

택시 기사에게는 승객의 실제 휴대전화번호 대신 일회용 안심번호가 제공되며, 운행 완료 후 24시간이 지나면 안심번호를 통한 연결이 종료됩니다.

## 5. 개인정보 처리의 위탁

회사는 원활한 서비스 제공을 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.

| 수탁자 | 위탁 업무 |
| ㈜하나로페이 | 결제 처리 및 정산 |
| ㈜메시징허브 | 알림톡 및 문자메시지 발송 |
| ㈜고객센터플러스 | 고객 상담 및 민원 처리 |
| Amazon Web Services, Inc. | 클라우드 인프라 운영(서울 리전) |

회사는 위탁계약 체결 시 「개인정보 보호법」 제26조에 따라 위탁업무 수행 목적 외 개인정보 처리 금지, 기술적·관리적 보호조치, 재위탁 제한, 수탁자에 대한 관리·감독, 손해배상 등 책임에 관한 사항을 계약서 등 문서에 명시하고, 수탁자가 개인정보를 안전하게 처리하는지를 감독하고 있습니다.

## 6. 개인정보의 국외 이전

회사는 앱 오류 분석 및 푸시 알림 발송을 위하여 다음과 같이 개인정보를 국외로 이전하고 있습니다.

| 이전받는 자 | 이전 국가 | 이전 항목 | 이전 일시 및 방법 | 보유 및 이용 기간 |
| Google LLC(Firebase) | 미국 | 기기 정보, 앱 이용 기록, 푸시 토큰 | 서비스 이용 시 네트워크를 통하여 수시로 전송 | 회원 탈퇴 시까지 |

정보주체는 개인정보의 국외 이전을 거부할 수 있으나, 이 경우 푸시 알림을 받을 수 없습니다.

## 7. 개인정보의 파기 절차 및 방법

회사는 개인정보 보유 기간의 경과, 처리 목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체 없이 해당 개인정보를 파기합니다. 다른 법령에 따라 개인정보를 계속 보존하여야 하는 경우에는 해당 개인정보를 별도의 데이터베이스로 옮기거나 보관장소를 달리하여 보존합니다. 전자적 파일 형태의 정보는 복구할 수 없는 기술적 방법을 사용하여 삭제하며, 종이 문서는 분쇄하거나 소각하여 파기합니다.

## 8. 정보주체와 법정대리인의 권리·의무 및 행사방법

정보주체는 회사에 대하여 언제든지 개인정보 열람, 정정·삭제, 처리정지 및 동의 철회 등의 권리를 행사할 수 있습니다. 권리 행사는 앱의 [내 정보] 메뉴 또는 고객센터를 통하여 하실 수 있으며, 회사는 이에 대하여 지체 없이 조치하겠습니다. 만 14세 미만 아동은 서비스에 가입할 수 없습니다.

## 9. 위치정보의 처리

회사는 「위치정보의 보호 및 이용 등에 관한 법률」에 따라 위치기반서비스사업자로 신고하였으며, 택시 호출, 배차, 도착 예정 시간 안내 및 안심 메시지 제공을 위하여 승객의 개인위치정보를 이용합니다. 개인위치정보는 이용 목적을 달성하면 즉시 파기하며, 위치정보 이용·제공사실 확인자료는 6개월간 보관합니다.

## 10. 개인정보 자동 수집 장치의 설치·운영 및 거부

회사는 이용자에게 맞춤형 서비스를 제공하기 위하여 쿠키와 광고식별자를 사용합니다. 이용자는 웹 브라우저의 설정에서 쿠키 저장을 거부할 수 있고, 휴대전화의 설정 메뉴에서 광고식별자를 재설정하거나 맞춤형 광고를 제한할 수 있습니다. 쿠키 저장을 거부하는 경우 일부 서비스 이용에 어려움이 있을 수 있습니다.

## 11. 개인정보의 안정성 확보 조치

회사는 개인정보의 안전성 확보를 위하여 다음과 같은 조치를 취하고 있습니다.

- 관리적 조치: 내부관리계획 수립·시행, 개인정보 취급 직원에 대한 정기 교육
- 기술적 조치: 개인정보처리시스템 접근권한 관리, 접근통제시스템 설치, 고유식별정보 등의 암호화, 보안프로그램 설치
- 물리적 조치: 전산실 및 자료보관실의 출입 통제

## 12. 개인정보 보호책임자

회사는 개인정보 처리에 관한 업무를 총괄하여 책임지고, 개인정보 처리와 관련한 정보주체의 불만 처리 및 피해 구제 등을 위하여 아래와 같이 개인정보 보호책임자를 지정하고 있습니다.

- 개인정보 보호책임자: 김민준(정보보호실장)
- 이메일: privacy@tagotaxi.co.kr
- 고객센터: 1599-3030(평일 09:00~18:00)

## 13. 권익침해 구제방법

정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보분쟁조정위원회, 한국인터넷진흥원 개인정보침해신고센터 등에 분쟁 해결이나 상담 등을 신청할 수 있습니다.

- 개인정보분쟁조정위원회: (국번없이) 1833-6972 (www.kopico.go.kr)
- 개인정보침해신고센터: (국번없이) 118 (privacy.kisa.or.kr)
- 대검찰청: (국번없이) 1301 (www.spo.go.kr)
- 경찰청: (국번없이) 182 (ecrm.police.go.kr)

## 14. 개인정보 처리방침의 변경

이 개인정보 처리방침은 {UPDATED}부터 적용됩니다."""

EDITS = [
    {"note": "typo fixed in a heading: 안정성 -> 안전성 (no new date)", "bump": False,
     "repl": [("## 11. 개인정보의 안정성 확보 조치", "## 11. 개인정보의 안전성 확보 조치")]},
    {"note": "processor added: virtual (safe) phone-number relay",
     "repl": [("| ㈜메시징허브 | 알림톡 및 문자메시지 발송 |",
               "| ㈜메시징허브 | 알림톡 및 문자메시지 발송 |\n| ㈜세이프콜 | 안심번호 발급 및 통화 중계 |")]},
    {"note": "ride-record retention extended from 6 months to 1 year",
     "repl": [("- 운행 기록: 운행 완료 후 6개월", "- 운행 기록: 운행 완료 후 1년(안전사고 및 분쟁 대응)")]},
    {"note": "new privacy officer (name and title) and customer-centre hours",
     "repl": [("- 개인정보 보호책임자: 김민준(정보보호실장)", "- 개인정보 보호책임자: 박서연(개인정보보호실장)"),
              ("- 고객센터: 1599-3030(평일 09:00~18:00)", "- 고객센터: 1599-3030(연중무휴 09:00~21:00)")]},
    {"note": "new section 14 on pseudonymised data; 'changes' renumbered to 15",
     "repl": [("## 14. 개인정보 처리방침의 변경",
               "## 14. 가명정보의 처리\n\n"
               "회사는 통계작성, 과학적 연구 등을 위하여 수집한 개인정보를 특정 개인을 알아볼 수 없도록 "
               "가명처리하여 이용할 수 있습니다. 가명정보는 원래의 상태로 복원하기 위한 추가 정보와 분리하여 "
               "보관하며, 운행 수요 예측 및 배차 품질 개선을 위한 통계 작성에만 이용합니다.\n\n"
               "- 처리 목적: 지역별·시간대별 택시 수요 예측, 배차 알고리즘 개선\n"
               "- 처리 항목: 출발지·도착지(행정동 단위), 호출 시각, 운행 거리 및 요금\n"
               "- 보유 기간: 가명처리 후 3년\n\n"
               "## 15. 개인정보 처리방침의 변경")]},
]

OLD_VERSIONS = [dt.date(2021, 9, 1), dt.date(2020, 8, 5), dt.date(2019, 3, 11)]
_SEEN = []


def noise(rng, when, i, prev):
    prev = prev or {}
    st = {}

    def build():
        return {"main": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                "polyfills": "FFHWD4ZT", "styles": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                "chunk": C.alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                "ng": [rng.randint(1000000000, 4294967295) for _ in range(5)],
                "ngver": rng.choice(["17.3.4", "17.3.8", "17.3.12"])}
    st["build"] = C.keep_or(rng, prev.get("build"), 0.3, build)
    st["transfer"] = (C.iso(when + dt.timedelta(milliseconds=rng.randint(0, 900))), C.uuid4(rng))
    return st


LABELS = {"build": "deployment: esbuild chunk hashes, _ngcontent/_nghost component ids (also inside the article)",
          "transfer": "ng-state transfer cache (servedAt, request id)"}


def render(st, blocks, when):
    b = st["build"]
    host, cont, hh, hc, fh = ["ng-c%d" % x for x in b["ng"]]
    title = blocks[0][1]
    head, secs = C.split_sections(blocks[1:])
    m = re.search(r"(\d{4})년 (\d{1,2})월 (\d{1,2})일부터 적용", blocks[-1][1])
    cur = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if cur not in _SEEN:
        _SEEN.append(cur)
    versions = sorted(set(_SEEN) | set(OLD_VERSIONS), reverse=True)
    opts = "".join('<option _ngcontent-%s="" value="%s"%s>%s%s</option>' % (
        cont, d.isoformat(), ' selected=""' if d == cur else "", d.strftime("%Y.%m.%d"),
        " (현재)" if d == cur else "") for d in versions if d <= cur)
    intro = "".join(C.block_html(x) for x in head)
    sec_html = []
    for n, (h, bl) in enumerate(secs):
        inner = "".join(C.block_html(x) for x in bl)
        sec_html.append('<section _ngcontent-%s="" class="policy-section" id="section-%d"><h2 _ngcontent-%s="" '
                        'class="policy-section__title">%s</h2><div _ngcontent-%s="" class="policy-section__body">'
                        '%s</div></section>' % (cont, n + 1, cont, html.escape(h), cont, inner))
    served, rid = st["transfer"]
    api = {"policyType": "PRIVACY", "locale": "ko", "version": cur.isoformat(), "title": title,
           "sections": [{"title": h, "html": "".join(C.block_html(x) for x in bl)} for h, bl in secs],
           "intro": intro, "servedAt": served}
    state = {"3120587723": {"b": api, "h": {"x-request-id": rid}, "s": 200, "st": "OK",
                            "u": "https://api.tagotaxi.co.kr/v2/policies/privacy?locale=ko", "rt": "json"},
             "__nghData__": [{"t": {"2": "t0"}, "c": {"2": [{"i": "t0", "r": 1}]}}, {}, {"c": {"4": []}}]}
    state_js = json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C").replace(
        ">", "\\u003E").replace("&", "\\u0026")
    return """<!DOCTYPE html><html lang="ko"><head>
  <meta charset="utf-8">
  <title>%(title)s | 타고택시</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="타고택시 개인정보 처리방침">
  <meta property="og:title" content="%(title)s | 타고택시">
  <meta property="og:image" content="https://www.tagotaxi.co.kr/assets/og/og-default.png">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="preconnect" href="https://cdn.jsdelivr.net">
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/gh/orioncactus/pretendard@v1.3.9/dist/web/static/pretendard.min.css">
<style>html,body{margin:0;font-family:Pretendard,-apple-system,BlinkMacSystemFont,system-ui,sans-serif;color:#1b1d1f}</style><link rel="stylesheet" href="styles-%(styles)s.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles-%(styles)s.css"></noscript><link rel="modulepreload" href="chunk-%(chunk)s.js"><style ng-app-id="ng">.policy[_ngcontent-%(cont)s]{max-width:880px;margin:0 auto;padding:48px 20px 96px}.policy__header[_ngcontent-%(cont)s]{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #1b1d1f;padding-bottom:16px}.policy-section[_ngcontent-%(cont)s]{margin-top:40px}.policy-section__title[_ngcontent-%(cont)s]{font-size:20px;font-weight:700}.policy-section__body[_ngcontent-%(cont)s]  table{width:100%%;border-collapse:collapse}</style><style ng-app-id="ng">.header[_ngcontent-%(hc)s]{position:sticky;top:0;background:#fff;z-index:10;height:64px}</style></head>
<body><!--nghm--><script type="text/javascript" id="ng-event-dispatch-contract"></script>
  <app-root _nghost-%(host)s="" ng-version="%(ngver)s" ngh="2" ng-server-context="ssr"><app-header _ngcontent-%(host)s="" _nghost-%(hh)s="" ngh="0"><header _ngcontent-%(hc)s="" class="header"><div _ngcontent-%(hc)s="" class="header__inner"><a _ngcontent-%(hc)s="" routerlink="/" class="header__logo" href="/"><img _ngcontent-%(hc)s="" src="assets/img/logo-tago.svg" alt="타고택시" width="112" height="28"></a><nav _ngcontent-%(hc)s="" class="header__nav"><a _ngcontent-%(hc)s="" routerlink="/service" href="/service">서비스 소개</a><a _ngcontent-%(hc)s="" routerlink="/driver" href="/driver">기사 모집</a><a _ngcontent-%(hc)s="" routerlink="/notice" href="/notice">공지사항</a><a _ngcontent-%(hc)s="" routerlink="/support" href="/support">고객센터</a></nav><a _ngcontent-%(hc)s="" class="header__cta" href="https://tagotaxi.onelink.me/q8Zt/web">앱 다운로드</a></div></header></app-header><router-outlet _ngcontent-%(host)s=""></router-outlet><app-policy-page _nghost-%(cont)s="" ngh="1"><article _ngcontent-%(cont)s="" class="policy"><header _ngcontent-%(cont)s="" class="policy__header"><h1 _ngcontent-%(cont)s="" class="policy__title">%(title)s</h1><div _ngcontent-%(cont)s="" class="policy__version"><label _ngcontent-%(cont)s="" for="policy-version">이전 개인정보 처리방침</label><select _ngcontent-%(cont)s="" id="policy-version" class="policy__select">%(opts)s<!--container--></select></div></header><div _ngcontent-%(cont)s="" class="policy__intro">%(intro)s</div><div _ngcontent-%(cont)s="" class="policy__content">%(secs)s<!--container--></div></article></app-policy-page><!--container--><app-footer _ngcontent-%(host)s="" _nghost-%(fh)s="" ngh="0"><footer _ngcontent-%(fh)s="" class="footer"><div _ngcontent-%(fh)s="" class="footer__links"><a _ngcontent-%(fh)s="" href="/terms/service">서비스 이용약관</a><a _ngcontent-%(fh)s="" href="/terms/location">위치기반서비스 이용약관</a><a _ngcontent-%(fh)s="" href="/terms/privacy" class="is-strong">개인정보 처리방침</a></div><address _ngcontent-%(fh)s="" class="footer__company">㈜타고모빌리티 · 대표이사 이정훈 · 서울특별시 성동구 왕십리로 58, 9층 · 사업자등록번호 214-88-30517 · 통신판매업신고 2019-서울성동-01482 · 위치기반서비스사업 신고 제2019-0117호</address><p _ngcontent-%(fh)s="" class="footer__copy">© TAGO Mobility Corp. All rights reserved.</p></div></footer></app-footer></app-root>
<script src="polyfills-%(polyfills)s.js" type="module"></script><script src="main-%(main)s.js" type="module"></script>

<script id="ng-state" type="application/json">%(state)s</script></body></html>""" % {
        "title": html.escape(title), "styles": b["styles"], "chunk": b["chunk"], "main": b["main"],
        "polyfills": b["polyfills"], "ngver": b["ngver"], "host": host, "cont": cont, "hh": hh, "hc": hc,
        "fh": fh, "opts": opts, "intro": intro, "secs": "".join(sec_html), "state": state_js}


PAGE = {
    "service": "TAGO Taxi",
    "url": URL,
    "lang": "ko",
    "platform": "Angular 17 SSR with hydration (@angular/ssr), policy from a terms API",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("X-Powered-By", "Express"), ("Cache-Control", "no-cache"), ("Vary", "Accept-Encoding")),
    "n": 31,
    "start": dt.date(2022, 3, 1),
    "end": dt.date(2025, 2, 28),
    "hours": (0, 12),
    "policy": POLICY,
    "first_updated": dt.date(2022, 1, 17),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "article.policy", "remove": [".policy__version"]},
}
