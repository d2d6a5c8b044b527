"""Korean dental-clinic network on Gnuboard5 (content.php?co_id=privacy, the theme's `content/basic` skin).

Noise: the Gnuboard visitor counter (`#visit`: 오늘/어제/최대/전체) and a "실시간 상담신청" ticker of masked patient
names in the quick menu change at every visit; the `#hd_pop` layer popups follow the month's event (implant,
orthodontics, scaling); asset `?ver=` stamps move with a Gnuboard update; in April 2024 the clinic's own theme is
replaced by a new one (new header, GNB, footer and quick menu) that keeps the content skin's `#ctt` / `#ctt_con`.
All of it sits outside `#ctt_con`, which holds only the editor HTML of the policy.
"""
import datetime as dt
import html

import common as C

URL = "https://www.bareuni.co.kr/bbs/content.php?co_id=privacy"

POLICY = """
바른이치과 네트워크(이하 '병원')는 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다. 이 방침은 바른이치과 네트워크에 소속된 전국 지점(강남본점, 잠실점, 분당점, 일산점, 부산서면점)과 홈페이지(www.bareuni.co.kr), 모바일 예약 서비스에 공통으로 적용됩니다.

## 제1조(개인정보의 처리 목적)

병원은 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 「개인정보 보호법」 제18조에 따라 별도의 동의를 받는 등 필요한 조치를 이행할 예정입니다.

1. 진료 예약 및 상담: 온라인·전화 예약 접수, 예약 확인 및 변경 안내, 카카오톡 채널 상담 응대
2. 진료 및 진료기록 관리: 「의료법」에 따른 진료, 진료기록부 작성·보존, 진료비 청구 및 수납, 건강보험 요양급여 청구
3. 홈페이지 회원 관리: 회원제 서비스 이용에 따른 본인확인, 부정 이용 방지, 각종 고지·통지
4. 마케팅 및 광고에의 활용(선택): 이벤트 및 할인 정보 안내, 정기검진·스케일링 시기 알림 발송

## 제2조(처리하는 개인정보의 항목)

병원은 다음의 개인정보 항목을 처리하고 있습니다.

| 구분 | 처리 항목 | 수집 방법 |
| 온라인 예약·상담 | (필수) 이름, 휴대전화번호, 희망 지점, 희망 일시 (선택) 상담 내용, 치료 부위 사진 | 홈페이지, 네이버 예약, 카카오톡 채널 |
| 진료 | (필수) 이름, 주민등록번호, 주소, 휴대전화번호, 건강보험 자격 정보, 병력 및 복용 약물, 진료기록 | 내원 시 서면 및 전자차트 |
| 회원가입 | (필수) 아이디, 비밀번호, 이름, 휴대전화번호 (선택) 이메일, 생년월일 | 홈페이지 |
| 자동 수집 항목 | 접속 IP 정보, 쿠키, 접속 일시, 서비스 이용 기록, 기기 정보 | 서비스 이용 과정에서 자동 생성 |

병원은 「의료법」 및 같은 법 시행규칙, 「국민건강보험법」에 따라 진료 목적으로 주민등록번호를 처리하며, 그 밖의 경우에는 주민등록번호를 수집하지 않습니다.

## 제3조(개인정보의 처리 및 보유 기간)

병원은 법령에 따른 개인정보 보유·이용기간 또는 정보주체로부터 개인정보를 수집 시에 동의받은 개인정보 보유·이용기간 내에서 개인정보를 처리·보유합니다. 각각의 개인정보 처리 및 보유 기간은 다음과 같습니다.

- 진료기록부, 수술기록: 10년(「의료법 시행규칙」 제15조)
- 환자 명부, 검사내용 및 검사소견기록, 방사선 사진 및 그 소견서: 5년
- 진단서 등의 부본: 3년
- 처방전: 2년
- 온라인 예약 및 상담 기록: 상담 완료 후 1년
- 홈페이지 회원 정보: 회원 탈퇴 시까지(다만, 관계 법령 위반에 따른 수사·조사가 진행 중인 경우에는 해당 수사·조사 종료 시까지)
- 마케팅 수신 동의 정보: 동의 철회 시까지

## 제4조(개인정보의 제3자 제공)

병원은 정보주체의 개인정보를 제1조(개인정보의 처리 목적)에서 명시한 범위 내에서만 처리하며, 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다.

| 제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간 |
| 국민건강보험공단, 건강보험심사평가원 | 요양급여비용 청구 및 심사 | 이름, 주민등록번호, 진료 내역 | 관계 법령에 따른 기간 |
| 민간 보험회사(환자 요청 시) | 실손의료보험 청구 서류 전송 | 진료비 영수증, 진료비 세부산정내역서 | 제공 목적 달성 시까지 |

## 제5조(개인정보 처리의 위탁)

병원은 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.

| 수탁자 | 위탁 업무 내용 |
| (주)덴트웹 | 전자차트(EMR) 시스템 운영 및 유지보수 |
| (주)카카오 | 카카오톡 알림톡 발송(예약 확인 및 변경 안내) |
| (주)네이버 | 네이버 예약 시스템 운영 |
| (주)케이지이니시스 | 온라인 결제 처리 |

병원은 위탁계약 체결 시 「개인정보 보호법」 제26조에 따라 위탁업무 수행목적 외 개인정보 처리금지, 기술적·관리적 보호조치, 재위탁 제한, 수탁자에 대한 관리·감독, 손해배상 등 책임에 관한 사항을 계약서 등 문서에 명시하고, 수탁자가 개인정보를 안전하게 처리하는지를 감독하고 있습니다. 위탁업무의 내용이나 수탁자가 변경될 경우에는 지체 없이 본 개인정보 처리방침을 통하여 공개하도록 하겠습니다.

## 제6조(개인정보의 파기 절차 및 방법)

병원은 개인정보 보유기간의 경과, 처리목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체 없이 해당 개인정보를 파기합니다. 정보주체로부터 동의받은 개인정보 보유기간이 경과하거나 처리목적이 달성되었음에도 불구하고 다른 법령에 따라 개인정보를 계속 보존하여야 하는 경우에는, 해당 개인정보를 별도의 데이터베이스(DB)로 옮기거나 보관장소를 달리하여 보존합니다.

1. 파기절차: 병원은 파기 사유가 발생한 개인정보를 선정하고, 병원의 개인정보 보호책임자의 승인을 받아 개인정보를 파기합니다.
2. 파기방법: 전자적 파일 형태로 기록·저장된 개인정보는 기록을 재생할 수 없도록 로우레벨포맷 등의 방법을 이용하여 파기하며, 종이 문서에 기록·저장된 개인정보를 파기할때에는 분쇄기로 분쇄하거나 소각합니다. 방사선 필름 등 별도 매체는 전문 업체에 위탁하여 파기하고 파기 확인서를 받아 보관합니다.

## 제7조(정보주체와 법정대리인의 권리·의무 및 그 행사방법)

1. 정보주체는 병원에 대해 언제든지 개인정보 열람·정정·삭제·처리정지 요구 등의 권리를 행사할 수 있습니다. 다만, 진료기록의 열람 및 사본 발급은 「의료법」 제21조에 따른 절차를 따릅니다.
2. 권리 행사는 서면, 전화, 전자우편 등을 통하여 하실 수 있으며, 병원은 이에 대해 지체 없이(10일 이내) 조치하겠습니다.
3. 권리 행사는 정보주체의 법정대리인이나 위임을 받은 자 등 대리인을 통하여 하실 수도 있습니다. 이 경우 「개인정보 처리 방법에 관한 고시」 별지 제11호 서식에 따른 위임장을 제출하셔야 합니다.
4. 개인정보 열람 및 처리정지 요구는 「개인정보 보호법」 제35조 제4항, 제37조 제2항에 의하여 정보주체의 권리가 제한될 수 있습니다.
5. 만 14세 미만 아동의 개인정보를 처리하는 경우에는 법정대리인의 동의를 받으며, 법정대리인은 아동의 개인정보에 대한 열람, 정정·삭제, 처리정지를 요구할 수 있습니다.

## 제8조(개인정보의 안전성 확보조치)

병원은 개인정보의 안전성 확보를 위해 다음과 같은 조치를 취하고 있습니다.

- 관리적 조치: 내부관리계획 수립·시행, 진료실 및 데스크 직원에 대한 정기적인 개인정보 보호 교육
- 기술적 조치: 전자차트 접근권한 관리, 접근통제시스템 설치, 고유식별정보 등의 암호화, 보안프로그램 설치 및 주기적 갱신
- 물리적 조치: 서버실, 차트 보관실 등의 접근통제, 잠금장치가 있는 서류보관함 사용

## 제9조(개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항)

병원은 이용자에게 개별적인 맞춤서비스를 제공하기 위해 이용정보를 저장하고 수시로 불러오는 '쿠키(cookie)'를 사용합니다. 쿠키는 웹사이트를 운영하는데 이용되는 서버가 이용자의 브라우저에게 보내는 소량의 정보이며 이용자의 컴퓨터 하드디스크에 저장되기도 합니다.

- 쿠키의 사용 목적: 이용자가 방문한 각 서비스와 웹 사이트들에 대한 방문 및 이용형태, 보안접속 여부 등을 파악하여 이용자에게 최적화된 정보 제공을 위해 사용됩니다.
- 쿠키의 설치·운영 및 거부: 웹브라우저 상단의 도구 > 인터넷 옵션 > 개인정보 메뉴의 옵션 설정을 통해 쿠키 저장을 거부할 수 있습니다.
- 쿠키 저장을 거부할 경우 온라인 예약 등 일부 서비스 이용에 어려움이 발생할 수 있습니다.

## 제10조(개인정보 보호책임자)

병원은 개인정보 처리에 관한 업무를 총괄해서 책임지고, 개인정보 처리와 관련한 정보주체의 불만처리 및 피해구제 등을 위하여 아래와 같이 개인정보 보호책임자를 지정하고 있습니다.

| 구분 | 성명 | 직책 | 연락처 |
| 개인정보 보호책임자 | 김도윤 | 경영지원실장 | 02-555-1234, privacy@bareuni.co.kr |
| 개인정보 보호담당자 | 이수민 | 고객만족팀 팀장 | 02-555-1235, cs@bareuni.co.kr |

정보주체는 병원의 서비스를 이용하시면서 발생한 모든 개인정보 보호 관련 문의, 불만처리, 피해구제 등에 관한 사항을 개인정보 보호책임자 및 담당부서로 문의하실 수 있습니다. 병원은 정보주체의 문의에 대해 지체 없이 답변 및 처리해드릴 것입니다.

## 제11조(권익침해 구제방법)

정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보분쟁조정위원회, 한국인터넷진흥원 개인정보침해신고센터 등에 분쟁해결이나 상담 등을 신청할 수 있습니다. 이 밖에 기타 개인정보침해의 신고, 상담에 대하여는 아래의 기관에 문의하시기 바랍니다.

- 개인정보분쟁조정위원회: (국번없이) 1833-6972 (www.kopico.go.kr)
- 개인정보침해신고센터: (국번없이) 118 (privacy.kisa.or.kr)
- 대검찰청: (국번없이) 1301 (www.spo.go.kr)
- 경찰청: (국번없이) 182 (ecrm.cyber.go.kr)

## 제12조(개인정보 처리방침의 변경)

이 개인정보 처리방침은 {UPDATED}부터 적용됩니다. 이전의 개인정보 처리방침은 홈페이지 [공지사항](/bbs/board.php?bo_table=notice)에서 확인하실 수 있습니다.
"""

