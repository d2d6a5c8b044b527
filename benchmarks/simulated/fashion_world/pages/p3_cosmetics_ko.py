"""LUMIEL 루미엘 (Seoul K-beauty skincare brand) - Korean - Cafe24 shop (Smart Design skin), /member/privacy.html.

The 개인정보처리방침 is the shop's privacy text as the Cafe24 `member_privacy` module prints it
(`div.xans-element- xans-member xans-member-privacy` with its titleArea and `ec-base-box` / `agreeArea`), in the
skin's `#contents`. A fairly clean page: per visit only the Cafe24 weblog script's `t=` stamp changes; now and then
the skin's optimizer bundle (`k=`/`t=`) after a design edit, and the sign-up benefit badge and the top strip banner
of the running campaign (첫 구매 쿠폰, 루미엘 위크, 블랙프라이데이). Nothing volatile inside the declared container.
"""
import datetime as dt

import common as C

URL = "https://lumiel.co.kr/member/privacy.html"

POLICY = """
# 개인정보처리방침

주식회사 루미엘(이하 "회사")은 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 하기 위하여 다음과 같이 개인정보처리방침을 수립·공개합니다.

## 제1조 (개인정보의 처리 목적)

회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 「개인정보 보호법」 제18조에 따라 별도의 동의를 받는 등 필요한 조치를 이행할 예정입니다.

- 회원 가입 및 관리: 회원 가입의사 확인, 회원제 서비스 제공에 따른 본인 식별·인증, 회원자격 유지·관리, 서비스 부정이용 방지, 각종 고지·통지, 고충처리
- 재화 또는 서비스 제공: 물품 배송, 서비스 제공, 청구서 발송, 콘텐츠 제공, 맞춤서비스 제공, 본인인증, 요금 결제·정산
- 마케팅 및 광고에의 활용: 신규 서비스(제품) 개발 및 맞춤 서비스 제공, 이벤트 및 광고성 정보 제공 및 참여기회 제공, 접속빈도 파악 또는 회원의 서비스 이용에 대한 통계
- 피부 진단 서비스 제공: 피부 타입 및 고민 설문 결과에 따른 제품 추첨

## 제2조 (처리하는 개인정보의 항목)

회사는 다음의 개인정보 항목을 처리하고 있습니다.

| 구분 | 수집 항목 | 수집 방법 |
| 회원가입(필수) | 아이디, 비밀번호, 이름, 휴대전화번호, 이메일 | 홈페이지, 모바일 웹 |
| 회원가입(선택) | 생년월일, 성별, 피부 타입, 피부 고민 | 홈페이지, 모바일 웹 |
| 주문·배송 | 주문자 및 수령인 이름, 주소, 휴대전화번호, 배송 요청사항 | 홈페이지, 모바일 웹 |
| 결제 | 신용카드 정보(카드사명, 카드번호 일부), 은행계좌 정보, 휴대폰 결제 정보 | 결제대행사 |
| 고객상담 | 이름, 연락처, 상담 내용, 주문번호 | 고객센터, 카카오톡 채널 |
| 자동 수집 | 접속 IP 정보, 쿠키, 서비스 이용 기록, 접속 로그, 기기 정보 | 자동 생성 |

## 제3조 (개인정보의 처리 및 보유 기간)

회사는 법령에 따른 개인정보 보유·이용기간 또는 정보주체로부터 개인정보를 수집 시에 동의받은 개인정보 보유·이용기간 내에서 개인정보를 처리·보유합니다. 회원 정보는 회원 탈퇴 시까지 보유하며, 1년간 서비스를 이용하지 않은 회원의 개인정보는 「개인정보 보호법」 제39조의6에 따라 다른 회원의 개인정보와 분리하여 별도로 저장·관리합니다.

다만, 관계 법령 위반에 따른 수사·조사 등이 진행 중인 경우에는 해당 수사·조사 종료 시까지, 관계 법령에 따라 보존할 필요가 있는 경우에는 아래와 같이 보존합니다.

| 보존 항목 | 근거 법령 | 보존 기간 |
| 계약 또는 청약철회 등에 관한 기록 | 전자상거래 등에서의 소비자보호에 관한 법률 | 5년 |
| 대금결제 및 재화 등의 공급에 관한 기록 | 전자상거래 등에서의 소비자보호에 관한 법률 | 5년 |
| 소비자의 불만 또는 분쟁처리에 관한 기록 | 전자상거래 등에서의 소비자보호에 관한 법률 | 3년 |
| 표시·광고에 관한 기록 | 전자상거래 등에서의 소비자보호에 관한 법률 | 6개월 |
| 웹사이트 방문 기록 | 통신비밀보호법 | 3개월 |

## 제4조 (개인정보의 제3자 제공)

회사는 정보주체의 개인정보를 제1조에서 명시한 범위 내에서만 처리하며, 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다. 회사는 현재 정보주체의 개인정보를 제3자에게 제공하고 있지 않습니다.

## 제5조 (개인정보처리의 위탁)

회사는 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.

| 수탁업체 | 위탁업무 내용 |
| (주)카페24 | 쇼핑몰 시스템 운영 및 관리, 데이터 보관 |
| CJ대한통운(주) | 상품 배송 |
| NHN KCP(주) | 신용카드, 계좌이체, 휴대폰 결제 대행 |
| (주)카카오 | 카카오톡 알림톡 발송, 카카오페이 간편결제 |
| (주)네이버파이낸셜 | 네이버페이 결제 대행 |
| (주)엠티에스컴퍼니 | 문자메시지(SMS/LMS) 발송 |

회사는 위탁계약 체결 시 「개인정보 보호법」 제26조에 따라 위탁업무 수행목적 외 개인정보 처리금지, 기술적·관리적 보호조치, 재위탁 제한, 수탁자에 대한 관리·감독, 손해배상 등 책임에 관한 사항을 계약서 등 문서에 명시하고, 수탁자가 개인정보를 안전하게 처리하는지를 감독하고 있습니다. 위탁업무의 내용이나 수탁자가 변경될 경우에는 지체 없이 본 개인정보처리방침을 통하여 공개하도록 하겠습니다.

## 제6조 (개인정보의 국외 이전)

회사는 서비스 안정성 확보를 위하여 다음과 같이 개인정보를 국외로 이전하고 있습니다.

| 이전받는 자 | 이전 국가 | 이전 항목 | 이전 목적 | 보유 기간 |
| Amazon Web Services, Inc. | 일본(도쿄 리전) | 서비스 이용 기록, 접속 로그 | 데이터 백업 및 웹 서비스 안정화 | 회원 탈퇴 시 또는 위탁계약 종료 시까지 |

국외 이전을 원하지 않는 경우 고객센터를 통해 거부할 수 있으나, 이 경우 일부 서비스 이용이 제한될 수 있습니다.

## 제7조 (개인정보의 파기 절차 및 방법)

회사는 개인정보 보유기간의 경과, 처리목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체 없이 해당 개인정보를 파기합니다.

- 파기 절차: 파기 사유가 발생한 개인정보를 선정하고, 회사의 개인정보 보호책임자의 승인을 받아 개인정보를 파기합니다.
- 파기 방법: 전자적 파일 형태로 기록·저장된 개인정보는 기록을 재생할 수 없도록 파기하며, 종이 문서에 기록·저장된 개인정보는 분쇄기로 분쇄하거나 소각하여 파기합니다.

## 제8조 (정보주체와 법정대리인의 권리·의무 및 그 행사방법)

정보주체는 회사에 대해 언제든지 개인정보 열람·정정·삭제·처리정지 요구 등의 권리를 행사할 수 있습니다. 권리 행사는 회사에 대해 서면, 전자우편, 모사전송(FAX) 등을 통하여 하실 수 있으며 회사는 이에 대해 지체 없이 조치하겠습니다. 권리 행사는 정보주체의 법정대리인이나 위임을 받은 자 등 대리인을 통하여 하실 수도 있습니다. 회사는 만 14세 미만 아동의 회원가입을 받지 않습니다.

## 제9조 (개인정보의 안전성 확보조치)

회사는 개인정보의 안전성 확보를 위해 다음과 같은 조치를 취하고 있습니다.

- 관리적 조치: 내부관리계획 수립·시행, 개인정보 취급 직원의 최소화 및 정기적 교육
- 기술적 조치: 개인정보처리시스템 등의 접근권한 관리, 접근통제시스템 설치, 고유식별정보 등의 암호화, 보안프로그램 설치
- 물리적 조치: 전산실, 자료보관실 등의 접근통제

## 제10조 (개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항)

회사는 이용자에게 개별적인 맞춤서비스를 제공하기 위해 이용정보를 저장하고 수시로 불러오는 쿠키(cookie)를 사용합니다. 이용자는 웹브라우저의 설정 메뉴에서 쿠키 저장을 거부할 수 있습니다. 다만, 쿠키 저장을 거부할 경우 로그인이 필요한 일부 서비스 이용에 어려움이 발생할 수 있습니다.

회사는 온라인 맞춤형 광고를 위하여 Google, Meta, 카카오, 네이버 등 광고 사업자의 행태정보 수집 도구를 이용하고 있습니다. 이용자는 각 브라우저 및 모바일 기기의 설정을 통해 맞춤형 광고를 차단할 수 있습니다.

## 제11조 (개인정보 보호책임자)

회사는 개인정보 처리에 관한 업무를 총괄해서 책임지고, 개인정보 처리와 관련한 정보주체의 불만처리 및 피해구제 등을 위하여 아래와 같이 개인정보 보호책임자를 지정하고 있습니다.

| 구분 | 성명 | 직책 | 연락처 |
| 개인정보 보호책임자 | 박지훈 | 경영지원본부장 | 02-6952-1180, privacy@lumiel.co.kr |
| 개인정보 보호담당자 | 이수빈 | 고객경험팀 매니저 | 02-6952-1185, cs@lumiel.co.kr |

## 제12조 (권익침해 구제방법)

정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보분쟁조정위원회, 한국인터넷진흥원 개인정보침해신고센터 등에 분쟁해결이나 상담 등을 신청할 수 있습니다.

- 개인정보분쟁조정위원회: (국번없이) 1833-6972 (www.kopico.go.kr)
- 개인정보침해신고센터: (국번없이) 118 (privacy.kisa.or.kr)
- 대검찰청: (국번없이) 1301 (www.spo.go.kr)
- 경찰청: (국번없이) 182 (ecrm.police.go.kr)

## 제13조 (개인정보처리방침의 변경)

이 개인정보처리방침은 {UPDATED}부터 적용됩니다. 이전의 개인정보처리방침은 고객센터(02-6952-1185)를 통해 요청하실 수 있습니다.
"""

