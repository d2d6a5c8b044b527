"""Korean running and fitness-tracking app's help centre on Zendesk Guide (Copenhagen theme). Fairly clean: the
CSRF token per visit, the article's vote counts, the "updated" stamp (also moved by re-saves without text change),
the theming digest; all outside the declared `.article-title` and `.article-body`."""
import datetime as dt
import html
import re

import common as C

POLICY = """# 개인정보 처리방침

주식회사 런메이트(이하 '회사')는 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다. 이 처리방침은 회사가 제공하는 런메이트 모바일 앱, 웹사이트 및 스마트워치 연동 서비스(이하 '서비스')에 적용됩니다.

## 제1조 (개인정보의 처리 목적)

회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 별도의 동의를 받는 등 필요한 조치를 이행할 예정입니다.

- 회원 가입 및 관리: 회원제 서비스 이용에 따른 본인 식별·인증, 회원자격 유지·관리, 서비스 부정이용 방지, 각종 고지·통지
- 서비스 제공: 러닝·걷기·자전거 활동 기록, 심박수 및 페이스 분석, 맞춤형 훈련 계획 제공, 챌린지 및 크루 기능 제공
- 유료 서비스 결제: 런메이트 플러스 구독 결제 및 환불 처리
- 마케팅 및 광고 활용: 이벤트 및 혜택 안내, 서비스 이용 통계 분석 (별도 동의한 회원에 한함)

## 제2조 (처리하는 개인정보의 항목)

| 구분 | 수집 항목 | 수집 방법 |
| 필수 | 이메일 주소, 비밀번호, 닉네임, 생년월일, 성별 | 회원 가입 시 직접 입력 |
| 선택 | 키, 몸무게, 프로필 사진, 목표 거리 | 프로필 설정 시 직접 입력 |
| 활동 정보 | GPS 위치 기록, 이동 거리, 시간, 페이스, 심박수, 걸음 수 | 앱 및 연동 기기를 통한 자동 수집 |
| 결제 정보 | 결제 수단 종류, 결제 일시, 구독 상태 | 앱 마켓 결제 시 수집 |
| 자동 수집 | 기기 모델, OS 버전, 광고 식별자, 접속 로그, IP 주소 | 서비스 이용 과정에서 자동 생성 |

심박수 등 건강 관련 정보는 정보주체의 별도 동의를 받은 경우에만 수집하며, 동의하지 않아도 기본적인 활동 기록 서비스는 이용할 수 있습니다.

## 제3조 (개인정보의 처리 및 보유 기간)

회사는 회원 탈퇴 시 지체 없이 개인정보를 파기합니다. 다만, 관계 법령에 따라 보존할 필요가 있는 경우 아래와 같이 보관합니다.

- 계약 또는 청약철회 등에 관한 기록: 5년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 대금결제 및 재화 등의 공급에 관한 기록: 5년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 소비자의 불만 또는 분쟁처리에 관한 기록: 3년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 서비스 접속 기록: 3개월 (통신비밀보호법)

1년 이상 서비스를 이용하지 않은 회원의 개인정보는 다른 회원의 개인정보와 분리하여 별도로 저장·관리합니다.

## 제4조 (개인정보의 제3자 제공)

회사는 정보주체의 개인정보를 제1조에서 명시한 범위 내에서만 처리하며, 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다. 회원이 크루 기능에서 활동 기록을 공개로 설정한 경우, 해당 기록은 같은 크루의 회원에게 공개됩니다.

## 제5조 (개인정보 처리의 위탁)

회사는 원활한 서비스 제공을 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.

| 수탁업체 | 위탁 업무 내용 |
| Amazon Web Services, Inc. | 클라우드 서버 운영 및 데이터 보관 |
| 주식회사 카카오 | 카카오 알림톡 발송 |
| Braze, Inc. | 앱 푸시 알림 및 이메일 발송 |
| Zendesk, Inc. | 고객 문의 응대 및 상담 이력 관리 |

## 제6조 (개인정보의 국외 이전)

회사는 서비스 제공을 위하여 아래와 같이 개인정보를 국외로 이전하고 있습니다. 이전되는 항목은 제2조의 수집 항목 중 서비스 제공에 필요한 정보이며, 이전 일시 및 방법은 서비스 이용 시 네트워크를 통한 전송입니다. 국외 이전을 원하지 않는 경우 회원 탈퇴를 통해 거부할 수 있으나, 이 경우 서비스 이용이 제한됩니다.

- Amazon Web Services, Inc. (미국, 서버 소재지: 일본 도쿄 리전) - 보유 기간: 회원 탈퇴 시 또는 위탁 계약 종료 시까지
- Braze, Inc. (미국) - 보유 기간: 회원 탈퇴 시까지
- Zendesk, Inc. (미국) - 보유 기간: 문의 처리 완료 후 3년

## 제7조 (개인정보의 파기 절차 및 방법)

회사는 개인정보 보유기간의 경과, 처리목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체 없이 해당 개인정보를 파기합니다. 전자적 파일 형태의 정보는 복구 및 재생할 수 없는 기술적 방법을 사용하여 삭제하며, 종이에 출력된 개인정보는 분쇄기로 분쇄하거나 소각하여 파기합니다.

## 제8조 (정보주체의 권리·의무 및 행사방법)

정보주체는 회사에 대해 언제든지 개인정보 열람·정정·삭제·처리정지 요구 등의 권리를 행사할 수 있습니다. 권리 행사는 앱의 [설정 > 계정 관리] 메뉴 또는 고객센터 이메일(privacy@runmate.co.kr)을 통하여 하실 수 있으며, 회사는 이에 대해 지체 없이 조치하겠습니다. 만 14세 미만 아동은 서비스에 가입할 수 없습니다.

## 제9조 (개인정보의 안전성 확보조치)

- 관리적 조치: 내부관리계획 수립·시행, 개인정보 취급 직원의 최소화 및 정기적 교육
- 기술적 조치: 개인정보처리시스템 접근권한 관리, 접근통제시스템 설치, 비밀번호 및 고유식별정보 암호화, 보안프로그램 설치
- 물리적 조치: 전산실 및 자료보관실 접근통제

## 제10조 (개인정보 자동 수집 장치의 설치·운영 및 거부)

회사는 웹사이트 이용 분석을 위해 쿠키를 사용하며, 앱에서는 광고 식별자(ADID/IDFA)를 이용합니다. 이용자는 웹 브라우저의 설정에서 쿠키 저장을 거부하거나, 휴대전화의 설정 메뉴에서 광고 식별자 사용을 제한할 수 있습니다.

## 제11조 (개인정보 보호책임자)

회사는 개인정보 처리에 관한 업무를 총괄해서 책임지고, 개인정보 처리와 관련한 정보주체의 불만처리 및 피해구제 등을 위하여 아래와 같이 개인정보 보호책임자를 지정하고 있습니다.

@ 개인정보 보호책임자: 박지훈 (CTO)
@ 연락처: 02-6952-3381
@ 이메일: privacy@runmate.co.kr
@ 주소: 서울특별시 성동구 성수이로 113, 7층 (성수동2가)

## 제12조 (권익침해 구제방법)

정보주체는 개인정보침해로 인한 구제를 받기 위하여 아래 기관에 분쟁해결이나 상담 등을 신청할 수 있습니다.

- 개인정보분쟁조정위원회: (국번없이) 1833-6972 (www.kopico.go.kr)
- 개인정보침해신고센터: (국번없이) 118 (privacy.kisa.or.kr)
- 대검찰청: (국번없이) 1301 (www.spo.go.kr)
- 경찰청: (국번없이) 182 (ecrm.cyber.go.kr)

## 제13조 (개인정보 처리방침의 변경)

이 개인정보 처리방침은 {UPDATED}부터 적용됩니다. 이전의 개인정보 처리방침은 고객센터의 '지난 처리방침' 문서에서 확인하실 수 있습니다."""

