"""잡스테이션 JobStation (Korean job board) - ko-KR - Next.js pages router (/policy/[type]): CSS-module class
names, __NEXT_DATA__ carrying the policy HTML, live job and company counts in the header (every request), "지금 뜨는
공고" job teasers and a premium-employer logo strip in the sidebar, an A/B test on the open-recruitment-season
banner, build ids and chunk hashes at every deploy, Channel Talk, the PIPA "이전 개인정보 처리방침" version select
under the article (a new option at every dated revision), and a 2024 redesign (new layout component: the CSS-module
names change, so the declaration has a history)."""
import datetime as dt
import json
import common as C

BASE = "https://www.jobstation.co.kr"
URL = BASE + "/policy/privacy"
REDESIGN = dt.datetime(2024, 5, 20)


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


POLICY = """
# 개인정보 처리방침

주식회사 잡스테이션(이하 "회사")은 「개인정보 보호법」 등 관련 법령을 준수하며, 채용정보 서비스 잡스테이션(이하 "서비스")을 이용하는 개인회원과 기업회원의 개인정보를 보호하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다.

시행일자: {UPDATED}

## 제1조 (개인정보의 처리 목적)

회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 「개인정보 보호법」 제18조에 따라 별도의 동의를 받는 등 필요한 조치를 이행합니다.

- 회원 가입 및 관리: 회원제 서비스 제공에 따른 본인 식별·인증, 회원자격 유지·관리, 서비스 부정이용 방지, 각종 고지·통지, 고충처리
- 채용 서비스 제공: 이력서 등록 및 관리, 입사지원, 기업의 인재 검색 및 포지션 제안, 맞춤 채용정보 추천, 면접 일정 안내
- 기업회원 서비스 제공: 채용공고 등록, 지원자 관리, 유료 서비스 결제 및 세금계산서 발행
- 마케팅 및 광고 활용: 신규 서비스 안내, 이벤트 및 광고성 정보 제공(별도 동의한 회원에 한함), 서비스 이용 통계 분석

## 제2조 (처리하는 개인정보의 항목)

회사는 서비스 제공을 위하여 다음의 개인정보를 수집합니다.

| 구분 | 수집 항목 | 수집 시점 |
| 개인회원 (필수) | 이름, 아이디, 비밀번호, 이메일, 휴대전화번호, 생년월일, 성별 | 회원 가입 시 |
| 개인회원 (선택) | 학력, 경력, 자격증, 어학, 희망 근무조건, 사진, 포트폴리오 | 이력서 작성 시 |
| 기업회원 (필수) | 담당자 이름, 이메일, 전화번호, 사업자등록번호, 회사명 | 기업회원 가입 시 |
| 유료 서비스 | 결제 수단 정보, 결제 기록, 세금계산서 수신 이메일 | 결제 시 |

서비스 이용 과정에서 IP 주소, 쿠키, 접속 일시, 서비스 이용 기록, 기기 정보(OS 버전, 기기 식별값)가 자동으로 생성되어 수집될 수 있습니다.

회사는 이력서에 주민등록번호, 가족관계, 종교, 건강 정보 등 채용 목적에 필요하지 않은 민감한 정보를 기재하지 않도록 안내하며, 「채용절차의 공정화에 관한 법률」에 따라 기업회원이 이러한 정보를 요구하지 않도록 관리합니다.

기업회원이 채용공고에 입사지원 양식을 별도로 설정한 경우, 개인회원이 해당 양식에 입력하는 정보는 기업회원이 정한 항목에 따라 수집되며 해당 기업에 제공됩니다. 회사는 기업회원이 채용 목적과 관계없는 정보를 요구하는 항목을 설정하지 않도록 양식을 검수하고, 위반 사실이 확인되면 해당 공고의 게시를 중단할 수 있습니다.

회사는 만 15세 이상 만 19세 미만 개인회원의 경우 아르바이트 채용정보 서비스에 한하여 가입을 허용하며, 「근로기준법」에 따른 연소자 보호를 위하여 해당 회원에게는 청소년 고용이 금지된 업종의 공고를 노출하지 않습니다. 이를 위하여 생년월일 정보를 이용합니다.

## 제3조 (개인정보의 처리 및 보유 기간)

회사는 회원 탈퇴 시 또는 수집·이용 목적이 달성된 때에 지체 없이 개인정보를 파기합니다. 다만, 1년 이상 서비스를 이용하지 않은 회원의 개인정보는 별도로 분리하여 보관하며, 분리 보관 후 3년이 지나면 파기합니다.

관계 법령에 따라 보존할 필요가 있는 경우에는 다음 기간 동안 보관합니다.

- 계약 또는 청약철회 등에 관한 기록: 5년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 대금결제 및 재화 등의 공급에 관한 기록: 5년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 소비자의 불만 또는 분쟁처리에 관한 기록: 3년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 웹사이트 방문 기록: 3개월 (통신비밀보호법)

입사지원 내역은 지원 후 3년간 보관되며, 개인회원은 마이페이지에서 언제든지 지원 내역을 삭제할 수 있습니다.

## 제4조 (개인정보의 제3자 제공)

회사는 정보주체의 동의 없이 개인정보를 제3자에게 제공하지 않습니다. 다만, 개인회원이 입사지원을 하는 경우 지원한 기업에 다음의 정보가 제공됩니다.

- 제공받는 자: 개인회원이 입사지원한 기업
- 제공 항목: 이력서 및 첨부 파일에 기재된 정보, 연락처
- 이용 목적: 채용 전형 진행 및 합격 여부 통보
- 보유 기간: 해당 기업의 채용 목적 달성 시까지 (최대 3년)

이력서를 공개로 설정한 개인회원의 이력서는 인재 검색 서비스를 이용하는 기업회원이 열람할 수 있으며, 연락처는 개인회원이 포지션 제안을 수락한 경우에만 공개됩니다.

헤드헌팅 서비스를 이용하는 개인회원이 헤드헌터의 포지션 제안을 수락한 경우, 회사는 해당 헤드헌터(유료직업소개사업자)에게 이력서와 연락처를 제공합니다. 헤드헌터는 제공받은 정보를 해당 포지션의 채용 진행 목적으로만 이용하여야 하며, 채용 절차가 끝나면 지체 없이 파기하여야 합니다.

## 제5조 (개인정보 처리의 위탁)

회사는 원활한 서비스 제공을 위하여 다음과 같이 개인정보 처리 업무를 위탁하고 있습니다.

| 수탁업체 | 위탁 업무 |
| 주식회사 케이지이니시스 | 유료 서비스 결제 처리 |
| 엔에이치엔클라우드 주식회사 | 문자 메시지 및 알림톡 발송 |
| 주식회사 채널코퍼레이션 | 고객 상담 (채널톡) |
| 아마존웹서비시즈코리아 유한책임회사 | 클라우드 서버 운영 |

회사는 위탁계약 체결 시 「개인정보 보호법」 제26조에 따라 위탁업무 수행 목적 외 개인정보 처리 금지, 기술적·관리적 보호조치, 재위탁 제한, 수탁자에 대한 관리·감독, 손해배상 등 책임에 관한 사항을 계약서 등 문서에 명시하고, 수탁자가 개인정보를 안전하게 처리하는지를 감독합니다.

## 제6조 (개인정보의 국외 이전)

회사는 서비스 운영을 위하여 다음과 같이 개인정보를 국외로 이전합니다.

- 이전받는 자: Amazon Web Services, Inc. (문의: aws-korea-privacy@amazon.com)
- 이전 국가: 미국 (서버 소재지는 대한민국 서울 리전이며, 장애 대응 시 미국에서 접근할 수 있음)
- 이전 일시 및 방법: 서비스 이용 시 네트워크를 통한 전송
- 이전 항목: 서비스 이용 과정에서 수집되는 모든 개인정보
- 보유 및 이용 기간: 회원 탈퇴 또는 위탁 계약 종료 시까지

국외 이전을 원하지 않는 경우 회원 탈퇴를 통해 이전을 거부할 수 있으나, 이 경우 서비스를 이용할 수 없습니다.

## 제7조 (개인정보의 파기 절차 및 방법)

회사는 파기 사유가 발생한 개인정보를 선정하고, 회사의 개인정보 보호책임자의 승인을 받아 파기합니다. 전자적 파일 형태의 정보는 기록을 재생할 수 없는 기술적 방법을 사용하여 삭제하며, 종이에 출력된 개인정보는 분쇄기로 분쇄하거나 소각하여 파기합니다.

## 제8조 (정보주체와 법정대리인의 권리·의무 및 행사방법)

정보주체는 회사에 대해 언제든지 개인정보 열람, 정정, 삭제, 처리정지 요구 및 동의 철회 등의 권리를 행사할 수 있습니다. 권리 행사는 마이페이지의 "개인정보 관리" 메뉴, 서면, 전자우편을 통하여 할 수 있으며, 회사는 이에 대해 지체 없이 조치합니다.

정보주체는 회사가 자동화된 방식으로 맞춤 채용정보를 추천하는 경우 그 기준과 절차에 대한 설명을 요구할 수 있습니다.

만 15세 미만 아동은 개인회원으로 가입할 수 없습니다.

## 제9조 (개인정보의 안전성 확보조치)

회사는 개인정보의 안전성 확보를 위해 다음과 같은 조치를 취하고 있습니다.

- 관리적 조치: 내부관리계획 수립·시행, 개인정보 취급 직원의 최소화 및 정기적 교육
- 기술적 조치: 개인정보처리시스템 접근권한 관리, 접근통제시스템 설치, 비밀번호 및 고유식별정보의 암호화, 보안프로그램 설치
- 물리적 조치: 전산실 및 자료보관실 접근통제

회사는 개인정보의 안전한 처리를 위하여 연 1회 이상 임직원 대상 개인정보 보호 교육을 실시하고, 개인정보처리시스템에 대한 접속 기록을 최소 1년 이상 보관·점검합니다. 또한 정보보호 관리체계(ISMS-P) 인증을 유지하고 있습니다.

## 제10조 (개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항)

회사는 이용자에게 맞춤 서비스를 제공하기 위하여 쿠키를 사용합니다. 이용자는 웹 브라우저의 설정을 통해 쿠키 저장을 거부할 수 있으나, 이 경우 로그인이 필요한 일부 서비스 이용에 어려움이 있을 수 있습니다.

쿠키 저장 거부 방법은 다음과 같습니다.

- Chrome: 설정 > 개인정보 보호 및 보안 > 서드 파티 쿠키
- Edge: 설정 > 쿠키 및 사이트 권한 > 쿠키 및 사이트 데이터 관리 및 삭제
- Safari: 설정 > 개인정보 보호 > 크로스 사이트 추적 방지
- 잡스테이션 앱: 기기 설정 > 개인정보 보호 > 추적 또는 광고 ID 재설정

## 제11조 (행태정보의 수집·이용 및 거부 등에 관한 사항)

회사는 맞춤형 광고 제공을 위하여 서비스 방문 기록, 검색 기록, 공고 열람 기록 등 행태정보를 수집합니다. 행태정보는 Google Analytics와 Meta 픽셀을 통해 수집되며, 수집일로부터 1년간 보관 후 파기합니다. 이용자는 브라우저의 쿠키 설정 또는 모바일 기기의 광고 식별자 설정을 통해 맞춤형 광고를 거부할 수 있습니다.

## 제12조 (개인정보 보호책임자)

회사는 개인정보 처리에 관한 업무를 총괄하여 책임지고, 관련 불만 처리 및 피해 구제를 위하여 아래와 같이 개인정보 보호책임자를 지정하고 있습니다.

- 개인정보 보호책임자: 박정훈 (최고기술책임자)
- 담당 부서: 정보보호팀
- 연락처: 02-6954-3100, [privacy@jobstation.co.kr](mailto:privacy@jobstation.co.kr)

개인회원과 기업회원은 서비스 이용 중 발생한 개인정보 관련 문의, 불만 처리, 피해 구제 등을 개인정보 보호책임자 또는 담당 부서로 문의할 수 있으며, 회사는 문의에 대해 지체 없이 답변 및 처리합니다. 기업회원이 지원자의 개인정보를 부당하게 이용한 사실을 알게 된 경우에도 위 연락처로 신고해 주시기 바랍니다.

## 제13조 (권익침해 구제방법)

정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보분쟁조정위원회, 한국인터넷진흥원 개인정보침해신고센터 등에 분쟁 해결이나 상담 등을 신청할 수 있습니다.

- 개인정보분쟁조정위원회: (국번없이) 1833-6972 ([www.kopico.go.kr](https://www.kopico.go.kr))
- 개인정보침해신고센터: (국번없이) 118 ([privacy.kisa.or.kr](https://privacy.kisa.or.kr))
- 대검찰청: (국번없이) 1301 ([www.spo.go.kr](https://www.spo.go.kr))
- 경찰청: (국번없이) 182 ([ecrm.police.go.kr](https://ecrm.police.go.kr))

## 제14조 (개인정보 처리방침의 변경)

이 개인정보 처리방침은 시행일자부터 적용되며, 법령 및 방침에 따른 변경 내용의 추가, 삭제 및 정정이 있는 경우에는 변경사항의 시행 7일 전부터 공지사항을 통하여 고지합니다.
"""

