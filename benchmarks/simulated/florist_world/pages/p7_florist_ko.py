"""꽃담 Kkotdam - ko nationwide flower delivery (꽃배달, 화환) - gnuboard5 + youngcart5 (영카트) shop theme, content
page bbs/content.php?co_id=privacy."""
import datetime as dt
import os
import sys

import common as C

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fkit as K  # noqa: E402

URL = "https://www.kkotdam.co.kr/bbs/content.php?co_id=privacy"


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


POLICY = K.unwrap("""
# 개인정보처리방침

(주)꽃담(이하 "회사")은 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을
신속하고 원활하게 처리할 수 있도록 하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다.

시행일자: {UPDATED}

## 제1조 (개인정보의 처리 목적)

회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지
않으며, 이용 목적이 변경되는 경우에는 「개인정보 보호법」 제18조에 따라 별도의 동의를 받는 등 필요한 조치를 이행할
예정입니다.

- 회원 가입 및 관리: 회원제 서비스 이용에 따른 본인 식별, 불량회원의 부정 이용 방지, 가입 의사 확인
- 상품 주문 및 배송: 꽃다발·화환·화분 상품의 제작 및 배송, 주문 확인 및 배송 완료 안내, 대금 결제 및 정산
- 고객 상담: 문의 및 불만 처리, 배송 완료 사진 전송
- 마케팅 및 광고: 이벤트 및 할인 정보 안내(수신에 동의한 회원에 한함)

## 제2조 (처리하는 개인정보의 항목)

- 필수항목: 주문자 성명, 휴대전화번호, 이메일, 받는 분 성명, 받는 분 주소, 받는 분 연락처
- 선택항목: 리본 문구, 카드 메시지, 기념일 정보
- 회원가입 시: 아이디, 비밀번호
- 자동 수집 항목: 접속 IP 정보, 쿠키, 서비스 이용 기록, 접속 로그

## 제3조 (개인정보의 처리 및 보유 기간)

회사는 법령에 따른 개인정보 보유·이용기간 또는 정보주체로부터 개인정보를 수집 시에 동의받은 개인정보 보유·이용기간
내에서 개인정보를 처리·보유합니다.

- 회원 정보: 회원 탈퇴 시까지
- 계약 또는 청약철회 등에 관한 기록: 5년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 대금결제 및 재화 등의 공급에 관한 기록: 5년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 소비자의 불만 또는 분쟁처리에 관한 기록: 3년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 웹사이트 방문 기록: 3개월 (통신비밀보호법)

1년 이상 서비스를 이용하지 않은 회원의 개인정보는 「개인정보 보호법」 제39조의6에 따라 다른 회원의 개인정보와
분리하여 별도로 저장·관리하며, 분리 보관 30일 전까지 이메일로 안내합니다.

## 제4조 (개인정보의 제3자 제공)

회사는 원활한 배송을 위하여 주문 지역의 제휴 화원에 아래와 같이 개인정보를 제공합니다.

| 제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간 |
| 전국 제휴 화원 | 상품 제작 및 배송 | 받는 분 성명, 주소, 연락처, 리본 문구, 카드 메시지 | 배송 완료 후 3개월 |

## 제5조 (개인정보 처리의 위탁)

회사는 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.

| 수탁업체 | 위탁업무 내용 |
| (주)케이지이니시스 | 신용카드·계좌이체 결제 처리 |
| 네이버파이낸셜(주) | 네이버페이 결제 처리 |
| (주)카카오페이 | 카카오페이 결제 처리 |
| CJ대한통운(주) | 화분·선물 상품 택배 배송 |
| (주)가비아 | 서버 호스팅 및 관리 |

## 제6조 (개인정보의 파기 절차 및 방법)

회사는 개인정보 보유기간의 경과, 처리목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체 없이 해당 개인정보를
파기합니다. 전자적 파일 형태의 정보는 기록을 재생할 수 없는 기술적 방법을 사용하여 삭제하며, 종이에 출력된
개인정보는 분쇄기로 분쇄하거나 소각하여 파기합니다.

## 제7조 (정보주체와 법정대리인의 권리·의무 및 행사방법)

정보주체는 회사에 대해 언제든지 개인정보 열람·정정·삭제·처리정지 요구 등의 권리를 행사할 수 있습니다. 권리 행사는
서면, 전자우편 등을 통하여 하실 수 있으며 회사는 이에 대해 지체 없이 조치하겠습니다.

## 제8조 (개인정보의 안전성 확보조치)

- 관리적 조치: 내부관리계획 수립·시행, 개인정보 취급 직원의 최소화 및 교육
- 기술적 조치: 개인정보처리시스템 등의 접근권한 관리, 고유식별정보 등의 암호화, 보안프로그램 설치
- 물리적 조치: 전산실, 자료보관실 등의 접근통제

## 제9조 (개인정보 자동 수집 장치의 설치·운영 및 거부)

회사는 이용자에게 개별적인 맞춤서비스를 제공하기 위해 쿠키(cookie)를 사용합니다. 이용자는 웹브라우저의 옵션을
설정하여 쿠키 저장을 거부할 수 있습니다. 다만 쿠키 저장을 거부할 경우 주문 등 일부 서비스 이용에 어려움이 있을 수
있습니다.

## 제10조 (개인정보 보호책임자)

회사는 개인정보 처리에 관한 업무를 총괄해서 책임지고, 개인정보 처리와 관련한 정보주체의 불만처리 및 피해구제 등을
위하여 아래와 같이 개인정보 보호책임자를 지정하고 있습니다.

@ 개인정보 보호책임자: 김민준 (운영팀장)
@ 연락처: 02-6952-4170
@ 이메일: [privacy@kkotdam.co.kr](mailto:privacy@kkotdam.co.kr)

## 제11조 (권익침해 구제방법)

정보주체는 개인정보침해로 인한 구제를 받기 위하여 아래 기관에 분쟁해결이나 상담 등을 신청할 수 있습니다.

- 개인정보분쟁조정위원회: (국번없이) 1833-6972 (www.kopico.go.kr)
- 개인정보침해신고센터: (국번없이) 118 (privacy.kisa.or.kr)
- 대검찰청: (국번없이) 1301 (www.spo.go.kr)
- 경찰청: (국번없이) 182 (ecrm.police.go.kr)

## 제12조 (개인정보 처리방침의 변경)

이 개인정보 처리방침은 {UPDATED}부터 적용됩니다.
""")