EDITS = [
    {"note": "new processor row (Sendbird, crew chat)",
     "repl": [("| Zendesk, Inc. | 고객 문의 응대 및 상담 이력 관리 |",
               "| Zendesk, Inc. | 고객 문의 응대 및 상담 이력 관리 |\n| Sendbird, Inc. | 크루 채팅 메시지 전송 및 보관 |")]},
    {"note": "DPO phone number changed", "repl": [("@ 연락처: 02-6952-3381", "@ 연락처: 02-6952-3390")]},
    {"note": "dormant-account period sentence rewritten (1 year -> deletion after 2 years)",
     "repl": [("1년 이상 서비스를 이용하지 않은 회원의 개인정보는 다른 회원의 개인정보와 분리하여 별도로 저장·관리합니다.",
               "2년 이상 서비스를 이용하지 않은 회원에게는 30일 전에 이메일로 알린 후 계정을 삭제하고 개인정보를 파기합니다.")]},
    {"note": "Apple Health / Health Connect sentence added to item 2",
     "repl": [("동의하지 않아도 기본적인 활동 기록 서비스는 이용할 수 있습니다.",
               "동의하지 않아도 기본적인 활동 기록 서비스는 이용할 수 있습니다. Apple 건강 앱 또는 Health Connect와 "
               "연동하는 경우, 회원이 허용한 항목만 읽어 오며 해당 정보를 광고 목적으로 이용하지 않습니다.")]},
    {"note": "typo: 전산실 -> 전산실, 서버실 (word inserted), no date bump", "bump": False,
     "repl": [("- 물리적 조치: 전산실 및 자료보관실 접근통제", "- 물리적 조치: 전산실, 서버실 및 자료보관실 접근통제")]},
]


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