SECTION_9_2 = """## 제9조의2(행태정보의 수집·이용 및 거부 등에 관한 사항)

병원은 서비스 이용과정에서 정보주체에게 최적화된 맞춤형 서비스 및 혜택, 온라인 맞춤형 광고 등을 제공하기 위하여 행태정보를 수집·이용하고 있습니다.

| 수집하는 행태정보의 항목 | 행태정보 수집 방법 | 행태정보 수집 목적 | 보유·이용기간 |
| 웹사이트 방문 이력, 검색 이력, 예약 페이지 이용 기록 | 이용자의 웹사이트 방문 시 자동 수집(네이버 애널리틱스, 카카오픽셀) | 이용자의 관심, 성향에 기반한 맞춤형 광고 제공 | 수집일로부터 1년 |

병원은 온라인 맞춤형 광고 등에 필요한 최소한의 행태정보만 수집하며, 진료 내용 등 사생활을 현저히 침해할 우려가 있는 민감한 행태정보를 수집하지 않습니다. 정보주체는 웹브라우저의 쿠키 설정 변경 등을 통해 온라인 맞춤형 광고를 일괄적으로 차단·허용할 수 있습니다.

## 제10조(개인정보 보호책임자)"""

EDITS = [
    {"note": "new branch 대구동성로점 added to the list of branches the policy covers",
     "repl": [("일산점, 부산서면점)", "일산점, 부산서면점, 대구동성로점)")]},
    {"note": "retention of online booking/consultation records shortened from 1 year to 6 months",
     "repl": [("상담 완료 후 1년", "상담 완료 후 6개월")]},
    {"note": "processor NHN클라우드(주) (server hosting) added to the 위탁 table",
     "repl": [("| (주)케이지이니시스 | 온라인 결제 처리 |",
               "| (주)케이지이니시스 | 온라인 결제 처리 |\n| NHN클라우드(주) | 홈페이지 및 예약 시스템 서버 호스팅 |")]},
    {"note": "new article 제9조의2 on behavioural data (행태정보) with a table, before 제10조",
     "repl": [("## 제10조(개인정보 보호책임자)", SECTION_9_2)]},
    {"note": "spacing typo fixed: 파기할때에는 -> 파기할 때에는 (no new date)", "bump": False,
     "repl": [("파기할때에는", "파기할 때에는")]},
    {"note": "privacy officer's and deputy's phone numbers changed (02-555-123x -> 02-6952-770x)",
     "repl": [("02-555-1234, privacy@", "02-6952-7700, privacy@"), ("02-555-1235, cs@", "02-6952-7701, cs@")]},
]


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


