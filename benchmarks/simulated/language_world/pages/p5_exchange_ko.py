"""Malbeot (language-exchange app, Seoul; Korean), its policy written in Notion and published with oopy (Notion pages
served as a Next.js site, react-notion-x markup) on the app's own domain. The page title is the Notion title, outside
div.notion-page-content. Inside it: a synced block with the team's notice callout (customer-centre hours, holiday
closures, maintenance, releases: the same block is synced into every page), the header image whose Notion file URL
is signed per request (X-Amz-Date/Signature through oopy's image proxy), and Notion's table-of-contents block. The
curators select .notion-page-content and remove .notion-sync-block and .notion-table-of-contents."""
import datetime as dt
import json
import os
import sys
from urllib.parse import quote

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import lwkit as K  # noqa: E402

POLICY = """
주식회사 말벗(이하 '회사')은 「개인정보 보호법」 제30조에 따라 언어교환 앱 '말벗' 서비스(이하 '서비스') 이용자의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 하기 위하여 다음과 같이 개인정보처리방침을 수립·공개합니다.

### 제1조 (개인정보의 처리 목적)

회사는 다음의 목적을 위하여 개인정보를 처리합니다. 처리하고 있는 개인정보는 다음의 목적 이외의 용도로는 이용되지 않으며, 이용 목적이 변경되는 경우에는 「개인정보 보호법」 제18조에 따라 별도의 동의를 받는 등 필요한 조치를 이행할 예정입니다.

- 회원 가입 및 관리: 본인 식별, 만 14세 이상 여부 확인, 부정 이용 방지
- 언어교환 매칭: 모국어와 학습 언어, 관심사, 위치(국가·도시 단위)를 바탕으로 한 대화 상대 추천
- 커뮤니티 안전: 신고된 대화의 검토 및 이용 제한 조치
- 유료 서비스 제공: 프리미엄 구독 결제 및 환불 처리
- 마케팅 및 광고: 이벤트 안내 및 맞춤형 혜택 제공 (선택 동의한 회원에 한함)

### 제2조 (처리하는 개인정보 항목)

- 필수항목: 이메일 주소 또는 소셜 로그인 식별자(Apple, Google, 카카오), 닉네임, 생년월일, 성별, 모국어, 학습 언어
- 선택항목: 프로필 사진, 자기소개, 관심사, 음성 메시지
- 서비스 이용 과정에서 자동으로 생성되는 정보: 접속 로그, 기기 정보(OS 버전, 기기 모델), 광고 식별자, 앱 푸시 토큰

### 제3조 (개인정보의 처리 및 보유 기간)

회사는 회원 탈퇴 시 지체 없이 개인정보를 파기합니다. 다만, 부정 이용 방지를 위하여 탈퇴한 회원의 이메일 주소와 기기 정보는 탈퇴일로부터 30일간 보관하며, 관계 법령에 따라 보존할 필요가 있는 경우에는 다음과 같이 보관합니다.

- 계약 또는 청약철회 등에 관한 기록: 5년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 대금결제 및 재화 등의 공급에 관한 기록: 5년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 소비자의 불만 또는 분쟁처리에 관한 기록: 3년 (전자상거래 등에서의 소비자보호에 관한 법률)
- 서비스 접속 기록: 3개월 (통신비밀보호법)

### 제4조 (개인정보의 제3자 제공)

회사는 정보주체의 개인정보를 제1조에서 명시한 범위 내에서만 처리하며, 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다.

### 제5조 (개인정보처리의 위탁)

회사는 원활한 서비스 제공을 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.

| 수탁업체 | 위탁업무 |
| Amazon Web Services, Inc. | 서비스 인프라 운영 및 데이터 보관 |
| Google LLC (Firebase) | 앱 푸시 알림 발송 및 오류 분석 |
| 주식회사 카카오 | 카카오 로그인 |
| NHN KCP | 구독 결제 처리 |

### 제6조 (개인정보의 국외 이전)

회사는 서비스 제공을 위하여 아래와 같이 개인정보를 국외로 이전하고 있습니다.

| 이전받는 자 | 이전 국가 | 이전 항목 | 이전 목적 | 보유 및 이용 기간 |
| Amazon Web Services, Inc. | 일본(도쿄 리전) | 회원 정보 및 대화 내용 | 데이터 보관 | 회원 탈퇴 시까지 |
| Google LLC | 미국 | 기기 정보, 앱 푸시 토큰 | 푸시 알림 발송 | 회원 탈퇴 시까지 |

이전 일시 및 방법: 서비스 이용 시점에 네트워크를 통하여 전송됩니다. 국외 이전을 원하지 않는 경우 회원 탈퇴를 통해 이전을 거부할 수 있으나, 이 경우 서비스 이용이 불가합니다.

### 제7조 (개인정보의 파기 절차 및 방법)

회사는 개인정보 보유기간의 경과, 처리목적 달성 등 개인정보가 불필요하게 되었을 때에는 지체 없이 해당 개인정보를 파기합니다. 전자적 파일 형태의 정보는 기록을 재생할 수 없는 기술적 방법을 사용하여 삭제합니다.

### 제8조 (정보주체의 권리·의무 및 행사방법)

정보주체는 회사에 대해 언제든지 개인정보 열람, 정정, 삭제, 처리정지 요구 등의 권리를 행사할 수 있습니다. 권리 행사는 앱 내 '설정 > 고객센터' 메뉴 또는 이메일을 통하여 하실 수 있으며, 회사는 이에 대해 지체 없이 조치하겠습니다.

### 제9조 (개인정보의 안전성 확보 조치)

회사는 개인정보의 안전성 확보를 위해 내부관리계획 수립·시행, 개인정보 취급 직원의 최소화 및 교육, 개인정보의 암호와, 접속기록의 보관 및 위변조 방지, 접근권한의 관리 등의 조치를 취하고 있습니다.

### 제10조 (개인정보 자동 수집 장치의 설치·운영 및 거부)

회사는 앱 이용 분석을 위하여 광고 식별자와 Firebase Analytics를 사용합니다. 이용자는 기기 설정에서 광고 추적 제한 또는 광고 ID 재설정을 통해 이를 거부할 수 있습니다.

### 제11조 (개인정보 보호책임자)

@ 개인정보 보호책임자: 김도윤 (CTO)
@ 이메일: privacy@malbeot.app
@ 고객센터: 카카오톡 채널 '말벗' / 02-6953-2210

### 제12조 (권익침해 구제방법)

정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보분쟁조정위원회(1833-6972), 한국인터넷진흥원 개인정보침해신고센터(118) 등에 분쟁해결이나 상담 등을 신청할 수 있습니다.

### 제13조 (개인정보처리방침의 변경)

이 개인정보처리방침은 {UPDATED}부터 적용됩니다.
"""

