"""SsamMatch (쌤매치, tutoring marketplace, Seoul) - ko-KR - Wagtail (Django) LegalPage with a StreamField body
(heading / paragraph / TableBlock / version-history snippet blocks), Draftail rich text with data-block-key
attributes (appearing with the Wagtail 5 upgrade), the PIPA habit of a "previous versions" <select> as the last
block of the body (it grows at each new effective date), last_published_at stamp in the article header, live
matching figures, tutor reviews, a consultation form with csrfmiddlewaretoken, Channel Talk, hashed statics
(ManifestStaticFilesStorage)."""
import datetime as dt
import hashlib
import html
import re
import common as C

URL = "https://www.ssammatch.co.kr/policy/privacy/"


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


POLICY = """
# 개인정보 처리방침

주식회사 쌤매치(이하 '회사')는 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 다음과 같이 개인정보 처리방침을 수립·공개합니다.

## 제1조 (개인정보의 처리 목적)

회사는 학부모·학생 회원과 선생님 회원 사이의 과외 매칭, 수업료 결제 및 정산, 상담 및 분쟁 처리, 부정 이용 방지를 위하여 개인정보를 처리합니다.

## 제2조 (처리하는 개인정보 항목)

- 학부모·학생 회원: 이름, 휴대전화번호, 이메일, 학년, 희망 과목, 지역
- 선생님 회원: 이름, 휴대전화번호, 이메일, 출신 학교 및 전공, 재학 또는 졸업 증명서, 프로필 사진
- 서비스 이용 과정에서 자동 수집되는 정보: 접속 IP, 쿠키, 접속 일시, 기기 정보

## 제3조 (개인정보의 처리 및 보유 기간)

회사는 회원 탈퇴 시 개인정보를 지체 없이 파기합니다. 다만 관계 법령에 따라 계약 또는 청약철회 등에 관한 기록과 대금 결제 및 재화 등의 공급에 관한 기록은 5년간, 부정 이용 방지를 위한 기록은 1년간 보관합니다.

## 제4조 (개인정보 처리의 위탁)

| 수탁업체 | 위탁업무 내용 |
| (주)케이지이니시스 | 수업료 결제 처리 |
| 네이버클라우드(주) | 서버 운영 및 데이터 보관 |
| (주)카카오 | 알림톡 발송 |

## 제5조 (정보주체의 권리·의무 및 행사방법)

정보주체는 회사에 대해 언제든지 개인정보 열람, 정정, 삭제, 처리정지 요구 등의 권리를 행사할 수 있습니다. 만 14세 미만 아동의 경우 법정대리인이 권리를 행사할 수 있습니다.

## 제6조 (개인정보 보호책임자)

- 성명: 김민준
- 직책: 개발본부장
- 연락처: [privacy@ssammatch.co.kr](mailto:privacy@ssammatch.co.kr), 02-6952-0000

## 제7조 (개인정보 처리방침의 변경)

이 개인정보 처리방침은 {UPDATED}부터 적용됩니다.
"""

EDITS = [
    {"note": "processor added: new row in the entrustment table (Channel Corp, customer chat)",
     "repl": [("| (주)카카오 | 알림톡 발송 |", "| (주)카카오 | 알림톡 발송 |\n| (주)채널코퍼레이션 | 고객 상담 채팅 서비스 운영 |")]},
    {"note": "retention of fraud-prevention records changed from 1 to 3 years",
     "repl": [("부정 이용 방지를 위한 기록은 1년간 보관합니다.", "부정 이용 방지를 위한 기록은 3년간 보관합니다.")]},
    {"note": "rights sentence on children under 14 reworded (silent, effective date kept)", "bump": False,
     "repl": [("만 14세 미만 아동의 경우 법정대리인이 권리를 행사할 수 있습니다.",
               "만 14세 미만 아동의 개인정보는 법정대리인의 동의를 받아 처리하며, 법정대리인은 아동의 개인정보에 대한 권리를 행사할 수 있습니다.")]},
    {"note": "new article on behavioural information (ad tracking) inserted; last article renumbered",
     "repl": [("## 제6조 (개인정보 보호책임자)", "## 제6조 (행태정보의 수집·이용 및 거부)\n\n회사는 맞춤형 광고를 위해 웹사이트 방문 기록을 수집하며, 이용자는 브라우저 설정 또는 앱의 광고 식별자 재설정을 통해 이를 거부할 수 있습니다.\n\n## 제7조 (개인정보 보호책임자)"),
              ("## 제7조 (개인정보 처리방침의 변경)", "## 제8조 (개인정보 처리방침의 변경)")]},
    {"note": "privacy officer changed (name, title, e-mail)",
     "repl": [("- 성명: 김민준\n- 직책: 개발본부장\n- 연락처: [privacy@ssammatch.co.kr](mailto:privacy@ssammatch.co.kr), 02-6952-0000",
               "- 성명: 이서연\n- 직책: 정보보호최고책임자(CISO)\n- 연락처: [dpo@ssammatch.co.kr](mailto:dpo@ssammatch.co.kr), 02-6952-0000")]},
]