REDESIGN = dt.datetime(2024, 4, 15)
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = ["민준", "서연", "지훈", "하은", "도현", "수빈", "예진", "현우", "지민", "유나", "성호", "은지", "재원", "소희"]
BRANCHES = ["강남본점", "잠실점", "분당점", "일산점", "부산서면점"]
ITEMS = ["임플란트 상담", "치아교정 상담", "스케일링 예약", "충치치료 예약", "라미네이트 상담", "사랑니 발치 예약",
         "투명교정 상담", "잇몸치료 예약", "치아미백 상담"]
EVENTS = {
    1: ("2401", "새해 맞이 스케일링 + 불소도포 이벤트"), 2: ("2402", "졸업·입학 시즌 투명교정 상담 이벤트"),
    3: ("2403", "3월 임플란트 정밀진단 무료 이벤트"), 4: ("2404", "봄맞이 치아미백 이벤트"),
    5: ("2405", "가정의 달 부모님 임플란트 상담 이벤트"), 6: ("2406", "여름방학 어린이 불소도포 이벤트"),
    7: ("2407", "여름방학 교정 상담 이벤트"), 8: ("2408", "8월 사랑니 발치 상담 이벤트"),
    9: ("2409", "추석 연휴 진료 안내"), 10: ("2410", "가을 잇몸 건강 캠페인"),
    11: ("2411", "수능 끝! 수험생 교정·미백 이벤트"), 12: ("2412", "연말 스케일링 건강보험 안내"),
}