EDITS = [
    {"note": "processor row added: Channel Corp. (Channel Talk) for customer support",
     "repl": [("| NHN KCP | 구독 결제 처리 |",
               "| NHN KCP | 구독 결제 처리 |\n| Channel Corp. | 고객 상담 채널(채널톡) 운영 |")]},
    {"note": "typo fixed (암호와 -> 암호화), date unchanged", "bump": False,
     "repl": [("개인정보의 암호와,", "개인정보의 암호화,")]},
    {"note": "overseas-transfer row added: OpenAI for the AI sentence-correction feature",
     "repl": [("| Google LLC | 미국 | 기기 정보, 앱 푸시 토큰 | 푸시 알림 발송 | 회원 탈퇴 시까지 |",
               "| Google LLC | 미국 | 기기 정보, 앱 푸시 토큰 | 푸시 알림 발송 | 회원 탈퇴 시까지 |\n"
               "| OpenAI, L.L.C. | 미국 | AI 교정을 요청한 메시지 | AI 문장 교정 기능 제공 | 처리 후 30일 |")]},
    {"note": "privacy officer changed",
     "repl": [("@ 개인정보 보호책임자: 김도윤 (CTO)", "@ 개인정보 보호책임자: 박서연 (개인정보보호팀장)")]},
    {"note": "retention for fraud prevention extended from 30 to 90 days",
     "repl": [("탈퇴일로부터 30일간 보관하며", "탈퇴일로부터 90일간 보관하며")]},
    {"note": "paragraph added: no sign-up under 14, such accounts restricted and deleted",
     "repl": [("광고 식별자, 앱 푸시 토큰\n",
               "광고 식별자, 앱 푸시 토큰\n\n"
               "회사는 만 14세 미만 아동의 회원가입을 받지 않으며, 만 14세 미만으로 확인된 계정은 즉시 이용을 "
               "제한하고 해당 개인정보를 파기합니다.\n")]},
]


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