EDITS = [
    {"note": "entrustment table: Kakao row added (알림톡 order and delivery notices)",
     "repl": [("| (주)카카오페이 | 카카오페이 결제 처리 |",
               "| (주)카카오페이 | 카카오페이 결제 처리 |\n| (주)카카오 | 카카오 알림톡을 통한 주문·배송 안내 발송 |")]},
    {"note": "dormant-account paragraph removed (PIPA amendment of September 2023 abolished the 1-year rule)",
     "repl": [("\n\n1년 이상 서비스를 이용하지 않은 회원의 개인정보는 「개인정보 보호법」 제39조의6에 따라 다른 회원의 "
               "개인정보와\n분리하여 별도로 저장·관리하며, 분리 보관 30일 전까지 이메일로 안내합니다.", "")]},
    {"note": "privacy officer changed (김민준 -> 이서연)",
     "repl": [("@ 개인정보 보호책임자: 김민준 (운영팀장)", "@ 개인정보 보호책임자: 이서연 (경영지원실장)")]},
    {"note": "payment processor replaced: KG Inicis -> Toss Payments",
     "repl": [("| (주)케이지이니시스 | 신용카드·계좌이체 결제 처리 |", "| 토스페이먼츠(주) | 신용카드·계좌이체 결제 처리 |")]},
    {"note": "new article 제9조의2 on behavioural information (행태정보) for ads",
     "repl": [("## 제10조 (개인정보 보호책임자)",
               "## 제9조의2 (행태정보의 수집·이용 및 거부 등에 관한 사항)\n\n회사는 맞춤형 광고 등을 위하여 웹사이트 방문 "
               "기록, 상품 조회 및 구매 이력 등의 행태정보를 수집·이용합니다. 행태정보는 네이버와 메타(페이스북) 광고 "
               "픽셀을 통해 수집되며, 수집일로부터 1년간 보유합니다. 이용자는 웹브라우저의 쿠키 설정을 변경하여 맞춤형 "
               "광고를 거부할 수 있습니다.\n\n## 제10조 (개인정보 보호책임자)")]},
]