def noise(rng, when, i, prev):
    st = {}
    st["theme"] = "bareuni" if when < REDESIGN else "bareuni24"
    if when < dt.datetime(2023, 8, 1):
        ver = "210618"
    elif when < REDESIGN:
        ver = "230727"
    else:
        ver = "240415"
    st["ver"] = ver
    month_ev = EVENTS[when.month]
    st["popup"] = ("%d%s" % (when.year % 100, month_ev[0][2:]), month_ev[1]) if when.day <= 25 else None
    days = (when.date() - dt.date(2022, 12, 1)).days
    today = rng.randint(140, 860)
    st["visit"] = (today, rng.randint(300, 1100), 3412, 812345 + days * 640 + today)
    st["counsel"] = [("%s*%s" % (rng.choice(SURNAMES), rng.choice(GIVEN)[1]), rng.choice(BRANCHES), rng.choice(ITEMS),
                      rng.randint(1, 180)) for _ in range(6)]
    st["counsel"].sort(key=lambda x: x[3])
    st["today_count"] = rng.randint(8, 96)
    return st


LABELS = {"theme": "theme redesign (header, GNB, footer, quick menu)", "ver": "asset ?ver= stamps (Gnuboard update)",
          "popup": "#hd_pop event popup layer", "visit": "#visit visitor counter",
          "counsel": "실시간 상담신청 ticker (masked names)", "today_count": "오늘 상담신청 count"}


def esc(s):
    return html.escape(s, quote=False)


def content_html(blocks):
    out = []
    for kind, v in blocks:
        if kind == "h2":
            out.append('<h2 style="margin:30px 0 10px;font-size:17px;color:#1b4f8a">%s</h2>' % C.inline_html(v))
        elif kind == "p":
            out.append('<p style="line-height:1.8">%s</p>' % C.inline_html(v))
        elif kind == "table":
            head = "".join('<th style="background:#f3f6fa;border:1px solid #cfd8e3;padding:8px">%s</th>'
                           % C.inline_html(x) for x in v[0])
            rows = "".join("<tr>%s</tr>" % "".join('<td style="border:1px solid #cfd8e3;padding:8px">%s</td>'
                                                   % C.inline_html(x) for x in r) for r in v[1:])
            out.append('<table style="width:100%%;border-collapse:collapse;margin:10px 0" cellpadding="0" '
                       'cellspacing="0"><tbody><tr>%s</tr>%s</tbody></table>' % (head, rows))
        elif kind == "ol":  # hand-numbered paragraphs, as the editor's users type them
            out.append("\n".join('<p style="line-height:1.8;padding-left:12px">%d. %s</p>' % (n + 1, C.inline_html(x))
                                 for n, x in enumerate(v)))
        elif kind == "ul":
            out.append('<ul style="padding-left:20px;line-height:1.8">%s</ul>'
                       % "".join("<li>%s</li>" % C.inline_html(x) for x in v))
        else:
            out.append(C.block_html((kind, v)))
    return "\n".join(out)