SPACE = "8f2c1e4a-6b3d-4e71-a9c5-0d7e2b4f1a63"
PAGE_ID = "4b1e9c07d2a84f6b8e35c1a0f7d29e64"
IMG_BLOCK = "c3a81f54-2e9d-4b70-8a16-f5d0e7c2b938"
SYNC_BLOCK = "e19b7d2c-40f3-4a8e-b5c1-6d2f9a083e7b"
TOC_BLOCK = "7a0d3e61-c5b2-4f98-9e14-2b8c6f0a5d3e"

NOTICES = [
    (dt.date(2024, 2, 5), dt.date(2024, 2, 13), "설 연휴 고객센터 휴무 안내: 2월 9일(금)~2월 12일(월)에는 문의 답변이 늦어질 수 있어요."),
    (dt.date(2024, 4, 8), dt.date(2024, 4, 11), "4월 10일(수) 국회의원 선거일에는 고객센터가 휴무입니다."),
    (dt.date(2024, 6, 3), dt.date(2024, 6, 21), "말벗 3.0 업데이트: 대화 중 문장을 고쳐 주는 AI 문장 교정 기능이 출시되었어요!"),
    (dt.date(2024, 9, 9), dt.date(2024, 9, 19), "추석 연휴 고객센터 휴무 안내: 9월 16일(월)~9월 18일(수)"),
    (dt.date(2024, 12, 23), dt.date(2025, 1, 2), "연말연시 고객센터 운영 안내: 12월 31일(화)은 오후 3시까지 운영합니다."),
    (dt.date(2025, 1, 20), dt.date(2025, 1, 31), "설 연휴 고객센터 휴무 안내: 1월 27일(월)~1월 30일(목)"),
    (dt.date(2025, 5, 1), dt.date(2025, 5, 7), "5월 연휴 고객센터 휴무 안내: 5월 5일(월)~5월 6일(화)"),
    (dt.date(2025, 5, 12), dt.date(2025, 5, 16), "서비스 점검 안내: 5월 15일(목) 02:00~04:00에는 앱 이용이 일시 중단됩니다."),
    (dt.date(2025, 9, 29), dt.date(2025, 10, 10), "추석 연휴 고객센터 휴무 안내: 10월 3일(금)~10월 9일(목)"),
]
DEFAULT_NOTICE = "말벗 고객센터 운영시간: 평일 10:00~18:00 (점심시간 12:30~13:30, 주말·공휴일 휴무)"


