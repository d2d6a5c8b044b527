"""Baro Rent-a-Car (바로렌터카, Jeju car rental) - ko-KR - Joomla 4 (Cassiopeia template, com_content article).

Inside .com-content-article: the article-info block (modified stamp that moves whenever the article is re-saved,
hits counter), a {loadmodule} custom module with live vehicle availability inside the article body, a "previous
versions" select the editor keeps below the text, and prev/next page navigation. joomla-script-options carries the
session csrf.token (also the name of the login form's hidden field); media version hashes change with Joomla
updates; a notice module above the component; specials and Jeju weather in the right sidebar."""
import datetime as dt
import re
import common as C

URL = "https://www.barorent.co.kr/ko/privacy-policy"


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


POLICY = """
# 개인정보처리방침

시행일: {UPDATED}

바로렌터카 주식회사(이하 "회사")는 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 다음과 같이 개인정보 처리방침을 수립·공개합니다.

## 제1조 (개인정보의 처리 목적)

회사는 다음의 목적을 위하여 개인정보를 처리합니다.

- 차량 대여 예약 및 계약 체결, 대여 요금 결제
- 운전자 자격 확인 및 사고 처리
- 고객 문의 응대 및 불만 처리
- 이벤트 및 할인 혜택 안내(동의한 경우에 한함)

## 제2조 (처리하는 개인정보의 항목)

회사는 예약 시 성명, 생년월일, 휴대전화번호, 이메일 주소, 운전면허 번호 및 면허 종류, 결제 정보를 수집합니다.

## 제3조 (개인정보의 처리 및 보유 기간)

| 구분 | 보유 기간 | 근거 |
| 계약 또는 청약철회 등에 관한 기록 | 5년 | 전자상거래 등에서의 소비자보호에 관한 법률 |
| 대금결제 및 재화 등의 공급에 관한 기록 | 5년 | 전자상거래 등에서의 소비자보호에 관한 법률 |
| 운전면허 정보 | 대여 종료 후 1년 | 사고 및 과태료 처리 |
| 웹사이트 방문 기록 | 3개월 | 통신비밀보호법 |

## 제4조 (개인정보 처리업무의 위탁)

| 수탁업체 | 위탁업무 내용 |
| 주식회사 케이지이니시스 | 결제 처리 |
| 엔에이치엔클라우드 주식회사 | 서버 운영 및 데이터 보관 |
| 주식회사 비즈엠 | 예약 안내 알림톡 및 문자 발송 |

## 제5조 (개인정보의 파기)

회사는 보유 기간이 경과하거나 처리 목적이 달성된 개인정보를 지체 없이 파기합니다. 전자적 파일은 복구할 수 없는 방법으로 삭제하며, 종이 문서는 분쇄하거나 소각합니다.

## 제6조 (정보주체의 권리·의무 및 행사방법)

정보주체는 회사에 대해 언제든지 개인정보 열람, 정정, 삭제, 처리정지 요구 등의 권리를 행사할 수 있습니다. 권리 행사는 고객센터(1588-7942) 또는 홈페이지 [1:1 문의](/ko/support/inquiry)를 통해 하실 수 있습니다.

## 제7조 (개인정보 보호책임자)

@ 개인정보 보호책임자: 김민수 (정보보안팀장)
@ 전화: 064-712-3456
@ 주소: 제주특별자치도 제주시 용담로 123 바로렌터카 본사
"""

EDITS = [
    {"note": "processing-outsourcing table: new row for Kakao Mobility (ride-hailing dispatch integration)",
     "repl": [("| 주식회사 비즈엠 | 예약 안내 알림톡 및 문자 발송 |",
               "| 주식회사 비즈엠 | 예약 안내 알림톡 및 문자 발송 |\n| 주식회사 카카오모빌리티 | 차량 호출 연동 및 배차 |")]},
    {"note": "retention table: driving-licence data kept 6 months instead of 1 year after the rental",
     "repl": [("| 운전면허 정보 | 대여 종료 후 1년 |", "| 운전면허 정보 | 대여 종료 후 6개월 |")]},
    {"note": "destruction article reworded: destruction log kept, outsourced shredding (date not bumped)", "bump": False,
     "repl": [("종이 문서는 분쇄하거나 소각합니다.",
               "종이 문서는 분쇄하거나 소각합니다. 파기한 개인정보의 항목과 일시는 파기 관리대장에 기록하여 보관합니다.")]},
    {"note": "new article 8 on vehicle location data (telematics) appended",
     "repl": [("@ 주소: 제주특별자치도 제주시 용담로 123 바로렌터카 본사",
               "@ 주소: 제주특별자치도 제주시 용담로 123 바로렌터카 본사\n\n## 제8조 (차량 위치정보의 처리)\n\n"
               "회사는 차량 도난 방지와 사고 대응을 위하여 대여 차량에 설치된 단말기로 차량의 위치정보를 수집합니다. 수집된 위치정보는 대여 종료 후 30일이 지나면 파기하며, 「위치정보의 보호 및 이용 등에 관한 법률」에 따라 처리합니다.")]},
    {"note": "privacy officer changed (name, title, phone)",
     "repl": [("@ 개인정보 보호책임자: 김민수 (정보보안팀장)\n@ 전화: 064-712-3456",
               "@ 개인정보 보호책임자: 이서연 (경영지원본부장)\n@ 전화: 064-712-3400")]},
]

