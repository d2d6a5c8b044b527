"""Hanbit Mobile (phone maker), Korean, Adobe Experience Manager 6.5 (Core Components v2, editable template).

The legal page holds a Core Components *tabs* container: tab 1 개인정보 처리방침 (active, declared), tab 2
위치기반서비스 이용약관 (hidden panel, revised on its own schedule). Above the tabs an "이전 개인정보 처리방침 보기"
select that gains an option at each dated revision. Per visit: the Adobe Target hero offer in the GNB experience
fragment (A/B). Time-driven: the firmware-update notice strip (latest "Hanbit UI" announcement). Per deploy: the
clientlib `lc-<md5>-lc` hashes and the Launch build. The declared `.cmp-text` carries the data-layer JSON
attribute (repo:modifyDate follows the policy's own date: wordless).
"""
import datetime as dt
import html
import json

import common as C

URL = "https://www.hanbitmobile.com/kr/info/privacy/"

POLICY = """한빛모바일 주식회사(이하 '회사')는 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다. 이 처리방침은 회사가 운영하는 한빛모바일 웹사이트(www.hanbitmobile.com), 한빛 계정, 한빛 멤버스 앱, 한빛 스토어 및 고객지원 서비스에 적용됩니다.

## 1. 개인정보의 처리 목적

회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 「개인정보 보호법」 제18조에 따라 별도의 동의를 받는 등 필요한 조치를 이행할 예정입니다.

- **한빛 계정 가입 및 관리**: 회원 가입의사 확인, 본인 식별·인증, 회원자격 유지·관리, 부정이용 방지, 각종 고지·통지
- **제품 구매 및 배송**: 한빛 스토어 주문 접수, 대금 결제, 배송, 교환·반품 및 환불 처리
- **고객지원 및 사후 서비스**: 제품 등록, 보증기간 확인, 서비스센터 수리 접수 및 진행 상황 안내, 원격 상담
- **소프트웨어 업데이트**: 기기 모델 및 펌웨어 버전 확인, 보안 패치 및 Hanbit UI 업데이트 제공, 업데이트 오류 분석
- **기기 분실 대응**: '내 기기 찾기' 서비스를 통한 기기 위치 확인, 원격 잠금 및 데이터 삭제
- **마케팅 및 광고(선택)**: 신제품 및 이벤트 정보 제공, 맞춤형 혜택 안내, 서비스 이용 통계 분석

## 2. 처리하는 개인정보의 항목

회사는 서비스 제공을 위해 필요한 최소한의 개인정보를 다음과 같이 처리합니다.

| 구분 | 처리 항목 | 수집 방법 |
| 한빛 계정(필수) | 이메일 주소, 비밀번호, 이름, 생년월일, 휴대전화번호 | 회원가입 화면 |
| 한빛 스토어 주문(필수) | 수령인 이름, 배송지 주소, 연락처, 결제 정보(카드사명, 승인번호) | 주문서 작성 |
| 서비스센터 수리(필수) | 이름, 연락처, 제품 모델명, 일련번호(IMEI), 고장 증상 | 방문·온라인 접수 |
| 소프트웨어 업데이트(필수) | 기기 모델명, 펌웨어 버전, 국가 및 통신사 코드, 기기 고유식별값 | 기기에서 자동 수집 |
| 내 기기 찾기(선택) | 기기 위치정보, 배터리 잔량, 마지막 접속 시각 | 기기에서 자동 수집 |
| 마케팅 수신(선택) | 이메일 주소, 휴대전화번호, 관심 제품 | 동의 화면 |

서비스 이용 과정에서 접속 IP 주소, 쿠키, 접속 일시, 서비스 이용 기록, 불량 이용 기록이 자동으로 생성되어 수집될 수 있습니다. 회사는 만 14세 미만 아동의 회원가입을 받지 않습니다.

## 3. 개인정보의 처리 및 보유 기간

① 회사는 법령에 따른 개인정보 보유·이용기간 또는 정보주체로부터 개인정보를 수집 시에 동의받은 개인정보 보유·이용기간 내에서 개인정보를 처리·보유합니다.

② 회원 정보는 회원 탈퇴 시까지 보유하며, 탈퇴 후에는 부정 가입 방지를 위하여 이메일 주소와 탈퇴 일시를 30일간 보관한 후 파기합니다.

③ 1년 동안 서비스를 이용하지 않은 회원의 개인정보는 다른 이용자의 개인정보와 분리하여 별도로 저장·관리하며, 분리 저장 30일 전까지 이메일로 그 사실을 알립니다.

④ 관계 법령에 따라 보존할 필요가 있는 경우 다음과 같이 보관합니다.

- 계약 또는 청약철회 등에 관한 기록: 5년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 대금결제 및 재화 등의 공급에 관한 기록: 5년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 소비자의 불만 또는 분쟁처리에 관한 기록: 3년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 표시·광고에 관한 기록: 6개월 (전자상거래 등에서의 소비자보호에 관한 법률)
- 웹사이트 방문 기록: 3개월 (통신비밀보호법)

⑤ 서비스센터 수리 이력은 제품 보증 및 재수리 대응을 위하여 수리 완료일로부터 3년간 보관합니다.

## 4. 개인정보의 제3자 제공

회사는 정보주체의 개인정보를 제1조에서 명시한 범위 내에서만 처리하며, 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다.

| 제공받는 자 | 제공 목적 | 제공 항목 | 보유 및 이용 기간 |
| 이동통신사(SK텔레콤, KT, LG유플러스) | 개통 및 단말기 할부 계약 확인 | 이름, 휴대전화번호, 제품 일련번호 | 개통 완료 후 1년 |
| 한결손해보험 주식회사 | 한빛 케어플러스 파손·분실 보험 가입 및 보험금 지급 | 이름, 생년월일, 연락처, 제품 일련번호 | 보험 계약 종료 시까지 |

## 5. 개인정보 처리업무의 위탁

① 회사는 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.

| 수탁자 | 위탁업무 내용 |
| 한빛서비스 주식회사 | 서비스센터 운영, 수리 접수 및 출장 서비스 |
| CJ대한통운 주식회사 | 한빛 스토어 상품 배송 및 회수 |
| 주식회사 케이지이니시스 | 결제 대행 |
| 유베이스 주식회사 | 콜센터 및 채팅 상담 운영 |
| 아마존웹서비시즈코리아 유한회사 | 클라우드 인프라 운영 |

② 회사는 위탁계약 체결 시 「개인정보 보호법」 제26조에 따라 위탁업무 수행목적 외 개인정보 처리금지, 기술적·관리적 보호조치, 재위탁 제한, 수탁자에 대한 관리·감독, 손해배상 등 책임에 관한 사항을 계약서 등 문서에 명시하고, 수탁자가 개인정보를 안전하게 처리하는지를 감독하고 있습니다.

③ 위탁업무의 내용이나 수탁자가 변경될 경우에는 지체없이 본 개인정보 처리방침을 통하여 공개하도록 하겠습니다.

## 6. 개인정보의 국외 이전

회사는 소프트웨어 업데이트 및 클라우드 백업 서비스 제공을 위하여 다음과 같이 개인정보를 국외로 이전하고 있습니다.

| 이전받는 자(연락처) | 이전 국가 | 이전 일시 및 방법 | 이전 항목 | 이전 목적 | 보유 및 이용 기간 |
| Amazon Web Services, Inc. (aws-korea-privacy@amazon.com) | 미국 | 서비스 이용 시 네트워크를 통한 전송 | 기기 고유식별값, 펌웨어 버전, 백업 데이터 | 업데이트 서버 및 클라우드 백업 운영 | 회원 탈퇴 또는 위탁계약 종료 시까지 |
| Hanbit Mobile Europe GmbH (privacy.eu@hanbitmobile.com) | 독일 | 서비스 이용 시 네트워크를 통한 전송 | 기기 모델명, 오류 로그 | 해외 로밍 중 업데이트 오류 분석 | 수집일로부터 1년 |

정보주체는 국외 이전을 거부할 수 있으나, 이 경우 소프트웨어 업데이트 및 클라우드 백업 서비스를 이용할 수 없습니다. 국외 이전 거부는 개인정보 보호책임자에게 이메일로 요청하실 수 있습니다.

## 7. 개인정보의 파기 절차 및 방법

① 회사는 개인정보 보유기간의 경과, 처리목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체 없이 해당 개인정보를 파기합니다.

② 정보주체로부터 동의받은 보유기간이 경과하였음에도 다른 법령에 따라 개인정보를 계속 보존하여야 하는 경우에는 해당 개인정보를 별도의 데이터베이스(DB)로 옮기거나 보관장소를 달리하여 보존합니다.

③ 전자적 파일 형태의 정보는 기록을 재생할 수 없는 기술적 방법을 사용하여 삭제하며, 종이에 출력된 개인정보는 분쇄기로 분쇄하거나 소각하여 파기합니다. 서비스센터에 입고된 기기의 저장 데이터는 수리 과정에서 열람하지 않으며, 메인보드 교체 시 기존 부품의 저장장치는 물리적으로 파쇄합니다.

## 8. 정보주체와 법정대리인의 권리·의무 및 행사방법

① 정보주체는 회사에 대해 언제든지 개인정보 열람·정정·삭제·처리정지 요구 등의 권리를 행사할 수 있습니다.

② 권리 행사는 한빛 계정 웹사이트의 '개인정보 관리' 메뉴, 서면, 전자우편 등을 통하여 하실 수 있으며, 회사는 이에 대해 10일 이내에 조치하겠습니다.

③ 권리 행사는 정보주체의 법정대리인이나 위임을 받은 자 등 대리인을 통하여 하실 수 있습니다. 이 경우 「개인정보 처리 방법에 관한 고시」 별지 제11호 서식에 따른 위임장을 제출하셔야 합니다.

④ 개인정보 열람 및 처리정지 요구는 「개인정보 보호법」 제35조 제4항, 제37조 제2항에 의하여 정보주체의 권리가 제한될 수 있습니다.

⑤ 개인정보의 정정 및 삭제 요구는 다른 법령에서 그 개인정보가 수집 대상으로 명시되어 있는 경우에는 그 삭제를 요구할 수 없습니다.

## 9. 개인정보의 안전성 확보조치

회사는 개인정보의 안전성 확보를 위해 다음과 같은 조치를 취하고 있습니다.

- 관리적 조치: 내부관리계획 수립·시행, 개인정보 취급 직원의 최소화 및 정기적 교육
- 기술적 조치: 개인정보처리시스템 등의 접근권한 관리, 접근통제시스템 설치, 고유식별정보 및 비밀번호의 암호화, 보안프로그램 설치 및 갱신
- 물리적 조치: 전산실, 자료보관실 등의 접근통제
- 서비스센터 조치: 수리 기사의 고객 데이터 열람 금지 서약, 진단용 PC의 외부 저장장치 연결 차단

## 10. 개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항

① 회사는 이용자에게 개별적인 맞춤서비스를 제공하기 위해 이용정보를 저장하고 수시로 불러오는 '쿠키(cookie)'를 사용합니다.

② 쿠키는 웹사이트를 운영하는데 이용되는 서버가 이용자의 브라우저에게 보내는 소량의 정보이며 이용자의 PC 컴퓨터 내의 하드디스크에 저장되기도 합니다.

③ 이용자는 웹 브라우저 상단의 도구 > 인터넷 옵션 > 개인정보 메뉴의 옵션 설정을 통해 쿠키 저장을 거부할 수 있습니다. 쿠키 저장을 거부할 경우 한빛 스토어 장바구니 등 일부 서비스 이용에 어려움이 발생할 수 있습니다.

## 11. 행태정보의 수집·이용·제공 및 거부 등에 관한 사항

회사는 서비스 이용과정에서 정보주체에게 최적화된 맞춤형 혜택을 제공하기 위하여 행태정보를 수집·이용하고 있습니다.

| 수집하는 행태정보의 항목 | 행태정보 수집 방법 | 행태정보 수집 목적 | 보유·이용기간 |
| 웹사이트 방문 기록, 제품 페이지 조회 기록, 장바구니 담기 기록 | 이용자가 웹사이트 방문 시 자동 수집 | 관심 제품 기반 맞춤형 혜택 안내 | 수집일로부터 1년 |

정보주체는 웹 브라우저의 쿠키 설정 변경이나 한빛 멤버스 앱의 [설정 > 맞춤형 광고] 메뉴를 통해 행태정보 수집을 거부할 수 있습니다. 회사는 만 14세 미만임을 알고 있는 아동의 행태정보를 수집하지 않습니다.

## 12. 개인정보 보호책임자

회사는 개인정보 처리에 관한 업무를 총괄해서 책임지고, 개인정보 처리와 관련한 정보주체의 불만처리 및 피해구제 등을 위하여 아래와 같이 개인정보 보호책임자를 지정하고 있습니다.

| 구분 | 성명·부서 | 직책 | 연락처 |
| 개인정보 보호책임자 | 박정우 | 정보보호최고책임자(CISO) | privacy@hanbitmobile.com |
| 개인정보 보호 담당부서 | 개인정보보호팀 | 팀장 | 02-6940-1180 |

정보주체는 회사의 서비스를 이용하시면서 발생한 모든 개인정보 보호 관련 문의, 불만처리, 피해구제 등에 관한 사항을 개인정보 보호책임자 및 담당부서로 문의하실 수 있습니다. 회사는 정보주체의 문의에 대해 지체 없이 답변 및 처리해드릴 것입니다.

@ 한빛모바일 주식회사 개인정보보호팀
@ 경기도 수원시 영통구 광교중앙로 170, 한빛타워 21층 (우 16514)

## 13. 권익침해 구제방법

정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보분쟁조정위원회, 한국인터넷진흥원 개인정보침해신고센터 등에 분쟁해결이나 상담 등을 신청할 수 있습니다. 이 밖에 기타 개인정보침해의 신고, 상담에 대하여는 아래의 기관에 문의하시기 바랍니다.

- 개인정보분쟁조정위원회: (국번없이) 1833-6972 ([www.kopico.go.kr](https://www.kopico.go.kr))
- 개인정보침해신고센터: (국번없이) 118 ([privacy.kisa.or.kr](https://privacy.kisa.or.kr))
- 대검찰청: (국번없이) 1301 ([www.spo.go.kr](https://www.spo.go.kr))
- 경찰청: (국번없이) 182 ([ecrm.police.go.kr](https://ecrm.police.go.kr))

## 14. 개인정보 처리방침의 변경

이 개인정보 처리방침은 {UPDATED}부터 적용됩니다. 이전의 개인정보 처리방침은 상단의 '이전 개인정보 처리방침 보기'에서 확인하실 수 있습니다."""