EDITS = [
    {"note": "a processor row added: Channel Corp. (채널톡 customer chat)",
     "repl": [("| (주)카카오 | 카카오톡 알림톡 발송, 카카오페이 간편결제 |",
               "| (주)카카오 | 카카오톡 알림톡 발송, 카카오페이 간편결제 |\n"
               "| (주)채널코퍼레이션 | 채널톡 고객상담 시스템 운영 |")]},
    {"note": "typo fixed: 제품 추첨 -> 제품 추천 (date not changed)", "bump": False,
     "repl": [("설문 결과에 따른 제품 추첨", "설문 결과에 따른 제품 추천")]},
    {"note": "dormant-account separation dropped after the 2023 PIPA amendment (art. 39-6 repealed)",
     "repl": [("회원 정보는 회원 탈퇴 시까지 보유하며, 1년간 서비스를 이용하지 않은 회원의 개인정보는 「개인정보 보호법」 "
               "제39조의6에 따라 다른 회원의 개인정보와 분리하여 별도로 저장·관리합니다.",
               "회원 정보는 회원 탈퇴 시까지 보유합니다. 다만, 3년간 로그인 기록이 없는 회원에 대해서는 개인정보 보호를 "
               "위하여 사전에 이메일 또는 문자메시지로 안내한 후 회원 탈퇴 처리하고 개인정보를 파기합니다.")]},
    {"note": "a transfer abroad added: Braze, Inc. (USA) for marketing messages",
     "repl": [("| 데이터 백업 및 웹 서비스 안정화 | 회원 탈퇴 시 또는 위탁계약 종료 시까지 |",
               "| 데이터 백업 및 웹 서비스 안정화 | 회원 탈퇴 시 또는 위탁계약 종료 시까지 |\n"
               "| Braze, Inc. | 미국 | 이메일, 휴대전화번호, 구매 이력, 앱 이용 기록 | 마케팅 메시지 발송 및 이용 분석 "
               "| 회원 탈퇴 시 또는 위탁계약 종료 시까지 |"),
              ("회사는 서비스 안정성 확보를 위하여 다음과 같이", "회사는 서비스 안정성 확보 및 마케팅 메시지 발송을 위하여 다음과 같이")]},
    {"note": "new chief privacy officer: name, title and phone",
     "repl": [("| 개인정보 보호책임자 | 박지훈 | 경영지원본부장 | 02-6952-1180, privacy@lumiel.co.kr |",
               "| 개인정보 보호책임자 | 정하은 | 정보보호팀장 | 02-6952-1190, privacy@lumiel.co.kr |")]},
]


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