EDITS = [
    {"note": "processor added to the 위탁 table (AI résumé parsing vendor)",
     "repl": [("| 아마존웹서비시즈코리아 유한책임회사 | 클라우드 서버 운영 |",
               "| 아마존웹서비시즈코리아 유한책임회사 | 클라우드 서버 운영 |\n| 주식회사 업스테이지 | 이력서 자동 분석 (AI 이력서 요약) |")]},
    {"note": "dormant-account separation: 1년 -> 분리 보관 rule removed after the 2023 PIPA amendment (sentence deleted)",
     "repl": [(" 다만, 1년 이상 서비스를 이용하지 않은 회원의 개인정보는 별도로 분리하여 보관하며, 분리 보관 후 3년이 지나면 파기합니다.", "")]},
    {"note": "section added: 가명정보 처리 (pseudonymised data for salary statistics), articles renumbered",
     "repl": [("## 제7조 (개인정보의 파기 절차 및 방법)",
               "## 제7조 (가명정보의 처리)\n\n회사는 연봉정보 통계 작성을 위하여 개인회원의 경력 및 희망 연봉 정보를 가명처리하여 이용합니다. 가명정보는 추가 정보와 분리하여 보관하며, 통계 작성이 끝나면 지체 없이 파기합니다.\n\n## 제7조의2 (개인정보의 파기 절차 및 방법)")]},
    {"note": "privacy officer changed (name, title and phone)",
     "repl": [("- 개인정보 보호책임자: 박정훈 (최고기술책임자)", "- 개인정보 보호책임자: 이수민 (정보보호최고책임자)"),
              ("- 연락처: 02-6954-3100,", "- 연락처: 02-6954-3190,")]},
    {"note": "behavioural-data retention 1년 -> 6개월 (small number edit)",
     "repl": [("수집일로부터 1년간 보관 후 파기합니다.", "수집일로부터 6개월간 보관 후 파기합니다.")]},
]