EDITS = [
    {"note": "processor added to the 위탁 table (카카오 알림톡)",
     "repl": [("| 유베이스 주식회사 | 콜센터 및 채팅 상담 운영 |\n",
               "| 유베이스 주식회사 | 콜센터 및 채팅 상담 운영 |\n"
               "| 주식회사 카카오 | 카카오 알림톡 발송(주문·배송 및 수리 진행 안내) |\n")]},
    {"note": "dormant-account (유효기간제) paragraph deleted and the following items renumbered",
     "repl": [("③ 1년 동안 서비스를 이용하지 않은 회원의 개인정보는 다른 이용자의 개인정보와 분리하여 별도로 저장·관리하며, "
               "분리 저장 30일 전까지 이메일로 그 사실을 알립니다.\n\n", ""),
              ("④ 관계 법령에 따라", "③ 관계 법령에 따라"),
              ("⑤ 서비스센터 수리 이력은", "④ 서비스센터 수리 이력은")]},
    {"note": "spacing typo fixed (지체없이 → 지체 없이), no new date", "bump": False,
     "repl": [("변경될 경우에는 지체없이 본", "변경될 경우에는 지체 없이 본")]},
    {"note": "new section 12 on automated decisions, later sections renumbered 13-15",
     "repl": [("## 12. 개인정보 보호책임자",
               "## 12. 자동화된 결정에 대한 정보주체의 권리\n\n"
               "회사는 한빛 스토어 주문 과정에서 부정 결제를 탐지하기 위하여 결제 정보와 접속 기록을 분석하는 자동화된 "
               "시스템을 운영하며, 이 시스템의 판단에 따라 주문이 보류될 수 있습니다. 정보주체는 자동화된 결정에 대하여 "
               "거부하거나 설명 등을 요구할 수 있으며, 이 경우 회사는 담당 직원의 검토를 거쳐 30일 이내에 그 결과를 "
               "알려드립니다.\n\n"
               "## 13. 개인정보 보호책임자"),
              ("## 13. 권익침해 구제방법", "## 14. 권익침해 구제방법"),
              ("## 14. 개인정보 처리방침의 변경", "## 15. 개인정보 처리방침의 변경")]},
    {"note": "Singapore row added to the cross-border transfer table",
     "repl": [("| 해외 로밍 중 업데이트 오류 분석 | 수집일로부터 1년 |\n",
               "| 해외 로밍 중 업데이트 오류 분석 | 수집일로부터 1년 |\n"
               "| Hanbit Mobile Asia Pte. Ltd. (privacy.sg@hanbitmobile.com) | 싱가포르 | 상담 요청 시 네트워크를 통한 전송 "
               "| 이름, 연락처, 제품 모델명, 상담 내용 | 해외 체류 고객 채팅 상담 | 상담 종료 후 3년 |\n")]},
    {"note": "privacy officer and department phone changed",
     "repl": [("| 개인정보 보호책임자 | 박정우 | 정보보호최고책임자(CISO) |",
               "| 개인정보 보호책임자 | 이서연 | 정보보호최고책임자(CISO) |"),
              ("| 개인정보보호팀 | 팀장 | 02-6940-1180 |", "| 개인정보보호팀 | 팀장 | 02-6940-2300 |")]},
]