CARS = [("모닝", 29000), ("아반떼", 39000), ("쏘나타", 49000), ("카니발", 89000), ("투싼", 59000), ("아이오닉 5", 69000), ("그랜저", 79000)]
SKY = ["맑음", "구름 많음", "흐림", "비", "눈", "강풍"]
NOTICES = ["추석 연휴 기간 공항 셔틀버스 운행 시간이 변경됩니다.", "제주공항 렌터카 하우스 이전 안내",
           "전기차 충전카드 무료 대여 이벤트", "태풍 북상으로 인한 예약 변경 수수료 면제 안내"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["token"] = C.hexs(rng, 32)
    s["hits"] = 8231 + i * 410 + rng.randint(0, 380)
    pm = prev.get("modified")
    s["modified"] = C.keep_or(rng, pm, 0.25, lambda: when - dt.timedelta(days=rng.randint(0, 25), minutes=rng.randint(0, 1440)))
    s["availability"] = (rng.randint(0, 9), rng.randint(0, 25), rng.randint(0, 12), "%02d:%02d" % ((when.hour + 9) % 24, when.minute))
    s["specials"] = C.keep_or(rng, prev.get("specials"), 0.7,
                              lambda: tuple((k, CARS[k][1] + rng.choice([-5000, 0, 0, 5000, 10000])) for k in rng.sample(range(len(CARS)), 3)))
    s["weather"] = (rng.randint(-1, 31), rng.randrange(len(SKY)))
    s["notice"] = C.keep_or(rng, prev.get("notice"), 0.4, lambda: None if rng.random() < 0.3 else rng.randrange(len(NOTICES)))
    s["mediaversion"] = C.keep_or(rng, prev.get("mediaversion"), 0.15, lambda: (C.hexs(rng, 32), C.hexs(rng, 40)))
    return s


LABELS = {
    "token": "session csrf.token (joomla-script-options, login form field name)",
    "hits": "article hits counter (article-info)",
    "modified": "article-info modified stamp (article re-saved; moves on saves with and without text changes)",
    "availability": "{loadmodule} live vehicle availability inside the article body",
    "specials": "'오늘의 특가' car prices in sidebar",
    "weather": "Jeju weather module",
    "notice": "notice module above the component",
    "mediaversion": "Joomla media version hashes (core updates)",
}


def render(s, blocks, when):
    tok = s["token"]
    mv, corev = s["mediaversion"]
    y, m, d = map(int, re.findall(r"\d+", blocks[1][1])[:3])
    saved = dt.datetime(y, m, d, 10, 12)
    if saved > s["modified"]:  # the article was saved when its text was last changed
        s["modified"] = saved
    mod = s["modified"]
    h1, rest = blocks[0], blocks[1:]
    updated = blocks[1][1].split(":", 1)[1].strip()
    body_blocks = []
    for b in rest:
        body_blocks.append(C.block_html(b, {"table": "table table-bordered"}))
    # the editor put the availability module after the first article
    first_h2 = [n for n, b in enumerate(rest) if b[0] == "h2"][1]
    small, mid, suv, at = s["availability"]
    avail = ('<div id="mod-custom131" class="mod-custom custom"><div class="rent-status"><p><strong>실시간 예약 현황</strong> '
             '(%s 기준)</p><p>제주공항점 잔여 차량: 경차 %d대 · 중형 %d대 · SUV %d대</p><p><a href="/ko/reservation">지금 예약하기</a></p></div></div>'
             % (at, small, mid, suv))
    body_blocks.insert(first_h2, avail)
    prev_versions = ('<div class="prev-versions"><label for="privacy-prev">이전 개인정보처리방침 보기</label>'
                     '<select id="privacy-prev" class="form-select" onchange="if(this.value)location.href=this.value">'
                     '<option value="">현재 버전 (%s 시행)</option><option value="/ko/privacy-policy-20200302">2020년 3월 2일 ~ 2020년 12월 31일</option>'
                     '<option value="/ko/privacy-policy-20190601">2019년 6월 1일 ~ 2020년 3월 1일</option></select></div>' % updated)
    article_body = "\n".join(body_blocks) + "\n" + prev_versions
    mstamp = mod.strftime("%Y-%m-%d")
    specials = "".join('<li><span class="car">%s</span> <span class="price">1일 %s원~</span></li>' % (CARS[k][0], "{:,}".format(p))
                       for k, p in s["specials"])
    t, sky = s["weather"]
    notice = "" if s["notice"] is None else (
        '<div class="grid-child container-top-a"><div class="top-a card "><div class="card-body"><div id="mod-custom118" class="mod-custom custom">'
        '<p class="notice"><span class="badge bg-danger">공지</span> %s</p></div></div></div></div>' % NOTICES[s["notice"]])
    return ('<!DOCTYPE html>\n<html lang="ko-kr" dir="ltr">\n<head>\n'
            '    <meta charset="utf-8">\n\t<meta name="author" content="Super User">\n\t<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '\t<meta name="description" content="바로렌터카 개인정보처리방침">\n\t<meta name="generator" content="Joomla! - Open Source Content Management">\n'
            '\t<title>개인정보처리방침 - 바로렌터카</title>\n'
            '\t<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">\n'
            '\t<link href="/media/system/css/joomla-fontawesome.min.css?%(mv)s" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?%(mv)s" rel="stylesheet"></noscript>\n'
            '\t<link href="/media/templates/site/cassiopeia/css/template.min.css?%(mv)s" rel="stylesheet">\n'
            '\t<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?%(mv)s" rel="stylesheet">\n'
            '\t<link href="/media/templates/site/cassiopeia/css/user.css?%(mv)s" rel="stylesheet">\n'
            '\t<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"오류","MESSAGE":"메시지","NOTICE":"알림","WARNING":"경고",'
            '"JCLOSE":"닫기","JOK":"확인","JOPEN":"열기"},"csrf.token":"%(tok)s","system.paths":{"root":"","rootFull":"https:\\/\\/www.barorent.co.kr\\/",'
            '"base":"","baseFull":"https:\\/\\/www.barorent.co.kr\\/"}}</script>\n'
            '\t<script src="/media/system/js/core.min.js?%(corev)s"></script>\n'
            '\t<script src="/media/templates/site/cassiopeia/js/template.min.js?%(mv)s" defer></script>\n'
            '\t<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"개인정보처리방침","dateModified":"%(miso)s"}</script>\n'
            '</head>\n\n<body class="site com_content wrapper-static view-article no-layout no-task itemid-134 has-sidebar-right">\n'
            '\t<header class="header container-header full-width">\n'
            '\t\t<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="https://www.barorent.co.kr/images/logo-baro.png" alt="바로렌터카" width="200" height="48"></a></div></div>\n'
            '\t\t<div class="grid-child container-nav"><ul class="mod-menu mod-list nav ">\n<li class="nav-item item-101 default"><a href="/ko/" >홈</a></li>'
            '<li class="nav-item item-112"><a href="/ko/reservation" >예약하기</a></li><li class="nav-item item-113"><a href="/ko/cars" >차량 안내</a></li>'
            '<li class="nav-item item-114"><a href="/ko/insurance" >보험 안내</a></li><li class="nav-item item-115"><a href="/ko/support" >고객센터</a></li>\n</ul>\n'
            '<div class="mod-languages"><ul class="lang-inline" dir="ltr"><li class="lang-active"><a aria-current="true" href="/ko/privacy-policy">한국어</a></li>'
            '<li><a href="/en/privacy-policy">English</a></li><li><a href="/zh/privacy-policy">中文</a></li></ul></div></div>\n'
            '\t</header>\n\t<div class="site-grid">\n%(notice)s'
            '\t\t<div class="grid-child container-component">\n'
            '\t\t\t<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">'
            '<li class="mod-breadcrumbs__here float-start">현재 위치: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item">'
            '<a itemprop="item" href="/ko/" class="pathway"><span itemprop="name">홈</span></a><meta itemprop="position" content="1"></li>'
            '<li aria-current="page" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item active">'
            '<span itemprop="name">개인정보처리방침</span><meta itemprop="position" content="2"></li></ol></nav>\n'
            '\t\t\t<div id="system-message-container" aria-live="polite"></div>\n'
            '\t\t\t<main>\n<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">\n'
            '\t<meta itemprop="inLanguage" content="ko-KR">\n\t\n\t<div class="page-header">\n\t\t<h1 itemprop="headline">\n\t\t\t%(h1)s\t\t</h1>\n\t</div>\n\t\n'
            '\t<dl class="article-info text-muted">\n\t\t<dt class="article-info-term">상세 정보</dt>\n'
            '\t\t<dd class="modified">\n\t<span class="icon-calendar icon-fw" aria-hidden="true"></span>\n'
            '\t<time datetime="%(miso)s" itemprop="dateModified">최종 수정일: %(mstamp)s</time>\n</dd>\n'
            '\t\t<dd class="hits">\n\t<span class="icon-eye icon-fw" aria-hidden="true"></span>\n'
            '\t<meta itemprop="interactionCount" content="UserPageVisits:%(hits)d">\n\t조회수: %(hits)d</dd>\n\t</dl>\n\t\n'
            '\t<div itemprop="articleBody" class="com-content-article__body">\n%(body)s\n\t</div>\n\n'
            '\t<nav class="pagenavigation" aria-label="페이지 탐색">\n\t<span class="pagination ms-0">\n'
            '\t\t<a class="btn btn-sm btn-secondary previous" href="/ko/terms" rel="prev">\n\t\t\t<span class="visually-hidden">이전 글: 이용약관</span>\n'
            '\t\t\t<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">이전</span>\t\t</a>\n'
            '\t\t<a class="btn btn-sm btn-secondary next" href="/ko/location-terms" rel="next">\n\t\t\t<span class="visually-hidden">다음 글: 위치기반서비스 이용약관</span>\n'
            '\t\t\t<span aria-hidden="true">다음</span> <span class="icon-chevron-right" aria-hidden="true"></span>\t\t</a>\n\t</span>\n</nav>\n'
            '</div>\n\t\t\t</main>\n\t\t</div>\n'
            '\t\t<div class="grid-child container-sidebar-right">\n'
            '\t\t\t<div class="sidebar-right card "><h3 class="card-header ">오늘의 특가</h3><div class="card-body"><ul class="specials">%(specials)s</ul></div></div>\n'
            '\t\t\t<div class="sidebar-right card "><h3 class="card-header ">제주 날씨</h3><div class="card-body"><p class="weather">%(temp)d°C %(sky)s</p></div></div>\n'
            '\t\t\t<div class="sidebar-right card "><h3 class="card-header ">회원 로그인</h3><div class="card-body">'
            '<form id="login-form-16" class="mod-login" action="/ko/privacy-policy" method="post"><div class="mod-login__username form-group">'
            '<label for="modlgn-username-16">아이디</label><input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username"></div>'
            '<div class="mod-login__password form-group"><label for="modlgn-passwd-16">비밀번호</label><input id="modlgn-passwd-16" type="password" name="password" class="form-control"></div>'
            '<button type="submit" name="Submit" class="btn btn-primary w-100">로그인</button>'
            '<input type="hidden" name="option" value="com_users"><input type="hidden" name="task" value="user.login">'
            '<input type="hidden" name="return" value="aHR0cHM6Ly93d3cuYmFyb3JlbnQuY28ua3Iva28vcHJpdmFjeS1wb2xpY3k=">'
            '<input type="hidden" name="%(tok)s" value="1"></form></div></div>\n'
            '\t\t</div>\n\t</div>\n'
            '\t<footer class="container-footer footer full-width">\n\t\t<div class="grid-child"><div id="mod-custom92" class="mod-custom custom">'
            '<p>바로렌터카 주식회사 | 대표이사 박정훈 | 사업자등록번호 616-81-23456 | 통신판매업신고 제2019-제주용담-0123호</p>'
            '<p><a href="/ko/terms">이용약관</a> | <a href="/ko/privacy-policy"><strong>개인정보처리방침</strong></a> | <a href="/ko/location-terms">위치기반서비스 이용약관</a></p>'
            '<p>Copyright © %(year)d BARO RENT A CAR. All rights reserved.</p></div></div>\n\t</footer>\n'
            '\t<a href="#top" id="back-top" class="back-to-top-link" aria-label="맨 위로"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>\n'
            '</body>\n</html>\n'
            % {"mv": mv, "corev": corev, "tok": tok, "miso": mod.strftime("%Y-%m-%dT%H:%M:%S+09:00"),
               "notice": notice, "h1": C.inline_html(h1[1]), "mstamp": mstamp, "hits": s["hits"], "body": article_body,
               "specials": specials, "temp": t, "sky": SKY[sky], "year": when.year})


PAGE = {
    "service": "Baro Rent-a-Car", "url": URL, "lang": "ko-KR", "platform": "Joomla 4",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Powered-By", "PHP/8.1.27"),
                      ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT"), ("Cache-Control", "no-store, no-cache, must-revalidate")),
    "n": 32, "start": dt.date(2021, 4, 1), "end": dt.date(2026, 8, 20), "hours": (0, 3, 6, 9, 12, 15),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".com-content-article"],
                    "remove": [".article-info", "#mod-custom131", ".prev-versions", ".pagenavigation"]},
}
