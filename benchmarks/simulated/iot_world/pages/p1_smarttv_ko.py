"""Smart-TV maker, Korean, Adobe Experience Manager (core components, responsive grid, Adobe Launch).

The policy is authored as one AEM title component and a run of text components inside a container whose id the
authors set ("privacy-policy"). Around it: a header experience fragment with a firmware-release banner that
rotates, a region selector, a "recommended products" carousel below the policy, the Korean "previous versions"
select, clientlib hashes that change on each deployment, an Adobe Launch build and a per-visit digitalData id.
"""
import datetime as dt
import html

import common as C

POLICY = """# 개인정보 처리방침

한빛비전 주식회사(이하 "회사")는 「개인정보 보호법」 등 관련 법령을 준수하며, 스마트 TV, 사운드바, 모니터 및 비전OS 서비스(이하 "서비스")를 이용하는 정보주체의 개인정보를 보호하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다.

시행일자: {UPDATED}

## 제1조 (개인정보의 처리 목적)

회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 별도의 동의를 받는 등 필요한 조치를 이행할 예정입니다.

- 회원 가입 및 관리: 회원제 서비스 제공에 따른 본인 식별·인증, 회원자격 유지·관리, 서비스 부정이용 방지, 각종 고지·통지
- 제품 등록 및 사후 관리: 정품 등록, 무상 보증 기간 확인, 출장 수리 접수 및 기사 방문 일정 안내
- 서비스 제공: 비전OS 앱 스토어, 스트리밍 채널, 음성 인식 리모컨, 스마트폰 미러링 등 콘텐츠 및 기능 제공
- 소프트웨어 업데이트: 펌웨어 및 보안 업데이트의 배포와 설치 결과 확인
- 맞춤형 서비스 제공: 시청 정보 기반 콘텐츠 추천 및 광고 제공(별도 동의한 경우에 한함)
- 고객 상담: 민원 처리, 원격 진단 및 상담 이력 관리

## 제2조 (처리하는 개인정보의 항목)

회사는 서비스 제공을 위해 필요한 최소한의 개인정보를 수집하며, 수집 항목은 다음과 같습니다.

| 구분 | 수집 항목 | 수집 방법 |
| 회원 가입(필수) | 이메일 주소, 비밀번호, 이름, 생년월일 | 홈페이지, 비전OS 설정 화면 |
| 제품 등록(필수) | 모델명, 제조번호(S/N), 구매일자, 구매처 | 홈페이지, 고객센터 |
| 출장 수리(필수) | 이름, 휴대전화번호, 방문 주소 | 고객센터, 홈페이지 |
| 서비스 이용(자동) | 기기 식별자(DUID), IP 주소, 펌웨어 버전, 접속 기록, 오류 로그 | 제품 사용 시 자동 생성 |
| 시청 정보(선택) | 시청 채널, 시청 시간, 자동 콘텐츠 인식(ACR) 결과 | 별도 동의 시 자동 수집 |
| 음성 명령(선택) | 음성 명령 녹음 및 텍스트 변환 결과 | 음성 인식 기능 사용 시 |

## 제3조 (개인정보의 처리 및 보유 기간)

회사는 법령에 따른 개인정보 보유·이용기간 또는 정보주체로부터 개인정보를 수집 시에 동의받은 보유·이용기간 내에서 개인정보를 처리·보유합니다.

- 회원 정보: 회원 탈퇴 시까지. 다만, 관계 법령 위반에 따른 수사·조사 등이 진행 중인 경우에는 해당 수사·조사 종료 시까지
- 제품 등록 및 수리 이력: 제품 보증 기간 종료 후 3년
- 시청 정보: 수집일로부터 24개월 또는 동의 철회 시까지
- 음성 명령 녹음: 수집일로부터 90일. 텍스트 변환 결과는 비식별 처리 후 서비스 개선에 이용
- 전자상거래 등에서의 소비자보호에 관한 법률에 따른 계약 또는 청약철회 기록: 5년, 소비자 불만 또는 분쟁처리 기록: 3년
- 통신비밀보호법에 따른 접속 기록: 3개월

## 제4조 (개인정보의 제3자 제공)

회사는 정보주체의 개인정보를 제1조에서 명시한 범위 내에서만 처리하며, 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다. 회사는 정보주체의 동의 없이 시청 정보를 광고주에게 제공하지 않습니다.

다만, 정보주체가 비전OS에서 제3자 앱(예: 동영상 스트리밍 앱)을 설치하여 이용하는 경우, 해당 앱 제공자가 직접 수집하는 개인정보에 대해서는 각 앱 제공자의 개인정보 처리방침이 적용됩니다. 회사는 제3자 앱 설치 화면에서 해당 앱의 개인정보 처리방침 링크를 안내합니다.

## 제5조 (개인정보 처리업무의 위탁)

회사는 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.

| 수탁자 | 위탁 업무 내용 |
| 한빛서비스 주식회사 | 출장 수리, 설치 및 고객 상담 |
| (주)스마트물류 | 제품 배송 및 회수 |
| 엔에이치엔클라우드 주식회사 | 서비스 인프라 운영 |
| (주)다우기술 | 알림 문자 및 카카오 알림톡 발송 |

회사는 위탁계약 체결 시 위탁업무 수행 목적 외 개인정보 처리 금지, 기술적·관리적 보호조치, 재위탁 제한, 수탁자에 대한 관리·감독, 손해배상 등 책임에 관한 사항을 계약서 등 문서에 명시하고, 수탁자가 개인정보를 안전하게 처리하는지를 감독하고 있습니다.

## 제6조 (개인정보의 국외 이전)

회사는 글로벌 콘텐츠 서비스 제공을 위하여 다음과 같이 개인정보를 국외로 이전하고 있습니다.

| 이전받는 자 | 이전 국가 | 이전 항목 | 이전 목적 및 보유 기간 |
| Amazon Web Services, Inc. | 미국, 일본 | 기기 식별자, 접속 기록, 음성 명령 | 서비스 인프라 운영, 위탁 계약 종료 시까지 |
| Gracenote, Inc. | 미국 | 자동 콘텐츠 인식(ACR) 결과 | 시청 콘텐츠 식별, 동의 철회 시까지 |

정보주체는 국외 이전을 원하지 않는 경우 비전OS 설정 > 일반 > 약관 및 개인정보에서 해당 선택 동의를 철회할 수 있습니다. 다만, 필수 기능에 필요한 국외 이전을 거부하는 경우 일부 서비스 이용이 제한될 수 있습니다.

## 제7조 (개인정보의 파기 절차 및 방법)

회사는 개인정보 보유기간의 경과, 처리목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체 없이 해당 개인정보를 파기합니다. 전자적 파일 형태의 정보는 기록을 재생할 수 없는 기술적 방법을 사용하여 삭제하며, 종이에 출력된 개인정보는 분쇄기로 분쇄하거나 소각하여 파기합니다.

## 제8조 (정보주체와 법정대리인의 권리·의무 및 행사방법)

정보주체는 회사에 대해 언제든지 개인정보 열람·정정·삭제·처리정지 요구 등의 등의 권리를 행사할 수 있습니다. 권리 행사는 서면, 전자우편, 모사전송(FAX) 등을 통하여 하실 수 있으며, 회사는 이에 대해 지체 없이 조치하겠습니다. 만 14세 미만 아동의 경우 법정대리인이 권리를 행사할 수 있습니다.

## 제9조 (개인정보의 안전성 확보조치)

회사는 개인정보의 안전성 확보를 위해 다음과 같은 조치를 취하고 있습니다.

- 관리적 조치: 내부관리계획 수립·시행, 정기적 직원 교육
- 기술적 조치: 개인정보처리시스템 등의 접근권한 관리, 접근통제시스템 설치, 고유식별정보 등의 암호화, 보안프로그램 설치
- 물리적 조치: 전산실, 자료보관실 등의 접근통제

## 제10조 (개인정보 자동 수집 장치의 설치·운영 및 거부)

회사는 홈페이지에서 이용자에게 개별적인 맞춤 서비스를 제공하기 위해 쿠키(cookie)를 사용합니다. 이용자는 웹 브라우저의 옵션을 설정하여 쿠키 저장을 거부할 수 있습니다. 스마트 TV의 시청 정보 수집은 비전OS 설정 > 일반 > 시청 정보 서비스에서 언제든지 끌 수 있습니다.

## 제11조 (개인정보 보호책임자)

회사는 개인정보 처리에 관한 업무를 총괄해서 책임지고, 개인정보 처리와 관련한 정보주체의 불만처리 및 피해구제 등을 위하여 아래와 같이 개인정보 보호책임자를 지정하고 있습니다.

@ 개인정보 보호책임자: 정보보호실장 박지훈
@ 주소: 서울특별시 영등포구 국제금융로 10, 한빛비전 타워 21층
@ 전화: 1588-3400
@ 이메일: privacy@hanbitvision.co.kr

## 제12조 (권익침해 구제방법)

정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보분쟁조정위원회, 한국인터넷진흥원 개인정보침해신고센터 등에 분쟁해결이나 상담 등을 신청할 수 있습니다.

- 개인정보분쟁조정위원회: (국번없이) 1833-6972 ([www.kopico.go.kr](https://www.kopico.go.kr))
- 개인정보침해신고센터: (국번없이) 118 ([privacy.kisa.or.kr](https://privacy.kisa.or.kr))
- 대검찰청: (국번없이) 1301 ([www.spo.go.kr](https://www.spo.go.kr))
- 경찰청: (국번없이) 182 ([ecrm.police.go.kr](https://ecrm.police.go.kr))

## 제13조 (개인정보 처리방침의 변경)

이 개인정보 처리방침은 시행일자부터 적용되며, 법령 및 방침에 따른 변경 내용의 추가, 삭제 및 정정이 있는 경우에는 변경사항의 시행 7일 전부터 홈페이지 공지사항 및 비전OS 알림을 통하여 고지할 것입니다."""