BANNERS = {
    "valentine": "발렌타인데이 꽃다발 · 초콜릿 세트 당일배송",
    "graduation": "졸업·입학 시즌 꽃다발 최대 20% 할인",
    "white": "화이트데이 사탕부케 · 장미꽃다발 예약",
    "parents": "어버이날 · 스승의날 카네이션 예약 주문 접수중",
    "christmas": "크리스마스 꽃다발 · 리스 한정 판매",
    "default": "전국 3시간 꽃배달 · 근조화환 · 축하화환 당일배송",
}

KEYWORDS = ["근조화환", "축하화환", "장미꽃다발", "꽃바구니", "동양란", "서양란", "개업화분", "프로포즈", "백일", "관엽식물",
            "카네이션", "졸업꽃다발", "생일꽃"]

REVIEWS = ["엄마가 너무 좋아하셨어요", "배송 빠르고 꽃이 싱싱해요", "사진이랑 똑같이 왔어요", "개업 화분 감사합니다",
           "근조화환 급하게 주문했는데 제시간에 도착", "여자친구 생일 선물로 최고", "리본 문구 정확하게 해주셨어요",
           "카네이션 바구니 예뻐요", "두번째 주문인데 역시 만족", "배송 사진 보내주셔서 안심됐어요", "향기가 정말 좋아요",
           "회사 행사용으로 주문했어요"]


def campaign(d):
    return K.season(d, [("valentine", (2, 1), (2, 14)), ("graduation", (2, 15), (3, 5)), ("white", (3, 6), (3, 14)),
                        ("parents", (4, 25), (5, 15)), ("christmas", (12, 1), (12, 25))], "default")


def noise(rng, when, i, prev):
    prev = prev or {}
    local = K.fixed_local(when, 9)
    s = {"visit": (rng.randint(40, 90) + local.hour * rng.randint(8, 20), rng.randint(380, 900),
                   K.grow(when, dt.date(2022, 1, 1), 1187402, 612.4, rng, 300))}
    s["connect"] = rng.randint(4, 38)
    s["ver"] = C.keep_or(rng, prev.get("ver"), 0.15,
                         lambda: "%02d%02d%02d%d" % (when.year % 100, when.month, max(1, when.day - 3),
                                                     rng.randint(1, 9)))
    s["campaign"] = campaign(local.date())
    s["keywords"] = C.keep_or(rng, prev.get("keywords"), 0.5, lambda: tuple(rng.sample(range(len(KEYWORDS)), 5)))
    s["day"] = (local.year, local.month, local.day)
    return s


LABELS = {"visit": "접속자집계 counters (오늘 / 어제 / 최대 / 전체)", "connect": "현재접속자 count",
          "ver": "G5_CSS_VER / G5_JS_VER ?ver= on theme and plugin files",
          "campaign": "top banner (발렌타인데이, 졸업·입학, 화이트데이, 어버이날·스승의날, 크리스마스)",
          "keywords": "인기검색어 popular search words", "day": "포토후기 latest reviews in the side column"}


def reviews(day):
    out = []
    d = day
    while len(out) < 5:
        h = int(C.det_sha("review", d.isoformat())[:8], 16)
        if h % 3 != 0:
            out.append((d, REVIEWS[h % len(REVIEWS)], h % 9000 + 1000))
        d -= dt.timedelta(days=1)
    return out