MENU = [("병원소개", ["인사말", "의료진 소개", "지점 안내", "진료시간 안내"]),
        ("임플란트", ["임플란트 안내", "뼈이식 임플란트", "네비게이션 임플란트"]),
        ("치아교정", ["투명교정", "설측교정", "소아교정"]),
        ("심미치료", ["라미네이트", "치아미백", "올세라믹"]),
        ("일반진료", ["충치치료", "신경치료", "사랑니 발치", "잇몸치료"]),
        ("커뮤니티", ["공지사항", "이벤트", "온라인 상담", "치료 후기"])]


def head(st):
    ver = st["ver"]
    th = "/theme/" + st["theme"]
    css_extra = ('<link rel="stylesheet" href="https://www.bareuni.co.kr%s/css/default.css?ver=%s">\n'
                 '<link rel="stylesheet" href="https://www.bareuni.co.kr/js/font-awesome/css/font-awesome.min.css?ver=%s">\n'
                 '<link rel="stylesheet" href="https://www.bareuni.co.kr%s/skin/content/basic/style.css?ver=%s">\n'
                 % (th, ver, ver, th, ver))
    if st["theme"] == "bareuni24":
        css_extra += ('<link rel="stylesheet" href="https://cdn.jsdelivr.net/gh/orioncactus/pretendard@v1.3.9/dist/web/static/pretendard.min.css">\n'
                      '<link rel="stylesheet" href="https://www.bareuni.co.kr/theme/bareuni24/css/swiper-bundle.min.css?ver=%s">\n'
                      '<link rel="stylesheet" href="https://www.bareuni.co.kr/theme/bareuni24/css/layout.css?ver=%s">\n' % (ver, ver))
    return """<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=0,maximum-scale=10,user-scalable=yes">
<meta name="HandheldFriendly" content="true">
<meta name="format-detection" content="telephone=no">
<meta http-equiv="imagetoolbar" content="no">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="naver-site-verification" content="3b1f0c7e2d9a4f65b8e0c1d2a3f4e5b6c7d8e9f0">
<meta property="og:type" content="website">
<meta property="og:title" content="개인정보처리방침 | 바른이치과 네트워크">
<meta property="og:image" content="https://www.bareuni.co.kr%s/img/og_image.jpg">
<title>개인정보처리방침 | 바른이치과 네트워크</title>
%s<!--[if lte IE 8]>
<script src="https://www.bareuni.co.kr/js/html5.js"></script>
<![endif]-->
<script>
// 자바스크립트에서 사용하는 전역변수 선언
var g5_url       = "https://www.bareuni.co.kr";
var g5_bbs_url   = "https://www.bareuni.co.kr/bbs";
var g5_is_member = "";
var g5_is_admin  = "";
var g5_is_mobile = "";
var g5_bo_table  = "";
var g5_sca       = "";
var g5_editor    = "";
var g5_plugin_url = "https://www.bareuni.co.kr/plugin";
var g5_cookie_domain = ".bareuni.co.kr";
</script>
<script src="https://www.bareuni.co.kr/js/jquery-1.12.4.min.js?ver=%s"></script>
<script src="https://www.bareuni.co.kr/js/jquery-migrate-1.4.1.min.js?ver=%s"></script>
<script src="https://www.bareuni.co.kr/js/jquery.menu.js?ver=%s"></script>
<script src="https://www.bareuni.co.kr/js/common.js?ver=%s"></script>
<script src="https://www.bareuni.co.kr/js/wrest.js?ver=%s"></script>
<script src="https://www.bareuni.co.kr/js/placeholders.min.js?ver=%s"></script>
<script type="text/javascript" src="//wcs.naver.net/wcslog.js"></script>
<script type="text/javascript">
if(!wcs_add) var wcs_add = {};
wcs_add["wa"] = "s_4a7c1e9b2f3d";
if(window.wcs) { wcs_do(); }
</script>
<script type="text/javascript" charset="UTF-8" src="//t1.daumcdn.net/kas/static/kp.js"></script>
<script type="text/javascript">
      kakaoPixel('5729184736201948375').pageView();
</script>
</head>
""" % (th, css_extra, ver, ver, ver, ver, ver, ver)