EDITS = [
    {"note": "typo fixed: doubled word '등의 등의' in Article 8", "bump": False,
     "repl": [("처리정지 요구 등의 등의 권리", "처리정지 요구 등의 권리")]},
    {"note": "processor added to the outsourcing table (chatbot consultation)",
     "repl": [("| (주)다우기술 | 알림 문자 및 카카오 알림톡 발송 |",
               "| (주)다우기술 | 알림 문자 및 카카오 알림톡 발송 |\n| (주)채널코퍼레이션 | 온라인 채팅 상담 시스템 운영 |")]},
    {"note": "viewing-data retention shortened from 24 to 12 months",
     "repl": [("- 시청 정보: 수집일로부터 24개월 또는 동의 철회 시까지", "- 시청 정보: 수집일로부터 12개월 또는 동의 철회 시까지")]},
    {"note": "new Article 10-2 on AI picture/sound processing added",
     "repl": [("## 제11조 (개인정보 보호책임자)",
               "## 제10조의2 (AI 화질·음질 최적화 기능)\n\n"
               "AI 화질·음질 최적화 기능은 화면에 표시되는 영상과 주변 소음을 제품 내부에서만 분석하며, 분석 결과는 회사의 서버로 전송되지 않습니다. "
               "이용자는 설정 > 화면 > AI 화질 모드에서 이 기능을 끌 수 있습니다.\n\n"
               "## 제11조 (개인정보 보호책임자)")]},
    {"note": "privacy officer changed and hotline number changed",
     "repl": [("@ 개인정보 보호책임자: 정보보호실장 박지훈", "@ 개인정보 보호책임자: 최고개인정보보호책임자(CPO) 이서연"),
              ("@ 전화: 1588-3400", "@ 전화: 1670-3400")]},
]