def content(blocks):
    def table(rows, inl):
        head = "".join('<th scope="col">%s</th>' % inl(x) for x in rows[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(x) for x in r) for r in rows[1:])
        return ('<div class="tbl_head01 tbl_wrap"><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>'
                % (head, body))

    return C.render_blocks(blocks, table=table, sep="\n")


TEMPLATE = """<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=0,maximum-scale=10,user-scalable=yes">
<meta name="HandheldFriendly" content="true">
<meta name="format-detection" content="telephone=no">
<meta http-equiv="imagetoolbar" content="no">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>개인정보처리방침 | 꽃담 - 전국 꽃배달 서비스</title>
<link rel="stylesheet" href="https://www.kkotdam.co.kr/theme/basic/css/default_shop.css?ver=@@ver@@">
<link rel="stylesheet" href="https://www.kkotdam.co.kr/js/font-awesome/css/font-awesome.min.css?ver=@@ver@@">
<link rel="stylesheet" href="https://www.kkotdam.co.kr/theme/basic/skin/latest/shop_review/style.css?ver=@@ver@@">
<link rel="stylesheet" href="https://www.kkotdam.co.kr/theme/basic/skin/visit/basic/style.css?ver=@@ver@@">
<link rel="stylesheet" href="https://www.kkotdam.co.kr/theme/basic/skin/content/basic/style.css?ver=@@ver@@">
<!--[if lte IE 8]>
<script src="https://www.kkotdam.co.kr/js/html5.js"></script>
<![endif]-->
<script>
// 자바스크립트에서 사용하는 전역변수 선언
var g5_url       = "https://www.kkotdam.co.kr";
var g5_bbs_url   = "https://www.kkotdam.co.kr/bbs";
var g5_is_member = "";
var g5_is_admin  = "";
var g5_is_mobile = "";
var g5_bo_table  = "";
var g5_sca       = "";
var g5_editor    = "";
var g5_plugin_url = "https://www.kkotdam.co.kr/plugin";
var g5_cookie_domain = "";
var g5_theme_shop_url = "https://www.kkotdam.co.kr/theme/basic/shop";
var g5_shop_url = "https://www.kkotdam.co.kr/shop";
</script>
<script src="https://www.kkotdam.co.kr/js/jquery-1.12.4.min.js?ver=@@ver@@"></script>
<script src="https://www.kkotdam.co.kr/js/jquery-migrate-1.4.1.min.js?ver=@@ver@@"></script>
<script src="https://www.kkotdam.co.kr/js/jquery.shop.menu.js?ver=@@ver@@"></script>
<script src="https://www.kkotdam.co.kr/js/common.js?ver=@@ver@@"></script>
<script src="https://www.kkotdam.co.kr/js/wrest.js?ver=@@ver@@"></script>
<script src="https://www.kkotdam.co.kr/js/placeholders.min.js?ver=@@ver@@"></script>
<script type="text/javascript" src="//wcs.naver.net/wcslog.js"></script>
<script type="text/javascript">if(!wcs_add) var wcs_add = {}; wcs_add["wa"] = "s_3f1a9c2e7b4d"; if(window.wcs) { wcs_do\
(); }</script>
</head>
<body>

<!-- 상단 시작 { -->
<div id="hd">
    <h1 id="hd_h1">개인정보처리방침</h1>
    <div id="skip_to_container"><a href="#container">본문 바로가기</a></div>

    <div id="hd_banner" class="hd_banner_@@campaign@@"><a href="https://www.kkotdam.co.kr/shop/list.php?ca_id=10">@@ban\
ner@@</a></div>

    <div id="tnb">
    	<div class="inner">
			<ul id="hd_define">
				<li class="active"><a href="https://www.kkotdam.co.kr/shop/">쇼핑몰</a></li>
				<li><a href="https://www.kkotdam.co.kr/bbs/board.php?bo_table=notice">공지사항</a></li>
			</ul>
			<ul id="hd_qnb">
	            <li><a href="https://www.kkotdam.co.kr/bbs/faq.php">FAQ</a></li>
	            <li><a href="https://www.kkotdam.co.kr/bbs/qalist.php">1:1문의</a></li>
	            <li><a href="https://www.kkotdam.co.kr/shop/personalpay.php">개인결제</a></li>
	            <li><a href="https://www.kkotdam.co.kr/bbs/current_connect.php" class="visit">접속자<strong class="visit-num"\
>@@connect@@</strong></a></li>
	        </ul>
		</div>
    </div>
    <div id="hd_wrapper">
        <div id="logo">
        	<a href="https://www.kkotdam.co.kr/shop/"><img src="https://www.kkotdam.co.kr/data/common/logo_img" alt="꽃담"><\
/a>
        </div>

        <div class="hd_sch_wr">
            <fieldset id="hd_sch">
                <legend>쇼핑몰 전체검색</legend>
                <form name="frmsearch1" action="https://www.kkotdam.co.kr/shop/search.php" onsubmit="return search_subm\
it(this);">
                <label for="sch_str" class="sound_only">검색어<strong class="sound_only"> 필수</strong></label>
                <input type="text" name="q" value="" id="sch_str" required placeholder="검색어를 입력해주세요">
                <button type="submit" id="sch_submit" value="검색"><i class="fa fa-search" aria-hidden="true"></i><span c\
lass="sound_only">검색</span></button>
                </form>
            </fieldset>
            <section id="popular">
                <h2>인기검색어</h2>
                <div class="popular_inner">
                    <ul>
@@keywords@@
                    </ul>
                </div>
            </section>
        </div>
        <ul class="hd_login">
            <li><a href="https://www.kkotdam.co.kr/bbs/register.php">회원가입</a></li>
            <li><a href="https://www.kkotdam.co.kr/bbs/login.php?url=%2Fbbs%2Fcontent.php%3Fco_id%3Dprivacy">로그인</a></l\
i>
        </ul>
    </div>

    <div id="hd_menu">
        <ul class="hd_menu">
            <li><a href="https://www.kkotdam.co.kr/shop/list.php?ca_id=10">꽃다발</a></li>
            <li><a href="https://www.kkotdam.co.kr/shop/list.php?ca_id=20">꽃바구니</a></li>
            <li><a href="https://www.kkotdam.co.kr/shop/list.php?ca_id=30">축하화환</a></li>
            <li><a href="https://www.kkotdam.co.kr/shop/list.php?ca_id=40">근조화환</a></li>
            <li><a href="https://www.kkotdam.co.kr/shop/list.php?ca_id=50">동양란·서양란</a></li>
            <li><a href="https://www.kkotdam.co.kr/shop/list.php?ca_id=60">관엽·개업화분</a></li>
        </ul>
    </div>
</div>
<!-- } 상단 끝 -->

<div id="side_menu">
    <ul id="quick">
        <li><button class="btn_sm_cl1 btn_sm"><i class="fa fa-user-o" aria-hidden="true"></i><span class="qk_tit">마이메뉴<\
/span></button></li>
        <li><button class="btn_sm_cl2 btn_sm"><i class="fa fa-archive" aria-hidden="true"></i><span class="qk_tit">오늘 본\
 상품</span></button></li>
        <li><button class="btn_sm_cl3 btn_sm"><i class="fa fa-shopping-cart" aria-hidden="true"></i><span class="qk_tit\
">장바구니</span></button></li>
    </ul>
</div>

<div id="wrapper">
    <!-- 콘텐츠 시작 { -->
    <div id="container">
        
<article id="ctt" class="ctt_privacy">
    <header>
        <h1>@@title@@</h1>
    </header>

    <div id="ctt_con">
        @@content@@
    </div>

</article>
    </div>
    <!-- } 콘텐츠 끝 -->

    <!-- 사이드 { -->
    <aside id="aside">
        <section class="sb_review">
            <h2>포토후기</h2>
            <ul>
@@reviews@@
            </ul>
            <a href="https://www.kkotdam.co.kr/shop/itemuselist.php" class="lt_more">더보기</a>
        </section>
        <section id="visit">
            <div class="visit_inner">
                <h2>접속자집계</h2>
                <dl>
                    <dt><span class="visit_dot"></span>오늘</dt>
                    <dd><strong>@@today@@</strong></dd>
                    <dt><span class="visit_dot"></span>어제</dt>
                    <dd><strong>@@yesterday@@</strong></dd>
                    <dt><span class="visit_dot"></span>최대</dt>
                    <dd><strong>@@max@@</strong></dd>
                    <dt><span class="visit_dot"></span>전체</dt>
                    <dd><strong>@@total@@</strong></dd>
                </dl>
            </div>
        </section>
    </aside>
    <!-- } 사이드 끝 -->
</div>

<!-- 하단 시작 { -->
<div id="ft">
    <div id="ft_wr">
        <ul id="ft_link" class="ft_cnt">
            <li><a href="https://www.kkotdam.co.kr/bbs/content.php?co_id=company">회사소개</a></li>
            <li><a href="https://www.kkotdam.co.kr/bbs/content.php?co_id=provision">서비스이용약관</a></li>
            <li><a href="https://www.kkotdam.co.kr/bbs/content.php?co_id=privacy"><strong>개인정보처리방침</strong></a></li>
        </ul>
        <div id="ft_company" class="ft_cnt">
            <h2>사이트 정보</h2>
            <p class="ft_info">
                <span><b>회사명</b> (주)꽃담</span>
                <span><b>주소</b> 서울특별시 서초구 강남대로 27 양재꽃시장 별관 2층</span><br>
                <span><b>사업자 등록번호</b> 214-88-40523</span>
                <span><b>대표</b> 박지훈</span>
                <span><b>전화</b> 1588-4170</span><br>
                <span><b>통신판매업신고번호</b> 제 2019-서울서초-1832 호</span>
            </p>
        </div>
    </div>
    <div id="ft_copy">Copyright &copy; 2019-@@year@@ (주)꽃담. All Rights Reserved.</div>
    <button type="button" id="top_btn"><i class="fa fa-arrow-up" aria-hidden="true"></i><span class="sound_only">상단으로</\
span></button>
</div>
<!-- } 하단 끝 -->

<script src="https://www.kkotdam.co.kr/js/sns.js"></script>
</body>
</html>
"""