def _campaign(when):
    m, d = when.month, when.day
    if m == 11 and d >= 10:
        return ("+5,000P", "LUMIEL BLACK FRIDAY 최대 60% 할인 + 구매 금액별 사은품")
    if m in (3, 9) and d <= 14:
        return ("+5,000P", "루미엘 위크 | 전 제품 30% + 앰플 미니어처 증정")
    if m == 12:
        return ("+3,000P", "홀리데이 기프트 세트 출시 | 선물 포장 무료")
    return ("+3,000P", "신규회원 첫 구매 20% 쿠폰 + 무료배송")


def noise(rng, when, i, prev):
    p = prev or {}
    skin = C.keep_or(rng, p.get("skin"), 0.18, lambda: (C.hexs(rng, 32), str(C.epoch(when) - rng.randint(3600, 20 * 86400)),
                                                         C.alnum(rng, 160, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")))
    return {
        "weblog": when.strftime("%Y%m%d%H%M%S"),
        "campaign": _campaign(when),
        "skin": skin,
    }


LABELS = {"weblog": "Cafe24 weblog t= stamp (per request)",
          "campaign": "sign-up benefit badge and top strip banner (campaign)",
          "skin": "skin optimizer bundle k=/t= (design edit)"}


def _policy(blocks):
    out = []
    for b in blocks[1:]:
        if b[0] == "table":
            rows = b[1]
            out.append('<div class="ec-base-table typeWrite"><table border="1" summary=""><thead><tr>%s</tr></thead>'
                       '<tbody>%s</tbody></table></div>' % (
                           "".join('<th scope="col">%s</th>' % C.inline_html(c) for c in rows[0]),
                           "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % C.inline_html(c) for c in r)
                                   for r in rows[1:])))
        elif b[0] == "h2":
            out.append('<h3 class="title">%s</h3>' % C.inline_html(b[1]))
        else:
            out.append(C.block_html(b))
    return "\n".join(out)


CATS = [("42", "BEST"), ("43", "NEW"), ("44", "스킨케어"), ("45", "선케어"), ("46", "클렌징"), ("47", "바디&amp;헤어"),
        ("48", "기획세트"), ("49", "브랜드스토리")]


def render(s, blocks, when):
    bonus, strip = s["campaign"]
    k, t, fn = s["skin"]
    title = blocks[0][1]
    cats = "\n".join('<li class="xans-record-"><a href="/category/%s/%s/">%s</a></li>' % (n, n, lab)
                     for n, lab in CATS)
    return """<!--PG_NOCACHE-->
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0"/>
<link rel="canonical" href="https://lumiel.co.kr/member/privacy.html" />
<link rel="alternate" href="https://m.lumiel.co.kr/member/privacy.html" />
<meta property="og:url" content="https://lumiel.co.kr/member/privacy.html" />
<meta property="og:title" content="루미엘 공식몰" />
<meta property="og:description" content="피부 본연의 빛, 루미엘" />
<meta property="og:site_name" content="루미엘 공식몰" />
<meta property="og:type" content="website" />
<meta name="path_role" content="MEMBER_PRIVACY" />
<meta name="author" content="루미엘 공식몰" />
<meta name="description" content="피부 본연의 빛, 루미엘 공식 온라인몰" />
<meta name="keywords" content="루미엘,LUMIEL,앰플,비건화장품,선크림,클렌징" />
<link rel="stylesheet" type="text/css" href="/ind-script/optimizer.php?filename={fn}&amp;type=css&amp;k={k}&amp;t={t}"/>
<title>루미엘 공식몰</title>
<script type="text/javascript" src="/ind-script/i18n.php?lang=ko_KR&amp;domain=front&amp;v=2402271140" charset="utf-8"></script>
<script>
    var EC_FRONT_EXTERNAL_SCRIPT_VARIABLE_DATA = {{"common_member_id_crypt":"","common_person_id":""}};
</script>
<script>var EC_SDE_SHOP_NUM = 1;var SHOP = {{getLanguage : function() {{ return "ko_KR"; }},getCurrency : function() {{ return "KRW"; }},getFlagCode : function() {{ return "KR"; }},isMultiShop : function() {{ return false; }},isDefaultShop : function() {{ return true; }},isDefaultLanguageShop : function(sLanguageCode) {{ return SHOP.isDefaultShop() && SHOP.isLanguageShop(sLanguageCode); }},isKR : function() {{ return true; }},isUS : function() {{ return false; }},isJP : function() {{ return false; }},isCN : function() {{ return false; }},isTW : function() {{ return false; }},isES : function() {{ return false; }},isPT : function() {{ return false; }},isVN : function() {{ return false; }},isPH : function() {{ return false; }},getDefaultShopNo : function() {{ return 1; }},getProductVer : function() {{ return 2; }},isSDE : function() {{ return true; }},isMode : function() {{ return false; }},isMobileAdmin : function() {{ return false; }},isNewProMode : function() {{ return true; }},isExperienceMall : function() {{ return false; }},isDcollection : function() {{ return false; }},isLanguageShop : function(sLanguageCode) {{ return "ko_KR" === sLanguageCode; }},getAdminID : function() {{ return ''; }},getMallID : function() {{ return 'lumiel01'; }},getCurrencyFormat : function(sPriceTxt, bIsNumberFormat) {{ sPriceTxt = String(sPriceTxt); var aCurrencySymbol = ["","\\uc6d0",false]; try {{ if (typeof CORE !== "undefined" && CORE.Currency !== undefined) {{ return CORE.Currency.getFormat(sPriceTxt, bIsNumberFormat); }} }} catch (e) {{ }} return aCurrencySymbol[0] + sPriceTxt + aCurrencySymbol[1]; }}}};</script>
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7MQ2XK4B1D"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-7MQ2XK4B1D');</script>
<!-- Kakao Pixel -->
<script type="text/javascript" charset="UTF-8" src="//t1.daumcdn.net/kas/static/kp.js"></script>
<script type="text/javascript">kakaoPixel('4822195031457736801').pageView();</script>
<!-- NAVER 공통 스크립트 -->
<script type="text/javascript" src="//wcs.naver.net/wcslog.js"></script>
<script type="text/javascript">if(!wcs_add) var wcs_add = {{}};wcs_add["wa"] = "s_3d5e8a1c9f20";if(window.wcs) {{wcs.inflow("lumiel.co.kr");wcs_do();}}</script>
</head>
<body>
<div id="skipNavigation">
    <p><a href="#category">전체상품목록 바로가기</a></p>
    <p><a href="#contents">본문 바로가기</a></p>
</div>
<div id="wrap">
    <div class="top-banner" style="background:#1f2a26">
        <a href="/event/campaign.html" class="top-banner__link">{strip}</a>
        <button type="button" class="top-banner__close" onclick="EC$('.top-banner').hide();">닫기</button>
    </div>
    <div id="header">
        <div class="xans-element- xans-layout xans-layout-statelogoff "><a href="/member/login.html" class="log">로그인</a>
<a href="/member/agreement.html">회원가입<span class="xans-element- xans-layout xans-layout-eventjoinbenefit eventBenefit">{bonus}</span></a>
<a href="/myshop/order/list.html">주문조회</a>
<a href="/board/free/list.html?board_no=6">고객센터</a>
</div>
        <div class="xans-element- xans-layout xans-layout-logotop "><a href="/index.html"><img src="/web/upload/category/logo/lumiel_logo_2x.png" alt="루미엘 공식몰" width="140" /></a>
</div>
        <div id="category" class="xans-element- xans-layout xans-layout-category"><ul>
{cats}
</ul>
</div>
        <form id="searchBarForm" name="" action="/product/search.html" method="get" target="_self" enctype="multipart/form-data">
<input id="banner_action" name="banner_action" value="" type="hidden" /><div class="xans-element- xans-layout xans-layout-searchheader "><fieldset>
<legend>검색</legend>
<input id="keyword" name="keyword" fw-filter="" fw-label="검색어" fw-msg="" class="inputTypeText" placeholder="수분 앰플" onmousedown="SEARCH_BANNER.clickSearchForm(this)" value="" type="text" /><input type="image" src="/web/upload/icon_search.svg" alt="검색" onclick="SEARCH_BANNER.submitSearchBanner(this); return false;" />
</fieldset>
</div>
</form>
        <div class="xans-element- xans-layout xans-layout-orderbasketcount "><a href="/order/basket.html" class="basket">장바구니<span class="count EC-Layout-Basket-count-display"><span class="EC-Layout-Basket-count">0</span></span></a>
</div>
    </div>
    <hr class="layout"/>
    <div id="container">
        <div id="contents">
<div class="path">
    <span>현재 위치</span>
    <ol><li><a href="/">홈</a></li>
        <li title="현재 위치"><strong>개인정보처리방침</strong></li>
    </ol></div>

<div class="xans-element- xans-member xans-member-privacy "><div class="titleArea">
        <h2>{title}</h2>
    </div>
<div class="ec-base-box typeThinBg">
        <div class="agreeArea">
{policy}
        </div>
    </div>
</div>
        </div>
        <hr class="layout"/>
    </div>
    <hr class="layout"/>
    <div id="footer">
        <div class="inner">
            <div class="xans-element- xans-layout xans-layout-footer "><div class="utilMenu">
<a href="/shopinfo/company.html">회사소개</a>
<a href="/member/agreement.html">이용약관</a>
<a href="/member/privacy.html"><strong>개인정보처리방침</strong></a>
<a href="/shopinfo/guide.html">이용안내</a>
</div>
<div class="address">
<span>상호명 : 주식회사 루미엘</span> <span>대표 : 한예린</span> <span>주소 : 04799 서울특별시 성동구 성수이로 113, 7층</span><br/>
<span>사업자등록번호 : 214-88-51736 <a href="#none" onclick="window.open('http://www.ftc.go.kr/bizCommPop.do?wrkr_no=2148851736', 'bizCommPop', 'width=750, height=700;');">[사업자정보확인]</a></span> <span>통신판매업신고 : 2019-서울성동-01182</span><br/>
<span>고객센터 : 02-6952-1185 (평일 10:00~17:00, 점심 12:30~13:30 / 주말·공휴일 휴무)</span> <span>개인정보보호책임자 : <a href="mailto:privacy@lumiel.co.kr">privacy@lumiel.co.kr</a></span>
</div>
<p class="copyright">Copyright &copy; 루미엘 공식몰. All rights reserved. <span>Hosting by <a href="https://www.cafe24.com" target="_blank">Cafe24 Corp.</a></span></p>
</div>
            <div class="escrow"><a href="#none" onclick="window.open('https://admin.kcp.co.kr/Modules/escrow/kcp_pop.jsp?site_cd=A8QOB','kcp','width=500,height=450')">KCP 구매안전서비스 가입확인</a></div>
        </div>
    </div>
</div>
<div id="quick" class="quick-menu"><a href="/myshop/index.html">마이쇼핑</a><a href="https://pf.kakao.com/_xbLxkT" target="_blank">카카오톡 상담</a><a href="#wrap" class="top">TOP</a></div>
<script type="text/javascript" src="/ind-script/optimizer.php?filename={fn}&amp;type=js&amp;k={k}&amp;t={t}&amp;user=T" charset="utf-8"></script>
<script type="text/javascript" src="/app/Eclog/js/cid.generate.js?vs=3d0b473968a0ec4ec41e3bf59df3aa51&amp;u=lumiel01.1"></script>
<script type="text/javascript" src="//lumiel01.weblog.cafe24.com/weblog.js?uid=lumiel01&amp;uname=lumiel01&amp;r_ref=&amp;t={weblog}"></script>
<script>var CAFE24API = CAFE24API || {{}};CAFE24API.MALL_ID = 'lumiel01';CAFE24API.SHOP_NO = 1;</script>
</body>
</html>
""".format(fn=fn, k=k, t=t, strip=strip, bonus=bonus, cats=cats, title=C.inline_html(title),
           policy=_policy(blocks), weblog=s["weblog"])


PAGE = {
    "service": "LUMIEL",
    "url": URL,
    "lang": "ko",
    "platform": "Cafe24 (Smart Design skin)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "nginx"), ("Cache-Control", "no-store, no-cache, must-revalidate"),
                      ("P3P", "CP=\"NOI CURa ADMa DEVa TAIa OUR DELa BUS IND PHY ONL UNI COM NAV INT DEM PRE\"")),
    "n": 30,
    "start": dt.date(2022, 6, 1),
    "end": dt.date(2025, 3, 31),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 2),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": ".xans-member-privacy"},
}