def popup(st):
    if not st["popup"]:
        return ""
    pid, title = st["popup"]
    n = int(pid) % 97 + 11
    return """<!-- 팝업레이어 시작 { -->
<div id="hd_pop">
    <h2>팝업레이어 알림</h2>

    <div id="hd_pops_%d" class="hd_pops" style="top:120px;left:80px">
        <div class="hd_pops_con" style="width:420px;height:520px">
            <p><a href="/bbs/board.php?bo_table=event&amp;wr_id=%d"><img src="/data/editor/%s/popup_event_%s.jpg" alt="%s" width="420" height="520"></a></p>
        </div>
        <div class="hd_pops_footer">
            <button class="hd_pops_reject hd_pops_%d 24"><strong>24</strong>시간 동안 다시 열람하지 않습니다.</button>
            <button class="hd_pops_close hd_pops_%d">닫기 <i class="fa fa-times" aria-hidden="true"></i></button>
        </div>
    </div>
</div>

<script>
$(function() {
    $(".hd_pops_reject").click(function() {
        var id = $(this).attr('class').split(' ');
        var ck_name = id[1];
        var exp_time = parseInt(id[2]);
        $("#"+id[1]).css("display", "none");
        set_cookie(ck_name, 1, exp_time, g5_cookie_domain);
    });
    $('.hd_pops_close').click(function() {
        var idb = $(this).attr('class').split(' ');
        $('#'+idb[1]).css('display','none');
    });
    $("#hd").css("z-index", 1000);
});
</script>
<!-- } 팝업레이어 끝 -->
""" % (n, n + 200, pid, pid, esc(title), n, n)


def header_v1():
    lis = []
    for i, (top, subs) in enumerate(MENU):
        sub = "".join('<li class="gnb_2dli"><a href="/bbs/content.php?co_id=m%d_%d" target="_self" class="gnb_2da">%s</a></li>'
                      % (i + 1, j + 1, esc(s)) for j, s in enumerate(subs))
        lis.append('<li class="gnb_1dli gnb_al_li_plus" style="z-index:%d">\n'
                   '                <a href="/bbs/content.php?co_id=m%d" target="_self" class="gnb_1da">%s</a>\n'
                   '                <span class="bg">하위분류</span><div class="gnb_2dul"><ul class="gnb_2dul_box">%s</ul></div>\n'
                   '            </li>' % (999 - i, i + 1, esc(top), sub))
    return """<!-- 상단 시작 { -->
<div id="hd">
    <h1 id="hd_h1">개인정보처리방침</h1>
    <div id="skip_to_container"><a href="#container">본문 바로가기</a></div>

    <div id="tnb">
        <div class="inner">
            <ul id="hd_define">
                <li class="active"><a href="https://www.bareuni.co.kr/">바른이치과 네트워크</a></li>
                <li><a href="https://blog.naver.com/bareuni_dental" target="_blank">공식 블로그</a></li>
            </ul>
            <ul id="hd_qnb">
                <li><a href="https://www.bareuni.co.kr/bbs/login.php">로그인</a></li>
                <li><a href="https://www.bareuni.co.kr/bbs/register.php">회원가입</a></li>
            </ul>
        </div>
    </div>
    <div id="hd_wrapper">

        <div id="logo">
            <a href="https://www.bareuni.co.kr"><img src="https://www.bareuni.co.kr/theme/bareuni/img/logo.png" alt="바른이치과 네트워크"></a>
        </div>
        <div class="hd_tel"><span>대표번호</span> <strong>1588-2875</strong></div>
    </div>

    <nav id="gnb">
        <h2>메인메뉴</h2>
        <div class="gnb_wrap">
            <ul id="gnb_1dul">
            %s
            </ul>
        </div>
    </nav>
</div>
<!-- } 상단 끝 -->
""" % "\n            ".join(lis)