def render(s, blocks, when):
    today, yesterday, total = s["visit"]
    y, m, d = s["day"]
    revs = "\n".join('<li><a href="https://www.kkotdam.co.kr/shop/itemuseform.php?is_id=%d"><span class="sb_rv_tit">%s'
                     '</span><span class="sb_rv_date">%02d-%02d</span></a></li>' % (n, t, rd.month, rd.day)
                     for rd, t, n in reviews(dt.date(y, m, d)))
    kws = "\n".join('<li><a href="https://www.kkotdam.co.kr/shop/search.php?q=%s">%s</a></li>'
                    % (KEYWORDS[k], KEYWORDS[k]) for k in s["keywords"])
    return K.fill(TEMPLATE, ver=s["ver"], campaign=s["campaign"], banner=BANNERS[s["campaign"]], connect=s["connect"],
                  keywords=kws, title=C.esc(blocks[0][1]), content=content(blocks[1:]), reviews=revs,
                  today=K.group3(today, ","), yesterday=K.group3(yesterday, ","),
                  max=K.group3(4218 + (total - 1187402) // 5000, ","), total=K.group3(total, ","), year=when.year)


PAGE = {
    "service": "Kkotdam", "url": URL, "lang": "ko-KR", "platform": "gnuboard5 + youngcart5",
    "content_type": "text/html; charset=utf-8",
    "n": 30, "start": dt.date(2022, 1, 5), "end": dt.date(2026, 3, 20), "hours": (0, 3, 9),
    "policy": POLICY, "first_updated": dt.date(2021, 7, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": "#ctt"},
}