LOC_TERMS = {
    "2021": """제1조(목적) 이 약관은 한빛모바일 주식회사(이하 "회사")가 제공하는 위치기반서비스에 대해 회사와 개인위치정보주체와의 권리, 의무 및 책임사항을 규정함을 목적으로 합니다.
제2조(서비스 내용) 회사는 '내 기기 찾기', '날씨 위젯', '주변 서비스센터 찾기' 서비스를 제공합니다.
제3조(개인위치정보의 보유기간) 회사는 위치정보의 보호 및 이용 등에 관한 법률 제16조 제2항에 따라 위치정보 이용·제공사실 확인자료를 6개월 이상 보관합니다.
제4조(개인위치정보주체의 권리) 개인위치정보주체는 언제든지 동의의 전부 또는 일부를 철회할 수 있습니다.
제5조(위치정보관리책임자) 위치정보관리책임자: 개인정보보호팀장 (02-6940-1180)
부칙: 이 약관은 2021년 11월 15일부터 시행합니다.""",
    "2023": """제1조(목적) 이 약관은 한빛모바일 주식회사(이하 "회사")가 제공하는 위치기반서비스에 대해 회사와 개인위치정보주체와의 권리, 의무 및 책임사항을 규정함을 목적으로 합니다.
제2조(서비스 내용) 회사는 '내 기기 찾기', '날씨 위젯', '주변 서비스센터 찾기', '스마트태그 위치 공유' 서비스를 제공합니다.
제3조(개인위치정보의 보유기간) 회사는 위치정보의 보호 및 이용 등에 관한 법률 제16조 제2항에 따라 위치정보 이용·제공사실 확인자료를 6개월 이상 보관합니다.
제4조(개인위치정보주체의 권리) 개인위치정보주체는 언제든지 동의의 전부 또는 일부를 철회할 수 있으며, 일시적인 중지를 요구할 수 있습니다.
제5조(8세 이하 아동 등의 보호의무자) 보호의무자는 8세 이하 아동 등의 생명 또는 신체보호를 위하여 개인위치정보의 이용에 동의할 수 있습니다.
제6조(위치정보관리책임자) 위치정보관리책임자: 개인정보보호팀장 (02-6940-1180)
부칙: 이 약관은 2023년 7월 1일부터 시행합니다.""",
    "2024": """제1조(목적) 이 약관은 한빛모바일 주식회사(이하 "회사")가 제공하는 위치기반서비스에 대해 회사와 개인위치정보주체와의 권리, 의무 및 책임사항을 규정함을 목적으로 합니다.
제2조(서비스 내용) 회사는 '내 기기 찾기', '날씨 위젯', '주변 서비스센터 찾기', '스마트태그 위치 공유' 서비스를 제공합니다.
제3조(개인위치정보의 보유기간) 회사는 위치정보의 보호 및 이용 등에 관한 법률 제16조 제2항에 따라 위치정보 이용·제공사실 확인자료를 6개월 이상 보관하며, 스마트태그 위치 이력은 30일 후 자동 삭제합니다.
제4조(개인위치정보주체의 권리) 개인위치정보주체는 언제든지 동의의 전부 또는 일부를 철회할 수 있으며, 일시적인 중지를 요구할 수 있습니다.
제5조(8세 이하 아동 등의 보호의무자) 보호의무자는 8세 이하 아동 등의 생명 또는 신체보호를 위하여 개인위치정보의 이용에 동의할 수 있습니다.
제6조(위치정보관리책임자) 위치정보관리책임자: 개인정보보호팀장 (02-6940-2300)
부칙: 이 약관은 2024년 11월 1일부터 시행합니다.""",
}