def header_v2():
    lis = []
    for i, (top, subs) in enumerate(MENU):
        sub = "".join('<li><a href="/bbs/content.php?co_id=m%d_%d">%s</a></li>' % (i + 1, j + 1, esc(s))
                      for j, s in enumerate(subs))
        lis.append('<li class="depth1"><a href="/bbs/content.php?co_id=m%d">%s</a><ul class="depth2">%s</ul></li>'
                   % (i + 1, esc(top), sub))
    return """<div id="skip_to_container"><a href="#container">본문 바로가기</a></div>
<header id="hd" class="hd_fix">
    <h1 id="hd_h1" class="sound_only">개인정보처리방침</h1>
    <div class="hd_inner">
        <a href="https://www.bareuni.co.kr" class="hd_logo"><img src="https://www.bareuni.co.kr/theme/bareuni24/img/logo_w.svg" alt="바른이치과 네트워크"></a>
        <nav class="gnb" aria-label="주메뉴">
            <ul class="gnb_list">%s</ul>
        </nav>
        <div class="hd_util">
            <a href="https://booking.naver.com/booking/13/bizes/512873" target="_blank" class="btn_naver">네이버 예약</a>
            <a href="https://pf.kakao.com/_xbAxjC" target="_blank" class="btn_kakao">카카오톡 상담</a>
            <button type="button" class="btn_allmenu" aria-controls="allmenu"><span class="sound_only">전체메뉴</span><i></i><i></i><i></i></button>
        </div>
    </div>
</header>
""" % "".join(lis)


def quick(st):
    items = "\n".join('<li><span class="name">%s</span> <span class="br">%s</span> <span class="item">%s</span> '
                      '<span class="time">%d분 전</span></li>'
                      % (esc(n), esc(b), esc(it), m) for n, b, it, m in st["counsel"])
    if st["theme"] == "bareuni":
        return """<div id="quick">
    <ul class="quick_btn">
        <li><a href="/bbs/write.php?bo_table=counsel"><img src="/theme/bareuni/img/quick_01.png" alt="온라인상담"></a></li>
        <li><a href="https://booking.naver.com/booking/13/bizes/512873" target="_blank"><img src="/theme/bareuni/img/quick_02.png" alt="네이버 예약"></a></li>
        <li><a href="https://pf.kakao.com/_xbAxjC" target="_blank"><img src="/theme/bareuni/img/quick_03.png" alt="카카오톡 상담"></a></li>
    </ul>
    <div class="realtime_counsel">
        <h3>실시간 상담신청 <em>오늘 %d건</em></h3>
        <ul class="rolling">
%s
        </ul>
    </div>
    <a href="#hd" class="quick_top">TOP</a>
</div>
""" % (st["today_count"], items)
    return """<aside class="quick_menu" aria-label="빠른 메뉴">
    <div class="qm_today">오늘 <strong>%d</strong>명이 상담을 신청했어요</div>
    <div class="qm_rolling swiper">
        <ul class="swiper-wrapper">
%s
        </ul>
    </div>
    <a href="/bbs/write.php?bo_table=counsel" class="qm_btn qm_counsel">빠른 상담신청</a>
    <a href="tel:1588-2875" class="qm_btn qm_tel">1588-2875</a>
    <button type="button" class="qm_top">TOP</button>
</aside>
""" % (st["today_count"], items.replace("<li>", '<li class="swiper-slide">'))