COMPANIES = ["삼성전자", "현대모비스", "카카오뱅크", "쿠팡", "네이버클라우드", "LG에너지솔루션", "CJ올리브영", "토스",
             "배달의민족", "한화에어로스페이스", "SK하이닉스", "당근", "크래프톤", "무신사", "아모레퍼시픽", "GS리테일"]
ROLES = ["백엔드 개발자", "프로덕트 디자이너", "재무회계 담당", "물류센터 관리자", "데이터 분석가", "영업관리",
         "HR 비즈니스 파트너", "품질관리 엔지니어", "마케팅 매니저", "간호사", "CS 상담원", "iOS 개발자"]
REGIONS = ["서울 강남구", "경기 성남시", "서울 영등포구", "부산 해운대구", "인천 연수구", "대전 유성구", "서울 마포구"]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["layout"] = "v2" if when >= REDESIGN else "v1"
    s["build"] = C.keep_or(rng, prev.get("build"), 0.45, lambda: C.alnum(rng, 21, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"))
    s["chunks"] = C.keep_or(rng, prev.get("chunks") if prev.get("build") == s["build"] else None, 0.0,
                            lambda: tuple(C.hexs(rng, 16) for _ in range(5)))
    s["counts"] = (rng.randint(112000, 141000), rng.randint(2100, 4900), rng.randint(38000, 46000))
    s["teasers"] = tuple((rng.randrange(len(COMPANIES)), rng.randrange(len(ROLES)), rng.randrange(len(REGIONS)),
                          rng.randint(1, 30)) for _ in range(5))
    s["ab"] = rng.choice(["control", "variant_b"]) if dt.date(2023, 2, 1) <= when.date() <= dt.date(2023, 4, 30) or \
        dt.date(2024, 8, 20) <= when.date() <= dt.date(2024, 10, 15) or dt.date(2025, 8, 18) <= when.date() <= dt.date(2025, 10, 10) else "off"
    s["logos"] = C.keep_or(rng, prev.get("logos"), 0.4, lambda: tuple(rng.sample(range(len(COMPANIES)), 6)))
    s["channel"] = C.keep_or(rng, prev.get("channel"), 0.25, lambda: rng.choice(["2.71.4", "2.72.0", "2.74.1", "2.75.3"]))
    return s


LABELS = {
    "layout": "2024 redesign (new layout components: CSS-module class names change)",
    "build": "Next.js buildId (deploy)",
    "chunks": "hashed chunk file names (deploy)",
    "counts": "live job / new-today / company counts in the header and __NEXT_DATA__",
    "teasers": "'지금 뜨는 공고' job teasers (D-day) in the sidebar",
    "ab": "A/B test of the open-recruitment-season banner",
    "logos": "premium employer logo strip rotation",
    "channel": "Channel Talk plugin version",
}

_SEEN = []  # effective dates met so far in this build (render runs in capture order)
VER_DATES = ["2019년 4월 1일", "2020년 8월 5일", "2021년 11월 1일", "2022년 9월 15일"]


def render(s, blocks, when):
    v2 = s["layout"] == "v2"
    if v2:
        K = {"wrap": "PolicyLayout_wrapper__kF3nd", "side": "PolicyLayout_nav__y2QpB", "art": "PolicyArticle_article__Hq0zT",
             "tbl": "PolicyArticle_table__Lk2vE", "aside": "PolicyLayout_aside__p0VbW", "hdr": "GlobalHeader_header__4Mh8c"}
    else:
        K = {"wrap": "Terms_container__3xv9K", "side": "Terms_tabList__1Xk2a", "art": "Terms_content__2nT7e",
             "tbl": "Terms_table__3cWq1", "aside": "Terms_sideBanner__1pPzR", "hdr": "Header_header__2Yd0m"}
    total, new, comp = s["counts"]
    effective = [b for b in blocks if b[0] == "p" and b[1].startswith("시행일자")][0][1].split(": ", 1)[1]
    body = C.blocks_html(blocks, {"table": K["tbl"]}, sep="")
    tabs = "".join('<li class="%s"><a href="/policy/%s"%s>%s</a></li>' % ("on" if k == "privacy" else "", k,
                   ' aria-current="page"' if k == "privacy" else "", t)
                   for k, t in (("terms", "이용약관"), ("privacy", "개인정보 처리방침"), ("location", "위치기반서비스 이용약관"),
                                ("email", "이메일무단수집거부"), ("youth", "청소년보호정책")))
    # the PIPA version select: one option per past effective date (grows with every dated revision)
    if effective not in _SEEN:
        _SEEN.append(effective)
    olds = VER_DATES + _SEEN[:-1]
    vsel = ('<div class="%s"><label for="policyVersion">이전 개인정보 처리방침 보기</label><select id="policyVersion" name="version">'
            '<option value="current" selected>%s (현재)</option>%s</select></div>'
            % ("PolicyArticle_versions__9sJw2" if v2 else "Terms_history__2Aa7b", effective,
               "".join('<option value="%d">%s</option>' % (len(olds) - j, d) for j, d in enumerate(reversed(olds)))))
    teaser = "".join('<li><a href="/recruit/%d"><strong>%s</strong><span>%s</span><em>%s</em><span class="dday">D-%d</span></a></li>'
                     % (48000000 + ci * 1117 + ri * 31 + d, COMPANIES[ci], ROLES[ri], REGIONS[gi], d)
                     for ci, ri, gi, d in s["teasers"])
    logos = "".join('<li><img src="https://static.jobstation.co.kr/logo/%d.png" alt="%s" width="88" height="32"></li>'
                    % (1000 + k, COMPANIES[k]) for k in s["logos"])
    ab = ""
    if s["ab"] == "control":
        ab = '<div class="%s" data-ab="season_banner:control"><a href="/event/open-recruit">상반기 공채 캘린더 확인하기</a></div>' % ("PromoBar_bar__b7Ye1" if v2 else "Promo_bar__1bB2e")
    elif s["ab"] == "variant_b":
        ab = '<div class="%s" data-ab="season_banner:b"><a href="/event/open-recruit">지금 공채 시즌! 관심 기업 알림 받고 놓치지 마세요 →</a></div>' % ("PromoBar_bar__b7Ye1" if v2 else "Promo_bar__1bB2e")
    stats = ('<div class="%s"><span>전체 공고 <b>%s</b>건</span><span>오늘 신규 <b>%s</b>건</span><span>채용 중인 기업 <b>%s</b>곳</span></div>'
             % ("GlobalHeader_stats__fS0aZ" if v2 else "Header_count__3kP9q", format(total, ","), format(new, ","), format(comp, ",")))
    nav = ('<nav class="%s"><ul><li><a href="/recruit">채용정보</a></li><li><a href="/company">기업정보</a></li>'
           '<li><a href="/salary">연봉정보</a></li><li><a href="/career">커리어</a></li><li><a href="/headhunting">헤드헌팅</a></li></ul></nav>'
           % ("GlobalHeader_gnb__Jw2kT" if v2 else "Header_gnb__2mZx8"))
    header = ('<header class="%s"><div class="inner"><h1 class="logo"><a href="/"><img src="/images/logo.svg" alt="잡스테이션"></a></h1>%s'
              '<div class="util"><a href="/login">로그인</a><a href="/join">회원가입</a><a href="https://biz.jobstation.co.kr">기업서비스</a></div></div>%s</header>'
              % (K["hdr"], nav, stats))
    footer = ('<footer class="%s"><div class="inner"><ul class="links"><li><a href="/about">회사소개</a></li><li><a href="/policy/terms">이용약관</a></li>'
              '<li><a href="/policy/privacy"><strong>개인정보 처리방침</strong></a></li><li><a href="/help">고객센터</a></li></ul>'
              '<address>주식회사 잡스테이션 | 대표이사 김도윤 | 서울특별시 강남구 테헤란로 427, 12층 | 사업자등록번호 214-88-30125 | '
              '통신판매업신고 제2018-서울강남-01842호 | 유료직업소개사업등록번호 (국내) 제2018-3220237-14-5-00012호</address>'
              '<p class="copy">© JobStation Inc. All rights reserved.</p></div></footer>'
              % ("GlobalFooter_footer__Yq2Fz" if v2 else "Footer_footer__3jK1c"))
    if v2:
        main = ('<main class="%s"><nav class="%s" aria-label="약관 및 정책"><ul>%s</ul></nav><div class="PolicyLayout_content__Zc1rk">'
                '<article class="%s">%s</article>%s</div><aside class="%s"><h2>지금 뜨는 공고</h2><ul>%s</ul><h2>프리미엄 채용관</h2><ul class="logos">%s</ul></aside></main>'
                % (K["wrap"], K["side"], tabs, K["art"], body, vsel, K["aside"], teaser, logos))
    else:
        main = ('<div class="%s"><ul class="%s">%s</ul><div class="%s">%s</div>%s<div class="%s"><h3>지금 뜨는 공고</h3><ul>%s</ul>'
                '<h3>프리미엄 채용관</h3><ul class="logos">%s</ul></div></div>'
                % (K["wrap"], K["side"], tabs, K["art"], body, vsel, K["aside"], teaser, logos))
    build = s["build"]
    ch = s["chunks"]
    nd = {"props": {"pageProps": {"policyType": "privacy", "policy": {"title": "개인정보 처리방침", "effectiveDate": effective,
                                                                      "html": body, "history": olds},
                                  "jobStats": {"total": total, "today": new, "companies": comp},
                                  "hotJobs": [{"company": COMPANIES[a], "title": ROLES[b], "dday": d} for a, b, _, d in s["teasers"]]},
                    "__N_SSP": True},
          "page": "/policy/[type]", "query": {"type": "privacy"}, "buildId": build, "isFallback": False, "gssp": True,
          "locale": "ko", "locales": ["ko"], "defaultLocale": "ko", "scriptLoader": []}
    scripts = "".join('<script src="/_next/static/chunks/%s" defer=""></script>' % f for f in (
        "webpack-%s.js" % ch[0], "framework-%s.js" % ch[1], "main-%s.js" % ch[2], "pages/_app-%s.js" % ch[3],
        "pages/policy/%%5Btype%%5D-%s.js" % ch[4]))
    return ('<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<title>개인정보 처리방침 | 잡스테이션</title><meta name="description" content="잡스테이션 개인정보 처리방침"/>'
            '<meta property="og:title" content="개인정보 처리방침 | 잡스테이션"/><meta property="og:image" content="https://static.jobstation.co.kr/og/default.png"/>'
            '<link rel="canonical" href="%s"/><meta name="next-head-count" content="7"/>'
            '<link rel="preload" href="/_next/static/css/%s.css" as="style"/><link rel="stylesheet" href="/_next/static/css/%s.css" data-n-g=""/>'
            '<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>%s'
            '<script src="/_next/static/%s/_buildManifest.js" defer=""></script><script src="/_next/static/%s/_ssgManifest.js" defer=""></script></head>'
            '<body><div id="__next">%s%s%s%s</div>'
            '<script id="__NEXT_DATA__" type="application/json">%s</script>'
            '<script>(function(){var w=window;if(w.ChannelIO){return;}var ch=function(){ch.c(arguments);};ch.q=[];ch.c=function(args){ch.q.push(args);};w.ChannelIO=ch;'
            'function l(){var s=document.createElement("script");s.type="text/javascript";s.async=true;s.src="https://cdn.channel.io/plugin/ch-plugin-web.js?v=%s";'
            'var x=document.getElementsByTagName("script")[0];x.parentNode.insertBefore(s,x);}l();})();ChannelIO("boot",{"pluginKey":"8d2f1c3a-5b9e-4a7d-b1c0-7e6f5a4d3c2b"});</script>'
            '</body></html>'
            % (URL, ch[0][:12] + ch[4][:4], ch[0][:12] + ch[4][:4], scripts, build, build, ab, header, main, footer,
               json.dumps(nd, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/"), s["channel"]))


PAGE = {
    "service": "JobStation", "url": URL, "lang": "ko-KR", "platform": "Next.js (pages router)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate"), ("X-Powered-By", "Next.js"),
                      ("Vary", "Accept-Encoding")),
    "n": 30, "start": dt.date(2022, 10, 1), "end": dt.date(2025, 12, 20), "hours": (15, 3),
    "policy": POLICY, "first_updated": dt.date(2022, 9, 15), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": ["article[class*=\"PolicyArticle_article\"]"]},
    "history": [{"fetch": URL, "select": ["[class*=\"Terms_content\"]"], "validUntil": "2024-05-20T00:00:00Z"}],
}