WAGTAIL5 = dt.datetime(2023, 5, 22)
REVIEWS = [("수학", "고2 학부모", "선생님 덕분에 내신 2등급이 올랐어요."), ("영어", "중3 학생", "회화 수업이 재밌어요."),
           ("국어", "고3 학부모", "비문학 독해가 확실히 좋아졌습니다."), ("과학", "중1 학부모", "실험 위주 설명이 좋았어요."),
           ("코딩", "초6 학부모", "파이썬으로 게임을 만들었어요!"), ("수학", "재수생", "모의고사 1등급 달성했습니다.")]


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["csrf"] = C.alnum(rng, 64)
    s["wagtail"] = "5" if when >= WAGTAIL5 else "2"
    s["static"] = C.keep_or(rng, prev.get("static") if prev.get("wagtail") == s["wagtail"] else None, 0.3,
                            lambda: (C.hexs(rng, 12), C.hexs(rng, 12)))
    days = (when - dt.datetime(2021, 1, 1)).days
    s["live"] = (800 + days // 2 + rng.randint(0, 400), 15000 + days * 6 + rng.randint(0, 300))
    s["reviews"] = tuple(rng.sample(range(len(REVIEWS)), 2))
    s["published"] = C.keep_or(rng, prev.get("published"), 0.3,
                               lambda: (when - dt.timedelta(days=rng.randint(0, 25), minutes=rng.randint(0, 900))))
    s["versions"] = prev.get("versions", ())  # render appends the effective date when it is new
    return s


LABELS = {
    "csrf": "per-visit csrfmiddlewaretoken (consultation form)",
    "wagtail": "Wagtail 2 -> 5 upgrade (data-block-key attributes on rich text, new statics)",
    "static": "hashed static file names",
    "live": "live matching figures ('오늘 매칭', '활동 중인 선생님')",
    "reviews": "tutor reviews carousel",
    "published": "last_published_at stamp in the article header (republished pages)",
    "versions": "'previous versions' select (last StreamField block) grows",
}


def render(s, blocks, when):
    w5 = s["wagtail"] == "5"
    m = re.search(r"(\d{4})년 (\d+)월 (\d+)일부터", blocks[-1][1])
    eff = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if not s["versions"] or s["versions"][-1] != eff:
        s["versions"] = s["versions"] + (eff,)

    def key(t):
        return (' data-block-key="%s"' % hashlib.md5(t.encode()).hexdigest()[:5]) if w5 else ""

    out = []
    para = []

    def flush():
        if para:
            out.append('<div class="block-paragraph">%s</div>' % "".join(para))
            para.clear()

    for kind, v in blocks[1:]:
        if kind == "h2":
            flush()
            out.append('<div class="block-heading"><h2 id="%s">%s</h2></div>' % (re.sub(r"\D", "", v.split("(")[0]) and
                                                                               "article-" + re.sub(r"\D", "", v.split("(")[0]), html.escape(v)))
        elif kind == "p":
            para.append("<p%s>%s</p>" % (key(v), C.inline_html(v)))
        elif kind == "ul":
            para.append("<ul>%s</ul>" % "".join("<li%s>%s</li>" % (key(x), C.inline_html(x)) for x in v))
        elif kind == "table":
            flush()
            rows = v
            out.append('<div class="block-table"><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>'
                       % ("".join('<th scope="col">%s</th>' % html.escape(x) for x in rows[0]),
                          "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(x) for x in r) for r in rows[1:])))
    flush()
    vers = s["versions"]
    opts = ['<option value="" selected>시행일자 선택</option>']
    for a, b in zip(vers[:-1], vers[1:]):
        opts.append('<option value="/policy/privacy/%s/">%d. %d. %d. ~ %d. %d. %d. 적용</option>'
                    % (a.isoformat(), a.year, a.month, a.day, (b - dt.timedelta(days=1)).year,
                       (b - dt.timedelta(days=1)).month, (b - dt.timedelta(days=1)).day))
    out.append('<div class="block-version_history"><div class="policy-history"><label for="policy-version">이전 개인정보 처리방침 보기</label>'
               '<select id="policy-version" class="form-select" onchange="if(this.value)location.href=this.value">%s</select></div></div>'
               % "".join(opts))
    pub = s["published"]
    live_m, live_t = s["live"]
    css_h, js_h = s["static"]
    reviews = "".join('<li class="review-card"><span class="review-card__subject">%s</span><p>%s</p><span class="review-card__who">%s</span></li>'
                      % (REVIEWS[k][0], html.escape(REVIEWS[k][2]), REVIEWS[k][1]) for k in s["reviews"])
    return ('<!DOCTYPE html>\n<html class="no-js" lang="ko">\n<head>\n<meta charset="utf-8" />\n'
            '<title>개인정보 처리방침 | 쌤매치</title>\n<meta name="description" content="쌤매치 개인정보 처리방침" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
            '<link rel="stylesheet" type="text/css" href="/static/css/ssammatch.%s.css">\n'
            '<script>!function(f,b,e,v,n,t,s){}(window,document);kakaoPixel("4839201847562019384").pageView();</script>\n'
            '</head>\n<body class="template-legalpage">\n'
            '<header class="site-header"><a class="site-header__logo" href="/"><img src="/static/img/logo.%s.svg" alt="쌤매치"></a>'
            '<nav class="site-nav"><a href="/tutors/">선생님 찾기</a><a href="/requests/">과외 요청하기</a><a href="/teach/">선생님 지원</a><a href="/faq/">자주 묻는 질문</a></nav>'
            '<div class="live-stats" aria-live="polite">오늘 매칭 <strong>%s</strong>건 · 활동 중인 선생님 <strong>%s</strong>명</div></header>\n'
            '<main class="container">\n<div class="row">\n<article class="legal-page col-lg-8">\n'
            '<header class="legal-page__header"><h1>%s</h1><p class="legal-page__meta">최종 게시일 %s</p></header>\n'
            '<div class="legal-page__body">\n%s\n</div>\n</article>\n'
            '<aside class="col-lg-4 sidebar"><section class="consult-box"><h2>무료 상담 신청</h2>'
            '<form method="post" action="/consult/"><input type="hidden" name="csrfmiddlewaretoken" value="%s">'
            '<input type="tel" name="phone" placeholder="휴대전화번호"><select name="grade"><option>초등</option><option>중등</option><option>고등</option></select>'
            '<label><input type="checkbox" name="agree" required> <a href="/policy/privacy/">개인정보 수집·이용</a>에 동의합니다</label><button type="submit">상담 신청</button></form></section>'
            '<section class="reviews"><h2>수강 후기</h2><ul>%s</ul></section></aside>\n</div>\n</main>\n'
            '<footer class="site-footer"><p>(주)쌤매치 | 대표 박지훈 | 사업자등록번호 214-88-01234 | 통신판매업신고 제2021-서울강남-01234호 | 학원설립·운영등록 제9876호</p>'
            '<p>서울특별시 강남구 테헤란로 311, 8층</p><ul><li><a href="/policy/terms/">이용약관</a></li><li><a href="/policy/privacy/"><strong>개인정보 처리방침</strong></a></li></ul>'
            '<p>&copy; SsamMatch Inc. All rights reserved.</p></footer>\n'
            '<script src="/static/js/main.%s.js"></script>\n'
            '<script>(function(){var w=window;if(w.ChannelIO){return}var ch=function(){ch.c(arguments)};ch.q=[];ch.c=function(args){ch.q.push(args)};w.ChannelIO=ch;})();'
            'ChannelIO("boot", {"pluginKey": "b2a4c6e8-1f3d-4a5b-9c7e-0d2f4a6b8c1e", "language": "ko"});</script>\n'
            '</body>\n</html>\n'
            % (css_h, js_h[:8], "{:,}".format(live_m), "{:,}".format(live_t), html.escape(blocks[0][1]),
               pub.strftime("%Y.%m.%d %H:%M"), "\n".join(out), s["csrf"], reviews, js_h))


PAGE = {
    "service": "SsamMatch", "url": URL, "lang": "ko-KR", "platform": "Wagtail (Django)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Vary", "Cookie"), ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "same-origin")),
    "n": 30, "start": dt.date(2021, 2, 1), "end": dt.date(2026, 5, 31), "hours": (15, 3),
    "policy": POLICY, "first_updated": dt.date(2020, 12, 1), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [".legal-page__header h1", ".legal-page__body"],
                    "remove": [".block-version_history"]},
}