FIRMWARE = [
    (dt.date(2022, 6, 20), "Hanbit UI 4.1 업데이트 안내", "H22 시리즈 · 폴드 2"),
    (dt.date(2022, 11, 8), "Hanbit UI 5.0 정식 업데이트 시작", "H22 시리즈부터 순차 적용"),
    (dt.date(2023, 4, 17), "2023년 4월 보안 업데이트 배포 안내", "지원 모델 21종"),
    (dt.date(2023, 10, 30), "Hanbit UI 6.0 업데이트 일정 안내", "H23 · H22 · 폴드 3"),
    (dt.date(2024, 5, 13), "Hanbit UI 6.1 업데이트 · 통화 녹음 요약 기능 추가", "H24 시리즈"),
    (dt.date(2024, 12, 2), "Hanbit UI 7.0 베타 프로그램 모집", "H24 시리즈 한정"),
    (dt.date(2025, 3, 24), "Hanbit UI 7.0 정식 업데이트 배포", "H25 · H24 · 폴드 5"),
]

CAMPAIGNS = [
    (dt.date(2022, 1, 1), "h22", [("H22 시리즈 구매 시 무선 충전기 증정", "혜택 보기"),
                                 ("H22 보상판매 최대 30만 원 추가 보상", "보상 금액 확인")]),
    (dt.date(2023, 2, 1), "h23", [("H23 사전 구매 혜택 · 저장용량 무료 업그레이드", "사전 구매하기"),
                                 ("H23 구매 시 한빛 케어플러스 1년 무상", "자세히 보기"),
                                 ("H23 보상판매 최대 45만 원 추가 보상", "보상 금액 확인")]),
    (dt.date(2024, 1, 29), "h24", [("H24 시리즈 출시 · 최대 24개월 무이자 할부", "구매하기"),
                                  ("H24 보상판매 최대 50만 원 추가 보상", "보상 금액 확인")]),
    (dt.date(2025, 2, 3), "h25", [("H25 사전 구매 · 더블 스토리지 혜택", "사전 구매하기"),
                                 ("H25 구매 고객 한빛 워치 7 반값 할인", "혜택 보기")]),
]