def footer(st):
    t, y, mx, tot = st["visit"]
    visit = """<!-- 접속자집계 시작 { -->
<section id="visit">
    <div>
        <h2>접속자집계</h2>
        <dl>
            <dt><span></span> 오늘</dt>
            <dd><strong>%s</strong></dd>
            <dt><span></span> 어제</dt>
            <dd><strong>%s</strong></dd>
            <dt><span></span> 최대</dt>
            <dd><strong>%s</strong></dd>
            <dt><span></span> 전체</dt>
            <dd><strong>%s</strong></dd>
        </dl>
    </div>
</section>
<!-- } 접속자집계 끝 -->""" % tuple("{:,}".format(x) for x in (t, y, mx, tot))
    info = ("상호명 : 바른이치과 네트워크 (주)바른메디컬 | 대표자 : 박정훈 | 사업자등록번호 : 214-86-45219<br>"
            "주소 : 서울특별시 강남구 테헤란로 152, 강남파이낸스센터 3층 | 대표번호 : 1588-2875 | 팩스 : 02-555-1299<br>"
            "개인정보 보호책임자 : 김도윤")
    if st["theme"] == "bareuni":
        return """<hr>

<!-- 하단 시작 { -->
<div id="ft">
    <div id="ft_wr">
        <div id="ft_link" class="ft_cnt">
            <a href="https://www.bareuni.co.kr/bbs/content.php?co_id=company">회사소개</a>
            <a href="https://www.bareuni.co.kr/bbs/content.php?co_id=privacy">개인정보처리방침</a>
            <a href="https://www.bareuni.co.kr/bbs/content.php?co_id=provision">서비스이용약관</a>
            <a href="https://www.bareuni.co.kr/bbs/content.php?co_id=nonpay">비급여 진료비용</a>
        </div>
        <div id="ft_company" class="ft_cnt">
            <h2>사이트 정보</h2>
            <p class="ft_info">%s</p>
        </div>
        %s
    </div>
    <div id="ft_copy">Copyright &copy; <b>bareuni.co.kr.</b> All rights reserved.</div>
    <button type="button" id="top_btn">
        <i class="fa fa-arrow-up" aria-hidden="true"></i><span class="sound_only">상단으로</span>
    </button>
    <script>
    $(function() {
        $("#top_btn").on("click", function() {
            $("html, body").animate({scrollTop:0}, '500');
            return false;
        });
    });
    </script>
</div>
<!-- } 하단 끝 -->
""" % (info, visit)
    return """<footer id="ft">
    <div class="ft_inner">
        <ul class="ft_menu">
            <li><a href="/bbs/content.php?co_id=company">병원소개</a></li>
            <li><a href="/bbs/content.php?co_id=privacy"><strong>개인정보처리방침</strong></a></li>
            <li><a href="/bbs/content.php?co_id=provision">이용약관</a></li>
            <li><a href="/bbs/content.php?co_id=nonpay">비급여 진료비용</a></li>
            <li><a href="/bbs/content.php?co_id=email">이메일무단수집거부</a></li>
        </ul>
        <address class="ft_info">%s</address>
        <div class="ft_branch">
            <select onchange="if(this.value) window.open(this.value);" title="지점 바로가기">
                <option value="">지점 바로가기</option>
                <option value="https://gangnam.bareuni.co.kr">강남본점</option>
                <option value="https://jamsil.bareuni.co.kr">잠실점</option>
                <option value="https://bundang.bareuni.co.kr">분당점</option>
                <option value="https://ilsan.bareuni.co.kr">일산점</option>
                <option value="https://busan.bareuni.co.kr">부산서면점</option>
            </select>
        </div>
        %s
        <p class="ft_copy">COPYRIGHT &copy; BAREUNI DENTAL NETWORK. ALL RIGHTS RESERVED.</p>
    </div>
</footer>
<script src="https://www.bareuni.co.kr/theme/bareuni24/js/swiper-bundle.min.js?ver=%s"></script>
<script src="https://www.bareuni.co.kr/theme/bareuni24/js/ui.js?ver=%s"></script>
""" % (info, visit, st["ver"], st["ver"])


def render(st, blocks, when):
    body_cls = "" if st["theme"] == "bareuni" else ' class="sub sub_privacy"'
    hdr = header_v1() if st["theme"] == "bareuni" else header_v2()
    sub_visual = "" if st["theme"] == "bareuni" else (
        '    <div class="sub_visual" style="background-image:url(/theme/bareuni24/img/sub_visual_06.jpg)">'
        '<h2 class="sv_tit">개인정보처리방침</h2><p class="sv_txt">바른이치과 네트워크는 환자분의 개인정보를 소중하게 보호합니다.</p></div>\n')
    return """%s<body%s>
%s%s<hr>

<!-- 콘텐츠 시작 { -->
<div id="wrapper">
%s    <div id="container_wr">
    <div id="container">
        <h2 id="container_title"><span title="개인정보처리방침">개인정보처리방침</span></h2>

<article id="ctt" class="ctt_privacy">
    <header>
        <h1>개인정보처리방침</h1>
    </header>

    <div id="ctt_con">
        %s
    </div>

</article>
    </div>
    </div>
%s</div>
<!-- } 콘텐츠 끝 -->

%s
<script>
$(function() {
    // 폰트 리사이즈 쿠키있으면 실행
    font_resize("container", get_cookie("ck_font_resize_rmv_class"), get_cookie("ck_font_resize_add_class"));
});
</script>

</body>
</html>

<!-- 사용스킨 : theme/basic -->
""" % (head(st), body_cls, popup(st), hdr, sub_visual, content_html(blocks), quick(st), footer(st))


PAGE = {
    "service": "Bareuni Dental",
    "url": URL,
    "lang": "ko",
    "platform": "Gnuboard5 (content.php, theme bareuni -> bareuni24)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "Apache"), ("X-Powered-By", "PHP/7.4.33"),
                      ("Cache-Control", "no-store, no-cache, must-revalidate"), ("Pragma", "no-cache")),
    "n": 30,
    "start": dt.date(2022, 12, 1),
    "end": dt.date(2025, 7, 31),
    "hours": (1, 13),
    "policy": POLICY,
    "first_updated": dt.date(2022, 9, 15),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#ctt_con"},
}