def noise(rng, when, i, prev):
    prev = prev or {}
    base = prev.get("votes", (41, 57))
    up, tot = base
    add = rng.randint(0, 9)
    votes = (up + rng.randint(0, add), tot + add)
    resave = C.keep_or(rng, prev.get("resaved"), 0.12,
                       lambda: C.iso(when - dt.timedelta(hours=rng.randint(2, 300))))
    digest = C.keep_or(rng, prev.get("digest"), 0.15, lambda: "%d" % rng.randint(10 ** 13, 10 ** 14 - 1))
    return {"csrf": C.b64tok(rng, 64), "votes": votes, "resaved": resave if prev else None, "digest": digest}


LABELS = {"csrf": "csrf-token meta", "votes": "article vote counts", "resaved": "article re-saved (updated stamp)",
          "digest": "theming assets digest"}


def render(state, blocks, when):
    title = blocks[0][1]
    body = []
    for n, (kind, v) in enumerate(blocks[1:]):
        if kind == "h2":
            body.append('<h2 id="h_01H%s">%s</h2>' % (C.det_sha("h", v)[:23].upper(), C.inline_html(v)))
        elif kind == "table":
            head = "".join('<td style="width: %d%%;"><strong>%s</strong></td>' % (100 // len(v[0]), C.inline_html(x))
                           for x in v[0])
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(x) for x in r) for r in v[1:])
            body.append('<table style="border-collapse: collapse; width: 100%%;" border="1"><tbody><tr>%s</tr>%s'
                        '</tbody></table>' % (head, rows))
        elif kind == "addr":
            body.append("<p>%s</p>" % "<br>".join(C.inline_html(x) for x in v))
        else:
            body.append(C.block_html((kind, v)))
    txt = " ".join(b[1] for b in blocks if b[0] == "p")
    m = re.findall(r"(\d{4})년 (\d{1,2})월 (\d{1,2})일부터", txt)
    eff = dt.datetime(*map(int, m[-1])) + dt.timedelta(hours=1, minutes=17)
    stamp = eff
    if state.get("resaved"):
        rs = dt.datetime.strptime(state["resaved"], "%Y-%m-%dT%H:%M:%SZ")
        stamp = max(stamp, rs)
    stamp_s = C.iso(stamp)
    up, tot = state["votes"]
    dg = state["digest"]
    return """<!DOCTYPE html>
<html dir="ltr" lang="ko">
<head>
  <meta charset="utf-8" />
  <!-- v26935 -->
  <title>개인정보 처리방침 &ndash; 런메이트 고객센터</title>
  <meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="%s">
  <link rel="canonical" href="https://help.runmate.co.kr/hc/ko/articles/4412087653913-%%EA%%B0%%9C%%EC%%9D%%B8%%EC%%A0%%95%%EB%%B3%%B4-%%EC%%B2%%98%%EB%%A6%%AC%%EB%%B0%%A9%%EC%%B9%%A8">
  <meta property="og:image" content="https://help.runmate.co.kr/hc/theming_assets/01HM3KQ7Z9D2N8W4X6C1B5V0TA">
<meta property="og:type" content="website">
<meta property="og:site_name" content="런메이트 고객센터">
<meta property="og:title" content="개인정보 처리방침">
<meta property="og:url" content="https://help.runmate.co.kr/hc/ko/articles/4412087653913">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-f34d73e002337ab267a13449ad9d7955.css" media="all" id="stylesheet" />
<link rel="stylesheet" type="text/css" href="/hc/theming_assets/2341877/360001844213/style.css?digest=%s">
<link rel="icon" type="image/x-icon" href="/hc/theming_assets/01HM3KQ9C4F7H2J8K0L3M6N9PB">
<script src="//static.zdassets.com/hc/assets/jquery-ed472032c65bb4295993684c673d706a.js"></script>
    <meta content="width=device-width, initial-scale=1.0" name="viewport" />
<script type="text/javascript" src="/hc/theming_assets/2341877/360001844213/script.js?digest=%s"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8QZ2LMX4RT"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-8QZ2LMX4RT');</script>
</head>
<body class="">
  <a class="skip-navigation" tabindex="1" href="#main-content">주요 콘텐츠로 건너뛰기</a>
<header class="header">
  <div class="logo">
    <a title="홈" href="/hc/ko">
      <img src="/hc/theming_assets/01HM3KQ8N1P5R7T9V2X4Z6B8DC" alt="런메이트 고객센터 헬프 센터 홈 페이지" />
      <span aria-hidden="true">런메이트 고객센터</span>
    </a>
  </div>
  <div class="nav-wrapper-desktop">
    <nav class="user-nav" id="user-nav" aria-label="사용자 탐색 메뉴">
      <ul class="user-nav-list">
        <li><a href="https://runmate.co.kr">런메이트 홈</a></li>
        <li><a class="submit-a-request" href="/hc/ko/requests/new">문의 등록</a></li>
      </ul>
    </nav>
      <a class="sign-in" rel="nofollow" data-auth-action="signin" title="대화 상자를 엽니다" role="button" href="/hc/ko/signin?return_to=https%%3A%%2F%%2Fhelp.runmate.co.kr%%2Fhc%%2Fko%%2Farticles%%2F4412087653913">로그인</a>
  </div>
</header>
  <main role="main">
    <div class="container-divider"></div>
<div class="container">
  <div class="sub-nav">
    <nav aria-label="현재 위치" class="sub-nav-inner">
  <ol class="breadcrumbs">
      <li title="런메이트 고객센터"><a href="/hc/ko">런메이트 고객센터</a></li>
      <li title="약관 및 정책"><a href="/hc/ko/categories/4409562231705-%%EC%%95%%BD%%EA%%B4%%80-%%EB%%B0%%8F-%%EC%%A0%%95%%EC%%B1%%85">약관 및 정책</a></li>
      <li title="개인정보"><a href="/hc/ko/sections/4409562286233-%%EA%%B0%%9C%%EC%%9D%%B8%%EC%%A0%%95%%EB%%B3%%B4">개인정보</a></li>
  </ol>
</nav>
    <div class="search-container">
      <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon" aria-hidden="true"><circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"/><path stroke="currentColor" stroke-linecap="round" d="M11 11L7.5 7.5"/></svg>
      <form role="search" class="search" data-search="" action="/hc/ko/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="검색" autocomplete="off" aria-label="검색" /></form>
    </div>
  </div>
  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
        <div class="collapsible-sidebar">
          <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
          <h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">이 섹션의 문서</h2>
          <div class="collapsible-sidebar-body">
            <ul>
                <li><a href="/hc/ko/articles/4412087653913" class="sidenav-item current-article">개인정보 처리방침</a></li>
                <li><a href="/hc/ko/articles/4412091127449" class="sidenav-item ">위치기반서비스 이용약관</a></li>
                <li><a href="/hc/ko/articles/4412093318041" class="sidenav-item ">지난 처리방침</a></li>
                <li><a href="/hc/ko/articles/4412095533337" class="sidenav-item ">계정 삭제 방법</a></li>
            </ul>
          </div>
        </div>
    </aside>
    <article id="main-content" class="article">
      <header class="article-header">
        <h1 title="%s" class="article-title">
          %s
        </h1>
        <div class="article-author">
            <div class="avatar article-avatar">
              <img src="https://help.runmate.co.kr/system/photos/4410187654321/profile.png" alt="" class="user-avatar"/>
            </div>
          <div class="article-meta">
            런메이트 운영팀
            <ul class="meta-group">
                <li class="meta-data"><time datetime="%s" title="%s" data-datetime="relative">%s</time></li>
                <li class="meta-data">업데이트됨</li>
            </ul>
          </div>
        </div>
      </header>
      <section class="article-info">
        <div class="article-content">
          <div class="article-body">%s</div>
        </div>
      </section>
      <footer>
        <div class="article-footer">
            <div class="article-share">
  <ul class="share">
    <li><a href="https://www.facebook.com/share.php?title=%%EA%%B0%%9C%%EC%%9D%%B8%%EC%%A0%%95%%EB%%B3%%B4+%%EC%%B2%%98%%EB%%A6%%AC%%EB%%B0%%A9%%EC%%B9%%A8&u=https%%3A%%2F%%2Fhelp.runmate.co.kr%%2Fhc%%2Fko%%2Farticles%%2F4412087653913" class="share-facebook" aria-label="Facebook">Facebook</a></li>
    <li><a href="https://twitter.com/share?lang=ko&text=%%EA%%B0%%9C%%EC%%9D%%B8%%EC%%A0%%95%%EB%%B3%%B4&url=https%%3A%%2F%%2Fhelp.runmate.co.kr%%2Fhc%%2Fko%%2Farticles%%2F4412087653913" class="share-twitter" aria-label="X Corp">X Corp</a></li>
  </ul>
</div>
        </div>
          <div class="article-votes">
            <h2 class="article-votes-question" id="article-votes-label">이 문서가 도움이 되었습니까?</h2>
            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
              <button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="이 문서가 도움이 되었습니다" aria-pressed="false">네</button>
              <button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="이 문서가 도움이 되지 않았습니다" aria-pressed="false">아니요</button>
            </div>
            <small class="article-votes-count">
              <span class="article-vote-label">%d명 중 %d명이 도움이 되었다고 했습니다.</span>
            </small>
          </div>
        <div class="article-more-questions">
          궁금한 점이 더 있으신가요? <a href="/hc/ko/requests/new">문의 등록</a>
        </div>
        <div class="article-return-to-top">
          <a href="#article-container">맨 위로 이동<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="article-return-to-top-icon" aria-hidden="true"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 9l4.65-4.65c.2-.2.51-.2.71 0L13 9"/></svg></a>
        </div>
      </footer>
      <div class="article-relatives">
          <div data-recent-articles></div>
          <section class="related-articles">
    <h2 class="related-articles-title">관련 문서</h2>
    <ul>
        <li><a href="/hc/ko/related/click?data=BAh7CjobZGVzdGluYXRpb25fYXJ0aWNsZV9pZGwrCJnR" rel="nofollow">위치기반서비스 이용약관</a></li>
        <li><a href="/hc/ko/related/click?data=BAh7CjobZGVzdGluYXRpb25fYXJ0aWNsZV9pZGwrCBm2" rel="nofollow">계정 삭제 방법</a></li>
    </ul>
  </section>
      </div>
    </article>
  </div>
</div>
  </main>
<footer class="footer">
  <div class="footer-inner">
    <a title="홈" href="/hc/ko">런메이트 고객센터</a>
    <div class="footer-language-selector">주식회사 런메이트 | 사업자등록번호 214-88-61032 | 통신판매업신고 2021-서울성동-01742</div>
  </div>
</footer>
  <!-- / -->
  <script src="//static.zdassets.com/hc/assets/ko.2a7c15f3e1b84d2a0c5e.js"></script>
  <script type="text/javascript">
  /*
    The following is a work-around for the missing translations.
  */
  HelpCenter = {};
  HelpCenter.account = {"subdomain":"runmate","environment":"production","name":"런메이트"};
  HelpCenter.user = {"identifier":"da39a3ee5e6b4b0d3255bfef95601890afd80709","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]};
  HelpCenter.internal = {"asset_url":"//static.zdassets.com/hc/assets/","web_widget_asset_composer_url":"https://static.zdassets.com/ekr/snippet.js","current_session":{"locale":"ko","csrf_token":null,"shared_csrf_token":null},"usage_tracking":{"event":"article_viewed","data":"BAh7CDoLbG9jYWxlSSIHa28GOgZFVDoPYXJ0aWNsZV9pZGwrCJkL","url":"https://help.runmate.co.kr/hc/activity"},"current_record_id":"4412087653913","current_record_url":"/hc/ko/articles/4412087653913","current_record_title":"개인정보 처리방침","search_results":[],"current_text_direction":"ltr","current_brand_id":360001844213,"current_brand_name":"런메이트","current_brand_url":"https://runmate.zendesk.com","current_brand_active":true,"current_path":"/hc/ko/articles/4412087653913","show_autocomplete_breadcrumbs":true,"user_info_changing_enabled":false,"has_user_profiles_enabled":false,"has_end_user_attachments":true,"user_aliases_enabled":false,"has_anonymous_kb_voting":false,"has_multi_language_help_center":false,"show_at_mentions":false,"embeddables_config":{"embeddables_web_widget":false,"embeddables_connect_ipms":false},"answer_bot_subdomain":"static","gather_plan_state":"subscribed","has_article_verification":false,"has_gather":true,"has_ckeditor":false,"has_community_enabled":false,"has_community_badges":false,"has_community_post_content_tagging":false,"has_gather_content_tags":false,"has_guide_content_tags":true,"has_user_segments":true,"has_answer_bot_web_form_enabled":false,"has_garden_modals":false,"theming_cookie_key":"hc-da39a3ee5e6b4b0d3255bfef95601890afd80709-2-preview","is_preview":false,"has_search_settings_in_plan":true,"theming_api_version":2,"theming_settings":{"brand_color":"#FF5A1F","brand_text_color":"#FFFFFF","text_color":"#2F3941","link_color":"#E04A12","visited_link_color":"#9358d4","background_color":"#FFFFFF","heading_font":"-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif","text_font":"-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif","logo":"/hc/theming_assets/01HM3KQ8N1P5R7T9V2X4Z6B8DC","show_brand_name":true,"favicon":"/hc/theming_assets/01HM3KQ9C4F7H2J8K0L3M6N9PB","homepage_background_image":"/hc/theming_assets/01HM3KQAB7D1F3H5J7K9M1P3RT","community_background_image":"/hc/theming_assets/01HM3KQBE2G4J6L8N0Q2S4U6WY","community_image":"/hc/theming_assets/01HM3KQCF5H7K9M1P3R5T7V9XZ","instant_search":true,"scoped_kb_search":true,"scoped_community_search":true,"show_recent_activity":false,"show_articles_in_section":true,"show_article_author":true,"show_article_comments":false,"show_follow_article":false,"show_recently_viewed_articles":true,"show_related_articles":true,"show_article_sharing":true,"show_follow_section":false,"show_follow_post":false,"show_post_sharing":true,"show_follow_topic":false},"has_pci_credit_card_custom_field":false,"help_center_restricted":false,"is_assuming_someone_else":false,"flash_messages":[],"user_photo_editing_enabled":true,"user_preferred_locale":"ko","base_locale":"ko","login_url":"https://runmate.zendesk.com/access?brand_id=360001844213\\u0026return_to=https%%3A%%2F%%2Fhelp.runmate.co.kr%%2Fhc%%2Fko%%2Farticles%%2F4412087653913","has_alternate_templates":false,"has_custom_statuses_enabled":false,"has_hc_generative_answers_setting_enabled":false,"has_generative_search_with_zgpt_enabled":false,"has_suggested_initial_questions_enabled":false,"has_guide_service_catalog":false,"has_service_catalog_search_poc":false,"has_service_catalog_itam":false,"has_csat_reverse_2_scale_in_mobile":false,"has_knowledge_navigation":false,"has_unified_navigation":false,"has_csat_bet365_branding":false,"version":"v26935","dev_mode":false};
</script>
  <script src="//static.zdassets.com/hc/assets/hc_enduser-3f0c26a0a8b4e1f1b9d2.js"></script>
</body>
</html>
""" % (state["csrf"], dg, dg, html.escape(title), C.inline_html(title), stamp_s,
       stamp.strftime("%Y-%m-%d %H:%M"), stamp.strftime("%Y년 %-m월 %-d일 %H:%M"), "\n".join(body), tot, up)


PAGE = {
    "service": "RunMate",
    "url": "https://help.runmate.co.kr/hc/ko/articles/4412087653913",
    "lang": "ko",
    "platform": "Zendesk Guide (Copenhagen theme)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "cloudflare"), ("X-Zendesk-Origin-Server", "app-server"),
                      ("Cache-Control", "max-age=0, public"), ("Content-Language", "ko")),
    "n": 31,
    "start": dt.date(2022, 6, 1),
    "end": dt.date(2025, 3, 31),
    "hours": (0, 12, 15),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 2),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://help.runmate.co.kr/hc/ko/articles/4412087653913",
                    "select": [".article-title", ".article-body"]},
}