OLD_VERSIONS = ["2019년 6월 1일", "2020년 9월 1일", "2021년 11월 15일"]


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


def noise(rng, when, i, prev):
    p = prev or {}
    d = when.date()
    fw = [f for f in FIRMWARE if f[0] <= d][-1]
    camp = [c for c in CAMPAIGNS if c[0] <= d][-1]
    var = rng.randrange(len(camp[2]))
    loc = "2024" if d >= dt.date(2024, 11, 1) else "2023" if d >= dt.date(2023, 7, 1) else "2021"
    return {
        "clientlib": C.keep_or(rng, p.get("clientlib"), 0.15,
                               lambda: (C.hexs(rng, 32), C.hexs(rng, 32), C.hexs(rng, 32), C.hexs(rng, 12))),
        "firmware": fw[1],
        "target": (camp[1], var, C.hexs(rng, 32), C.hexs(rng, 16)),
        "loc_terms": loc,
        "versions": p.get("versions", ()),
    }


LABELS = {
    "clientlib": "clientlib lc- hashes and Launch build (per deploy)",
    "firmware": "GNB firmware-update notice strip (latest announcement)",
    "target": "Adobe Target hero offer in the GNB (A/B per visit; mbox session)",
    "loc_terms": "hidden tab: 위치기반서비스 이용약관 revised (beside the policy)",
    "versions": "'이전 개인정보 처리방침 보기' select gained an option",
}