BANNERS = [
    ("비전OS 7.2 펌웨어 업데이트가 배포되었습니다. 지금 바로 확인하세요.", "/kr/support/software-update/visionos-7-2/"),
    ("2024년형 OLED evo H9 시리즈 펌웨어 A1.40.12 배포 안내", "/kr/support/notice/h9-a14012/"),
    ("[공지] 일부 사운드바 모델 블루투스 연결 개선 업데이트 안내", "/kr/support/notice/soundbar-bt/"),
    ("설 연휴 기간 고객센터 운영 시간 안내", "/kr/support/notice/holiday-hours/"),
    ("비전OS 8.0 베타 참여자 모집 — 신청 기간 연장", "/kr/event/visionos8-beta/"),
]

PRODUCTS = [
    ("OLED evo H9 65인치", "QO65H9KNA", "3,290,000원"),
    ("QNED 미니LED 75인치", "QM75N85KNA", "2,590,000원"),
    ("스탠바이미 스타일 27인치", "ST27SB1A", "1,090,000원"),
    ("사운드바 S95 9.1.5ch", "SB95TR", "1,490,000원"),
    ("UHD 울트라 50인치", "UH50U7KNA", "690,000원"),
    ("게이밍 모니터 울트라기어 32", "GM32G95A", "899,000원"),
]