def noise(rng, when, i, prev):
    p = prev or {}
    loc, _ = K.local(when, "kr")
    d = loc.date()
    notice = DEFAULT_NOTICE
    for a, b, t in NOTICES:
        if a <= d <= b:
            notice = t
    amz = when + dt.timedelta(seconds=rng.randint(0, 40))
    return {
        "signed": (amz.strftime("%Y%m%dT%H%M%SZ"), C.hexs(rng, 64), C.b64tok(rng, 240), "ASIAZI2LB466" + C.alnum(
            rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
        "build": C.keep_or(rng, p.get("build"), 0.25, lambda: (C.alnum(rng, 21, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"),
                                                               C.hexs(rng, 16), C.hexs(rng, 16))),
        "notice": notice,
    }


LABELS = {
    "signed": "signed Notion file URL of the header image (inside .notion-page-content, attribute only) and in "
              "__NEXT_DATA__ (per request)",
    "build": "oopy deploy: Next.js buildId and chunk hashes",
    "notice": "synced notice callout (inside .notion-page-content, removed)",
}


def _bid(*parts):
    h = K.hid("malbeot", *parts)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def _rich(t):
    def bold(raw):
        return "<b>%s</b>" % K.esc(raw)

    def link(url, label):
        return '<a class="notion-link" href="%s">%s</a>' % (K.attr(url), K.esc(label))
    return C.inline_html(t, bold=bold, link=link)


def _content(blocks, state):
    out = []
    toc = []
    for n, (kind, v) in enumerate(blocks):
        key = v if isinstance(v, str) else repr(v)[:40]
        bid = _bid(kind, key[:24])
        nid = bid.replace("-", "")
        if kind in ("h2", "h3"):
            lvl = "notion-h1" if kind == "h2" else "notion-h2"
            toc.append((nid, v, kind))
            out.append('<%s class="notion-h %s notion-h-indent-%d notion-block-%s" data-id="%s"><span><div id="%s" '
                       'class="notion-header-anchor"></div><a class="notion-hash-link" href="#%s" title="%s"><svg '
                       'viewBox="0 0 16 16" width="16" height="16"><path fill-rule="evenodd" d="M4 9h1v1H4c-1.5 '
                       '0-3-1.69-3-3.5S2.55 3 4 3h4c1.45 0 3 1.69 3 3.5 0 1.41-.91 2.72-2 3.25V8.59c.58-.45 1-1.27 '
                       '1-2.09C10 5.22 8.98 4 8 4H4c-.98 0-2 1.22-2 2.5S3 9 4 9zm9-3h-1v1h1c1 0 2 1.22 2 2.5S13.98 '
                       '12 13 12H9c-.98 0-2-1.22-2-2.5 0-.83.42-1.64 1-2.09V6.25c-1.09.53-2 1.84-2 3.25C6 11.31 7.55 '
                       '13 9 13h4c1.45 0 3-1.69 3-3.5S14.5 6 13 6z"></path></svg></a><span class="notion-h-title">%s'
                       '</span></span></%s>' % (kind, lvl, 0 if kind == "h2" else 1, nid, nid, nid, nid,
                                                K.attr(K.plain(v)), _rich(v), kind))
        elif kind == "p":
            out.append('<div class="notion-text notion-block-%s">%s</div>' % (nid, _rich(v)))
        elif kind == "ul":
            for j, it in enumerate(v):
                out.append('<ul class="notion-list notion-list-disc notion-block-%s"><li>%s</li></ul>'
                           % (_bid("li", it[:24]).replace("-", ""), _rich(it)))
        elif kind == "table":
            rows = []
            for j, r in enumerate(v):
                rid = _bid("row", r[0][:20], j).replace("-", "")
                cls = "notion-simple-table-row notion-simple-table-header-row" if j == 0 else "notion-simple-table-row"
                rows.append('<tr class="%s notion-block-%s">%s</tr>' % (cls, rid, "".join(
                    '<td class="" style="width:%dpx"><div class="notion-simple-table-cell">%s</div></td>'
                    % (160 if c < len(r) - 1 else 200, _rich(x)) for c, x in enumerate(r))))
            out.append('<table class="notion-simple-table notion-block-%s"><tbody>%s</tbody></table>'
                       % (nid, "".join(rows)))
        elif kind == "addr":
            out.append('<div class="notion-text notion-block-%s">%s</div>' % (nid, "\n".join(_rich(x) for x in v)))
        else:
            raise ValueError(kind)
        if n == 0:
            out.append("@@TOC@@")
    toc_html = ('<div class="notion-table-of-contents notion-gray notion-block-%s">%s</div>'
                % (TOC_BLOCK.replace("-", ""), "".join(
                    '<a href="#%s" class="notion-table-of-contents-item"><span class="notion-table-of-contents-item-'
                    'body" style="display:inline-block;margin-left:%dpx">%s</span></a>'
                    % (nid, 0 if k == "h2" else 24, K.esc(K.plain(t))) for nid, t, k in toc)))
    return "".join(out).replace("@@TOC@@", toc_html), toc


def _signed_url(state):
    amz_date, sig, token, cred = state["signed"]
    s3 = ("https://prod-files-secure.s3.us-west-2.amazonaws.com/%s/%s/malbeot_privacy_header.png?X-Amz-Algorithm="
          "AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=%s%%2F%s%%2Fus-west-2%%2Fs3%%2F"
          "aws4_request&X-Amz-Date=%s&X-Amz-Expires=3600&X-Amz-Security-Token=%s&X-Amz-Signature=%s&"
          "X-Amz-SignedHeaders=host&x-id=GetObject"
          % (SPACE, IMG_BLOCK, cred, amz_date[:8], amz_date, quote(token, safe=""), sig))
    return s3, "https://oopy.lazyrockets.com/api/v2/notion/image?src=%s&blockId=%s&width=1920" % (
        quote(s3, safe=""), IMG_BLOCK)


TEMPLATE = """<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"/><title>개인정보처리방침 | 말벗</title><meta name="description" content="언어교환 앱 말벗의 개인정보처리방침입니다."/><meta property="og:title" content="개인정보처리방침 | 말벗"/><meta property="og:description" content="언어교환 앱 말벗의 개인정보처리방침입니다."/><meta property="og:image" content="@@og_image@@"/><meta property="og:url" content="https://www.malbeot.app/privacy"/><meta name="twitter:card" content="summary_large_image"/><link rel="icon" href="https://oopy.lazyrockets.com/api/rest/cdn/image/d3f0a1c2-5b7e-4f19-8c6a-2e9b0d4f7a15.png"/><link rel="canonical" href="https://www.malbeot.app/privacy"/><meta name="next-head-count" content="12"/><link rel="preload" href="/_next/static/css/@@css@@.css" as="style"/><link rel="stylesheet" href="/_next/static/css/@@css@@.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-@@chunk@@.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-@@chunk2@@.js" defer=""></script><script src="/_next/static/chunks/pages/_app-@@chunk@@.js" defer=""></script><script src="/_next/static/chunks/pages/%5B%5B...slug%5D%5D-@@chunk2@@.js" defer=""></script><script src="/_next/static/@@build@@/_buildManifest.js" defer=""></script><script src="/_next/static/@@build@@/_ssgManifest.js" defer=""></script></head><body><div id="__next"><div class="notion notion-app light-mode notion-block-@@page_id@@"><div class="notion-viewport"></div><div class="notion-frame"><header class="notion-header"><div class="notion-nav-header"><div class="breadcrumbs"><a class="breadcrumb" href="/"><span class="title">말벗</span></a><span class="spacer">/</span><div class="breadcrumb active"><span class="title">개인정보처리방침</span></div></div><div class="oopy-custom-nav"><a href="https://apps.apple.com/kr/app/id6444371822" class="oopy-nav-btn">App Store</a><a href="https://play.google.com/store/apps/details?id=app.malbeot" class="oopy-nav-btn">Google Play</a></div></div></header><div class="notion-page-scroller"><main class="notion-page notion-page-no-cover notion-page-has-icon notion-page-has-text-icon notion-full-page"><div class="notion-page-icon-hero notion-page-icon-span"><span class="notion-page-icon" role="img" aria-label="🔒">🔒</span></div><h1 class="notion-title">개인정보처리방침</h1><div class="notion-page-content"><article class="notion-page-content-inner"><div class="notion-sync-block notion-block-@@sync_id@@"><div class="notion-callout notion-gray_background_co notion-block-@@callout_id@@"><div class="notion-page-icon-inline notion-page-icon-span"><span class="notion-page-icon" role="img" aria-label="📢">📢</span></div><div class="notion-callout-text"><div class="notion-text notion-block-@@callout_text_id@@">@@notice@@</div></div></div></div><figure class="notion-asset-wrapper notion-asset-wrapper-image notion-block-@@img_id@@" style="width:100%"><div style="position:relative;display:flex;justify-content:center;align-self:center;width:100%;max-width:100%;flex-direction:column;height:100%"><img style="object-fit:contain" src="@@img_src@@" alt="말벗 앱 화면" loading="lazy" decoding="async"/></div></figure>@@content@@<div class="notion-blank notion-block-@@blank_id@@"> </div></article></div></main><footer class="oopy-footer"><div class="oopy-footer-inner"><p>주식회사 말벗 · 대표 정하린 · 사업자등록번호 412-87-02391 · 통신판매업 신고 2023-서울마포-1847</p><p>서울특별시 마포구 양화로 127, 7층 (첨단빌딩)</p><p><a href="/terms">이용약관</a> · <a href="/privacy">개인정보처리방침</a></p></div><a class="oopy-badge" href="https://www.oopy.io" target="_blank" rel="noopener noreferrer">Made with oopy</a></footer></div></div></div></div><script id="__NEXT_DATA__" type="application/json">@@next_data@@</script><script>(function(){var w=window;if(w.ChannelIO){return w.console.error("ChannelIO script included twice.");}var ch=function(){ch.c(arguments);};ch.q=[];ch.c=function(args){ch.q.push(args);};w.ChannelIO=ch;function l(){if(w.ChannelIOInitialized){return;}w.ChannelIOInitialized=true;var s=document.createElement("script");s.type="text/javascript";s.async=true;s.src="https://cdn.channel.io/plugin/ch-plugin-web.js";var x=document.getElementsByTagName("script")[0];if(x.parentNode){x.parentNode.insertBefore(s,x);}}if(document.readyState==="complete"){l();}else{w.addEventListener("DOMContentLoaded",l);w.addEventListener("load",l);}})();ChannelIO('boot', {"pluginKey": "9c1f4e2a-7b3d-4a85-b06e-d2f8c5a1e937", "language": "ko"});</script></body></html>"""


def render(state, blocks, when):
    s3, img = _signed_url(state)
    build, css, chunk = state["build"]
    content, toc = _content(blocks, state)
    record = {"block": {}}
    for kind, v in blocks:
        vals = v if isinstance(v, list) else [v]
        for x in vals:
            t = " | ".join(x) if isinstance(x, list) else x
            record["block"][_bid(kind, (t if isinstance(x, str) else repr(x))[:24])] = {
                "value": {"type": {"h2": "header", "h3": "sub_header", "p": "text", "ul": "bulleted_list",
                                   "table": "table_row", "addr": "text"}[kind], "properties": {"title": [[K.plain(t)]]},
                          "space_id": SPACE}}
    next_data = {"props": {"pageProps": {"site": {"domain": "www.malbeot.app", "name": "말벗", "rootNotionPageId": PAGE_ID},
                                         "recordMap": record, "signed_urls": {IMG_BLOCK: s3},
                                         "pageId": PAGE_ID, "notice": state["notice"]}, "__N_SSG": True},
                 "page": "/[[...slug]]", "query": {"slug": ["privacy"]}, "buildId": build, "isFallback": False,
                 "gsp": True, "scriptLoader": []}
    nd = json.dumps(next_data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return K.fill(TEMPLATE, og_image=K.attr(img), css=css, chunk=chunk, chunk2=chunk[::-1], build=build,
                  page_id=PAGE_ID, sync_id=SYNC_BLOCK.replace("-", ""), callout_id=K.hid("callout", n=32),
                  callout_text_id=K.hid("callout-text", n=32), notice=K.esc(state["notice"]),
                  img_id=IMG_BLOCK.replace("-", ""), img_src=K.attr(img), content=content,
                  blank_id=K.hid("blank", n=32), next_data=nd)


PAGE = {
    "service": "Malbeot",
    "url": "https://www.malbeot.app/privacy",
    "lang": "ko",
    "platform": "oopy (Notion page published as a Next.js site, react-notion-x markup)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": [("Server", "Vercel"), ("X-Powered-By", "Next.js"), ("X-Nextjs-Cache", "HIT"),
                      ("Cache-Control", "s-maxage=60, stale-while-revalidate")],
    "n": 32,
    "start": dt.date(2024, 1, 10),
    "end": dt.date(2025, 9, 30),
    "hours": (1, 8, 14, 20),
    "policy": POLICY,
    "first_updated": dt.date(2023, 11, 1),
    "fmt_date": fmt_date,
    "edits": EDITS,
    "noise": noise,
    "labels": LABELS,
    "render": render,
    "declaration": {
        "fetch": "https://www.malbeot.app/privacy",
        "select": ".notion-page-content",
        "remove": [".notion-sync-block", ".notion-table-of-contents"],
    },
}