TABS_ID = "tabs-5e0c1f3a7d"
ITEM1 = TABS_ID + "-item-9b2d7c41e8"
ITEM2 = TABS_ID + "-item-1f6a03bd52"
TEXT_ID = "text-2c8e41f0b7"


def _policy_date(blocks):
    for kind, v in blocks:
        if kind == "p" and "부터 적용됩니다" in v:
            return v.split("이 개인정보 처리방침은 ", 1)[1].split("부터 적용됩니다", 1)[0]
    raise ValueError("no date")


def _kdate(datestr):
    y, m, d = [int(x) for x in datestr.replace("년", "").replace("월", "").replace("일", "").split()]
    return dt.date(y, m, d)


def _modify_iso(datestr):
    y, m, d = [int(x) for x in datestr.replace("년", "").replace("월", "").replace("일", "").split()]
    return "%04d-%02d-%02dT00:12:44Z" % (y, m, d - 1 if d > 1 else d)


def _attr_json(obj):
    return html.escape(json.dumps(obj, ensure_ascii=False, separators=(",", ":")), quote=True)


def render(state, blocks, when):
    cl_base, cl_site, cl_deps, launch = state["clientlib"]
    cur = _policy_date(blocks)
    versions = list(state["versions"])
    if cur not in versions:
        versions.append(cur)
    state["versions"] = tuple(versions)
    camp = [c for c in CAMPAIGNS if c[0] <= when.date()][-1]
    cid, var, sess, tnt = state["target"]
    headline, cta = camp[2][var]
    fw = [f for f in FIRMWARE if f[1] == state["firmware"]][0]
    body = C.blocks_html(blocks)
    text_dl = {TEXT_ID: {"@type": "hanbit/components/text", "repo:modifyDate": _modify_iso(cur),
                         "xdm:text": body}}
    alld = [_kdate(v) for v in OLD_VERSIONS + versions]
    opts = "".join('<option value="/kr/info/privacy/archive/%s/">%s ~ %s</option>' % (
        a.strftime("%Y%m%d"), a.strftime("%Y.%m.%d"), (b - dt.timedelta(days=1)).strftime("%Y.%m.%d"))
        for a, b in reversed(list(zip(alld[:-1], alld[1:]))))
    loc_lines = "".join("<p>%s</p>" % html.escape(l) for l in LOC_TERMS[state["loc_terms"]].split("\n"))
    page_dl = {"page-4d2b9f1e07": {"@type": "hanbit/components/page", "repo:modifyDate": _modify_iso(cur),
                                   "dc:title": "개인정보 처리방침", "xdm:template": "/conf/hanbit/settings/wcm/templates/legal-page",
                                   "xdm:language": "ko-KR", "repo:path": "/content/hanbit/kr/ko/info/privacy.html"}}
    return f"""<!DOCTYPE HTML>
<html lang="ko-KR">
    <head>
    <meta charset="UTF-8"/>
    <title>개인정보 처리방침 | 한빛모바일 대한민국</title>
    <meta name="description" content="한빛모바일 개인정보 처리방침 안내 페이지입니다."/>
    <meta name="template" content="legal-page"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta property="og:title" content="개인정보 처리방침 | 한빛모바일 대한민국"/>
    <meta property="og:url" content="{URL}"/>
    <link rel="canonical" href="{URL}"/>
    <link rel="alternate" hreflang="en-us" href="https://www.hanbitmobile.com/us/info/privacy/"/>
    <link rel="alternate" hreflang="ko-kr" href="{URL}"/>
<link rel="stylesheet" href="/etc.clientlibs/hanbit/clientlibs/clientlib-base.lc-{cl_base}-lc.min.css" type="text/css">
<link rel="stylesheet" href="/etc.clientlibs/hanbit/clientlibs/clientlib-site.lc-{cl_site}-lc.min.css" type="text/css">
<script src="/etc.clientlibs/hanbit/clientlibs/clientlib-dependencies.lc-{cl_deps}-lc.min.js"></script>
<script src="https://assets.adobedtm.com/7a2d1c9e4b55/3f80d6e1a2c4/launch-{launch}.min.js" async></script>
<script>
    window.adobeDataLayer = window.adobeDataLayer || [];
    window.hbDigitalData = {{"siteCode":"kr","siteSection":"info","pageName":"kr:info:privacy","pageType":"legal"}};
</script>
</head>
    <body class="page basicpage" id="page-4d2b9f1e07" data-cmp-link-accessibility-enabled data-cmp-data-layer-enabled>
        <script>
          window.adobeDataLayer = window.adobeDataLayer || [];
          adobeDataLayer.push({{
              page: {json.dumps(page_dl, ensure_ascii=False)},
              event:'cmp:show',
              eventInfo: {{
                  path: 'page.page\\u002D4d2b9f1e07'
              }}
          }});
        </script>
<div class="root container responsivegrid">
<div id="container-8e1f0c2a55" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div id="experiencefragment-gnb" class="cmp-experiencefragment cmp-experiencefragment--gnb">
<header class="gnb" role="banner">
  <div class="gnb__notice" data-notice-id="fw-{fw[0].isoformat()}">
    <a class="gnb__notice-link" href="/kr/support/software-update/?cid=gnb-notice"><span class="gnb__notice-badge">업데이트</span> {html.escape(fw[1])} <span class="gnb__notice-sub">{html.escape(fw[2])}</span></a>
    <button type="button" class="gnb__notice-close" aria-label="공지 닫기"></button>
  </div>
  <div class="gnb__inner">
    <a class="gnb__logo" href="/kr/"><span class="blind">Hanbit Mobile</span></a>
    <nav class="gnb__menu" aria-label="주 메뉴">
      <ul class="gnb__depth1">
        <li class="gnb__item"><a href="/kr/smartphones/all-smartphones/" class="gnb__link">스마트폰</a></li>
        <li class="gnb__item"><a href="/kr/tablets/all-tablets/" class="gnb__link">태블릿</a></li>
        <li class="gnb__item"><a href="/kr/watches/all-watches/" class="gnb__link">워치</a></li>
        <li class="gnb__item"><a href="/kr/audio/all-audio/" class="gnb__link">오디오</a></li>
        <li class="gnb__item"><a href="/kr/accessories/" class="gnb__link">액세서리</a></li>
        <li class="gnb__item"><a href="/kr/offer/" class="gnb__link">이벤트·혜택</a></li>
        <li class="gnb__item"><a href="/kr/support/" class="gnb__link">고객지원</a></li>
      </ul>
    </nav>
    <div class="gnb__utility">
      <a href="/kr/search/" class="gnb__search"><span class="blind">검색</span></a>
      <a href="https://shop.hanbitmobile.com/kr/cart" class="gnb__cart"><span class="blind">장바구니</span></a>
      <a href="https://account.hanbitmobile.com/accounts/v1/HBM/signIn?locale=ko_KR" class="gnb__login">로그인</a>
    </div>
  </div>
  <div class="gnb__promotion mboxDefault" data-mbox="kr-gnb-hero" data-at-activity="{cid}-gnb" data-at-experience="{'AB'[var % 2] if len(camp[2]) == 2 else 'ABC'[var]}">
    <a href="/kr/offer/{cid}/?cid=kr_gnb_{cid}_{var}" class="gnb__promotion-link"><strong>{html.escape(headline)}</strong> <span class="gnb__promotion-cta">{html.escape(cta)}</span></a>
  </div>
  <script>window.targetGlobalSettings = {{ "sessionId": "{sess}", "tntId": "{tnt}.34_0" }};</script>
</header>
</div>
</div>
<div class="container responsivegrid legal-wrap aem-GridColumn aem-GridColumn--default--12">
<div id="container-0a6d3e91f4" class="cmp-container">
<main class="legal" id="content">
<div class="breadcrumb">
<nav id="breadcrumb-7c2e" class="cmp-breadcrumb" aria-label="Breadcrumb">
    <ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">
        <li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/kr/" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">홈</span></a><meta itemprop="position" content="1"></li>
        <li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">개인정보 처리방침</span><meta itemprop="position" content="2"></li>
    </ol>
</nav>
</div>
<div class="title">
<div data-cmp-data-layer="{_attr_json({'title-61b0e3': {'@type': 'hanbit/components/title', 'dc:title': '약관 및 정책'}})}" id="title-61b0e3" class="cmp-title">
    <h1 class="cmp-title__text">약관 및 정책</h1>
</div>
</div>
<div class="legal-history">
  <form class="legal-history__form" action="/kr/info/privacy/archive/" method="get">
    <label for="legal-history-select" class="legal-history__label">이전 개인정보 처리방침 보기</label>
    <select id="legal-history-select" class="legal-history__select" name="v" onchange="if(this.value){{location.href=this.value;}}">
      <option value="">시행일자 선택</option>{opts}
    </select>
  </form>
</div>
<div class="tabs panelcontainer">
<div id="{TABS_ID}" class="cmp-tabs" data-cmp-is="tabs" data-cmp-data-layer="{_attr_json({TABS_ID: {'@type': 'hanbit/components/tabs', 'shownItems': [ITEM1]}})}" data-placeholder-text="false">
    <ol role="tablist" class="cmp-tabs__tablist" aria-label="약관 및 정책" aria-multiselectable="false">
        <li role="tab" id="{ITEM1}-tab" class="cmp-tabs__tab cmp-tabs__tab--active" aria-controls="{ITEM1}-tabpanel" tabindex="0" data-cmp-hook-tabs="tab">개인정보 처리방침</li>
        <li role="tab" id="{ITEM2}-tab" class="cmp-tabs__tab" aria-controls="{ITEM2}-tabpanel" tabindex="-1" data-cmp-hook-tabs="tab">위치기반서비스 이용약관</li>
    </ol>
    <div id="{ITEM1}-tabpanel" role="tabpanel" aria-labelledby="{ITEM1}-tab" tabindex="0" class="cmp-tabs__tabpanel cmp-tabs__tabpanel--active" data-cmp-hook-tabs="tabpanel" data-cmp-data-layer="{_attr_json({ITEM1: {'@type': 'hanbit/components/tabs/item', 'dc:title': '개인정보 처리방침'}})}">
<div class="container responsivegrid">
<div id="container-3f9a0c" class="cmp-container">
<div class="text">
<div data-cmp-data-layer="{_attr_json(text_dl)}" id="{TEXT_ID}" class="cmp-text">
    {body}
</div>
</div>
</div>
</div>
    </div>
    <div id="{ITEM2}-tabpanel" role="tabpanel" aria-labelledby="{ITEM2}-tab" tabindex="0" class="cmp-tabs__tabpanel" aria-hidden="true" data-cmp-hook-tabs="tabpanel" data-cmp-data-layer="{_attr_json({ITEM2: {'@type': 'hanbit/components/tabs/item', 'dc:title': '위치기반서비스 이용약관'}})}">
<div class="container responsivegrid">
<div id="container-77d1e2" class="cmp-container">
<div class="text">
<div id="text-a41c9d" class="cmp-text">
    <h2>위치기반서비스 이용약관</h2>
    {loc_lines}
</div>
</div>
</div>
</div>
    </div>
</div>
</div>
</main>
</div>
</div>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div id="experiencefragment-footer" class="cmp-experiencefragment cmp-experiencefragment--footer">
<footer class="footer" role="contentinfo">
  <div class="footer__menu">
    <ul class="footer__links">
      <li><a href="/kr/info/privacy/" class="footer__link footer__link--privacy"><strong>개인정보 처리방침</strong></a></li>
      <li><a href="/kr/info/legal/">이용약관</a></li>
      <li><a href="/kr/info/location-terms/">위치기반서비스 이용약관</a></li>
      <li><a href="/kr/support/service-center/">서비스센터 찾기</a></li>
      <li><a href="/kr/sitemap/">사이트맵</a></li>
    </ul>
  </div>
  <div class="footer__company">
    <p>한빛모바일 주식회사 · 대표이사 정도현 · 경기도 수원시 영통구 광교중앙로 170 · 사업자등록번호 124-81-55021 · 통신판매업신고번호 2016-수원영통-0418</p>
    <p>고객센터 1588-7282 (평일 09:00~18:00) · 호스팅 서비스 제공자 한빛모바일 주식회사</p>
    <p class="footer__copyright">Copyright © 1999-{when.year} Hanbit Mobile Co., Ltd. All Rights Reserved.</p>
  </div>
</footer>
</div>
</div>
</div>
</div>
</div>
<script src="/etc.clientlibs/hanbit/clientlibs/clientlib-site.lc-{cl_site}-lc.min.js"></script>
<script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/core.wcm.components.commons.datalayer.v1.lc-904d3c2f1e153792d1dd1b5c1c1e4b8a-lc.min.js"></script>
<script type="text/javascript">_satellite.pageBottom();</script>
    </body>
</html>
"""


PAGE = {
    "service": "Hanbit Mobile",
    "url": URL,
    "lang": "ko",
    "platform": "Adobe Experience Manager 6.5 (Core Components tabs)",
    "content_type": "text/html;charset=utf-8",
    "extra_headers": (("X-Dispatcher", "dispatcher2apnortheast2"), ("X-Vhost", "publish")),
    "n": 30,
    "start": dt.date(2022, 8, 1),
    "end": dt.date(2025, 6, 30),
    "policy": POLICY,
    "first_updated": dt.date(2022, 3, 2),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {"fetch": URL, "select": "#%s-tabpanel .cmp-text" % ITEM1},
}