def noise(rng, when, i, prev):
    p = prev or {}
    upgraded = when >= dt.datetime(2024, 9, 1)
    return {
        "clientlib": C.keep_or(rng, p.get("clientlib"), 0.2, lambda: (C.hexs(rng, 32), C.hexs(rng, 32))),
        "launch": C.keep_or(rng, p.get("launch"), 0.15, lambda: C.hexs(rng, 12)),
        "banner": C.keep_or(rng, p.get("banner"), 0.35, lambda: rng.randrange(len(BANNERS))),
        "carousel": rng.sample(range(len(PRODUCTS)), 4),
        "pageload": C.uuid4(rng),
        "theme": "2024" if upgraded else "2022",
    }


LABELS = {"clientlib": "AEM clientlib hashes (deployment)", "launch": "Adobe Launch build",
          "banner": "firmware/notice banner in header", "carousel": "recommended-products carousel order",
          "pageload": "digitalData page-load id", "theme": "site header redesign (2024 GNB)"}


def _text_components(blocks):
    """The policy split into AEM components: the h1 as a title component, then one text component per article."""
    out = []
    head, secs = C.split_sections(blocks)
    title = [b for b in head if b[0] == "h1"]
    intro = [b for b in head if b[0] != "h1"]
    for b in title:
        out.append('<div class="title aem-GridColumn aem-GridColumn--default--12">\n'
                   '<div class="cmp-title"><h1 class="cmp-title__text">%s</h1></div>\n</div>' % html.escape(b[1]))
    groups = [intro] + [[("h2", h)] + body for h, body in secs]
    for g in groups:
        out.append('<div class="text aem-GridColumn aem-GridColumn--default--12">\n'
                   '<div class="cmp-text" data-cmp-data-layer="{&#34;text-%s&#34;:{&#34;@type&#34;:&#34;hanbitvision/components/text&#34;}}">\n%s\n</div>\n</div>'
                   % (C.det_sha(g[0][1] if g[0][0] == "h2" else "intro")[:10], C.blocks_html(g)))
    return "\n".join(out)


def render(s, blocks, when):
    ba, bb = s["clientlib"]
    btxt, bhref = BANNERS[s["banner"]]
    nav = ["TV", "오디오", "모니터", "스마트홈", "고객지원"]
    if s["theme"] == "2024":
        gnb = ('<header class="cmp-gnb cmp-gnb--2024" role="banner">\n'
               '<div class="cmp-gnb__util"><a href="/kr/business/">비즈니스</a><a href="/kr/my-page/">마이페이지</a>'
               '<button class="cmp-gnb__region" aria-haspopup="dialog">대한민국 / 한국어</button></div>\n'
               '<div class="cmp-gnb__main"><a class="cmp-gnb__logo" href="/kr/"><img src="/content/dam/hanbitvision/common/logo/hv-logo-2024.svg" alt="한빛비전"></a>'
               '<nav class="cmp-gnb__nav"><ul>%s</ul></nav><button class="cmp-gnb__search">검색</button></div>\n</header>'
               % "".join('<li class="cmp-gnb__item"><a href="/kr/%d/">%s</a></li>' % (k, t) for k, t in enumerate(nav)))
    else:
        gnb = ('<header class="gnb" role="banner">\n<a class="gnb-logo" href="/kr/"><img src="/content/dam/hanbitvision/common/logo/hv-logo.png" alt="한빛비전"></a>\n'
               '<ul class="gnb-menu">%s</ul>\n<div class="gnb-util"><a href="/kr/login/">로그인</a>'
               '<select class="gnb-country" aria-label="국가 선택"><option selected>Korea (한국어)</option><option>USA (English)</option><option>日本 (日本語)</option></select></div>\n</header>'
               % "".join('<li><a href="/kr/%d/">%s</a></li>' % (k, t) for k, t in enumerate(nav)))
    cards = "\n".join(
        '<div class="cmp-carousel__item%s" role="tabpanel" aria-roledescription="slide">'
        '<div class="product-card"><a href="/kr/product/%s/"><img src="/content/dam/hanbitvision/product/%s/thumb.jpg" alt="%s"></a>'
        '<p class="product-card__name">%s</p><p class="product-card__model">%s</p><p class="product-card__price">%s</p></div></div>'
        % (" cmp-carousel__item--active" if k == 0 else "", PRODUCTS[j][1].lower(), PRODUCTS[j][1].lower(),
           PRODUCTS[j][0], PRODUCTS[j][0], PRODUCTS[j][1], PRODUCTS[j][2]) for k, j in enumerate(s["carousel"]))
    return """<!DOCTYPE html>
<html lang="ko-KR">
<head>
<meta charset="UTF-8">
<title>개인정보 처리방침 | 한빛비전</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="template" content="legal-page">
<meta property="og:title" content="개인정보 처리방침">
<link rel="canonical" href="https://www.hanbitvision.co.kr/kr/legal/privacy-policy/">
<link rel="alternate" hreflang="en-us" href="https://www.hanbitvision.com/us/legal/privacy-policy/">
<link rel="stylesheet" href="/etc.clientlibs/hanbitvision/clientlibs/clientlib-base.lc-%(ba)s-lc.min.css" type="text/css">
<link rel="stylesheet" href="/etc.clientlibs/hanbitvision/clientlibs/clientlib-site.lc-%(bb)s-lc.min.css" type="text/css">
<script>window.adobeDataLayer = window.adobeDataLayer || []; window.digitalData = {"page":{"pageInfo":{"pageName":"kr:legal:privacy-policy","siteSection":"legal","language":"ko-KR","pageLoadId":"%(pl)s"}}};</script>
<script src="https://assets.adobedtm.com/4c1f2e8a9b7d/launch-%(launch)s.min.js" async></script>
</head>
<body class="page basicpage" id="page-4f8e2c1a7b">
<div class="root container responsivegrid">
<div id="container-root" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div class="cmp-experiencefragment cmp-experiencefragment--header">
<div class="notice-banner" data-banner-id="%(bid)d"><a href="%(bhref)s">%(btxt)s</a><button class="notice-banner__close" aria-label="닫기">×</button></div>
%(gnb)s
</div>
</div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list"><li class="cmp-breadcrumb__item"><a href="/kr/">홈</a></li><li class="cmp-breadcrumb__item"><a href="/kr/legal/">법적 고지</a></li><li class="cmp-breadcrumb__item cmp-breadcrumb__item--active">개인정보 처리방침</li></ol></nav></div>
<div class="container responsivegrid cmp-container--legal aem-GridColumn aem-GridColumn--default--12">
<div id="privacy-policy" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
%(policy)s
</div>
</div>
</div>
<div class="form-options aem-GridColumn aem-GridColumn--default--12">
<div class="cmp-form-options cmp-form-options--drop-down"><label for="prev-versions">이전 개인정보 처리방침 보기</label>
<select id="prev-versions" class="cmp-form-options__field cmp-form-options__field--drop-down"><option value="">선택하세요</option><option value="/kr/legal/privacy-policy/2022-06-01/">2022년 6월 1일 ~ 2023년 2월 28일</option><option value="/kr/legal/privacy-policy/2021-09-15/">2021년 9월 15일 ~ 2022년 5월 31일</option><option value="/kr/legal/privacy-policy/2020-12-10/">2020년 12월 10일 ~ 2021년 9월 14일</option></select></div>
</div>
<div class="carousel panelcontainer aem-GridColumn aem-GridColumn--default--12">
<div class="cmp-carousel" role="group" aria-label="추천 제품" aria-roledescription="carousel" data-cmp-delay="5000" data-cmp-autoplay>
<h2 class="cmp-carousel__title">추천 제품</h2>
<div class="cmp-carousel__content">
%(cards)s
</div>
</div>
</div>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<footer class="cmp-experiencefragment cmp-experiencefragment--footer">
<ul class="footer-links"><li><a href="/kr/legal/terms/">이용약관</a></li><li><a href="/kr/legal/privacy-policy/"><strong>개인정보 처리방침</strong></a></li><li><a href="/kr/legal/cookie/">쿠키 정책</a></li><li><a href="/kr/support/">고객지원</a></li></ul>
<address>한빛비전 주식회사 | 대표이사 김도윤 | 서울특별시 영등포구 국제금융로 10 | 사업자등록번호 107-81-00000 | 통신판매업신고 제2012-서울영등포-0000호</address>
<p class="footer-copy">Copyright © 2012–%(year)d Hanbit Vision Co., Ltd. All Rights Reserved.</p>
<div class="footer-region"><button class="footer-region__btn">대한민국 / 한국어</button></div>
</footer>
</div>
</div>
</div>
</div>
<script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/core.wcm.components.commons.datalayer.v1.lc-70264651675213ed7f7cc5a02a00f621-lc.min.js"></script>
<script src="/etc.clientlibs/hanbitvision/clientlibs/clientlib-site.lc-%(bb)s-lc.min.js"></script>
<script>_satellite["_runScript1"] && _satellite.pageBottom();</script>
</body>
</html>
""" % {"ba": ba, "bb": bb, "pl": s["pageload"], "launch": s["launch"], "bid": s["banner"], "bhref": bhref,
       "btxt": btxt, "gnb": gnb, "policy": _text_components(blocks), "cards": cards, "year": when.year}


PAGE = {
    "service": "HanbitVision",
    "url": "https://www.hanbitvision.co.kr/kr/legal/privacy-policy/",
    "lang": "ko",
    "platform": "Adobe Experience Manager (core components)",
    "content_type": "text/html; charset=UTF-8",
    "extra_headers": (("Server", "Apache"), ("X-Dispatcher", "dispatcher1apnortheast2"), ("X-Vhost", "publish")),
    "n": 30,
    "start": dt.date(2023, 2, 20),
    "end": dt.date(2025, 11, 30),
    "hours": (0, 6, 12, 18),
    "policy": POLICY,
    "first_updated": dt.date(2023, 3, 1),
    "fmt_date": lambda d: "%d년 %d월 %d일" % (d.year, d.month, d.day),
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": "https://www.hanbitvision.co.kr/kr/legal/privacy-policy/", "select": "#privacy-policy"},
}
