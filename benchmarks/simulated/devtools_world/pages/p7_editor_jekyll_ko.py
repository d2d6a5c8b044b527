"""Durumi Editor (두루미랩, open-source code editor) - ko-KR - Jekyll (kramdown) + Cayman theme on GitHub Pages:
one /legal/ page holding the terms of use, the privacy policy and the open-source notices; Cayman puts its footer
inside .main-content; site.time and build-revision stamps, latest-release button, kramdown "section-N" ids."""
import datetime as dt
import html
import json
import re
import common as C

URL = "https://durumi.dev/legal/"


def fmt_date(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


POLICY = """
# 개인정보 처리방침

시행일: {UPDATED}

두루미랩 주식회사(이하 “회사”)는 오픈소스 코드 에디터 Durumi와 설정 동기화 서비스, 확장 마켓플레이스를 운영하면서 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 관련 고충을 원활하게 처리하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다. 에디터 자체는 로그인 없이 사용할 수 있으며, 아래의 온라인 기능을 사용하는 경우에만 개인정보를 처리합니다.

## 제1조(개인정보의 처리 목적)

회사는 설정 동기화 서비스 제공, 확장 마켓플레이스 게시자 확인, 오류 보고서 분석을 통한 품질 개선, 보안 공지 발송을 위하여 개인정보를 처리합니다.

## 제2조(처리하는 개인정보 항목)

- 설정 동기화: GitHub 계정 식별자, 이메일 주소, 동기화된 설정 파일
- 확장 마켓플레이스: 게시자 이름, 이메일 주소, 공개 키
- 오류 보고서(선택): 에디터 버전, 운영체제 정보, 스택 트레이스

## 제3조(개인정보의 처리 및 보유 기간)

설정 동기화 정보는 회원 탈퇴 시까지, 마켓플레이스 게시자 정보는 게시 종료 후 1년까지 보유합니다. 오류 보고서는 수집일로부터 90일이 지나면 자동으로 삭제합니다.

## 제4조(개인정보 처리업무의 위탁)

| 수탁자 | 위탁 업무 |
| 네이버클라우드 주식회사 | 설정 동기화 서버 운영 |
| 주식회사 스티비 | 보안 공지 이메일 발송 |

## 제5조(개인정보의 국외 이전)

| 이전받는 자 | 이전 국가 | 이전 항목 | 이전 목적 |
| GitHub, Inc. | 미국 | GitHub 계정 식별자 | OAuth 로그인 |
| Cloudflare, Inc. | 미국 | 접속 IP 주소 | 마켓플레이스 다운로드 전송 |

정보주체는 국외 이전을 원하지 않는 경우 설정 동기화 기능을 사용하지 않을 수 있습니다.

## 제6조(정보주체의 권리·의무 및 행사방법)

정보주체는 회사에 대해 언제든지 개인정보 열람, 정정, 삭제, 처리정지 요구 등의 권리를 행사할 수 있습니다. 권리 행사는 에디터의 “계정 및 동기화” 메뉴 또는 이메일을 통하여 하실 수 있으며, 회사는 지체 없이 조치하겠습니다.

## 제7조(개인정보의 파기)

회사는 보유 기간이 경과하거나 처리 목적이 달성된 개인정보를 지체 없이 파기합니다. 전자적 파일 형태의 정보는 복구할 수 없는 방법으로 삭제합니다.

## 제8조(개인정보 보호책임자)

- 성명: 김서연 (CTO)
- 이메일: [privacy@durumi.dev](mailto:privacy@durumi.dev)

정보주체는 개인정보침해 신고센터(국번없이 118) 또는 개인정보 분쟁조정위원회에 분쟁 해결이나 상담을 신청할 수 있습니다.
"""

EDITS = [
    {"note": "cross-border transfer table: Sentry (crash reports, US) row added",
     "repl": [("| Cloudflare, Inc. | 미국 | 접속 IP 주소 | 마켓플레이스 다운로드 전송 |",
               "| Cloudflare, Inc. | 미국 | 접속 IP 주소 | 마켓플레이스 다운로드 전송 |\n| Functional Software, Inc. (Sentry) | 미국 | 오류 보고서 | 오류 분석 |")]},
    {"note": "crash-report retention 90 -> 30 days",
     "repl": [("오류 보고서는 수집일로부터 90일이 지나면", "오류 보고서는 수집일로부터 30일이 지나면")]},
    {"note": "purpose sentence: AI code-completion service added (date not bumped)", "bump": False,
     "repl": [("오류 보고서 분석을 통한 품질 개선,", "오류 보고서 분석을 통한 품질 개선, AI 코드 완성 기능의 요청 처리,")]},
    {"note": "new article '제8조(개인정보의 안전성 확보조치)' inserted, privacy officer article renumbered to 제9조",
     "repl": [("## 제8조(개인정보 보호책임자)", "## 제8조(개인정보의 안전성 확보조치)\n\n회사는 동기화된 설정 파일을 종단 간 암호화하여 저장하며, 접근 권한을 최소한의 인원으로 제한하고 접속 기록을 1년 이상 보관합니다.\n\n## 제9조(개인정보 보호책임자)")]},
    {"note": "privacy officer changed (김서연 CTO -> 박준호 보안팀장, new e-mail)",
     "repl": [("- 성명: 김서연 (CTO)\n- 이메일: [privacy@durumi.dev](mailto:privacy@durumi.dev)",
               "- 성명: 박준호 (보안팀장)\n- 이메일: [security@durumi.dev](mailto:security@durumi.dev)")]},
]

TERMS = [(dt.datetime(2000, 1, 1), ["Durumi 에디터는 MIT 라이선스로 배포되며 누구나 무료로 사용할 수 있습니다.",
                                    "설정 동기화 서비스는 현재 상태 그대로 제공되며, 회사는 서비스 중단으로 인한 손해에 대하여 책임지지 않습니다."]),
         (dt.datetime(2022, 9, 5), ["Durumi 에디터는 MIT 라이선스로 배포되며 누구나 무료로 사용할 수 있습니다.",
                                    "설정 동기화 서비스는 현재 상태 그대로 제공되며, 회사는 서비스 중단으로 인한 손해에 대하여 책임지지 않습니다.",
                                    "확장 마켓플레이스에 게시하는 확장은 악성 코드를 포함해서는 안 되며, 회사는 사전 통지 없이 이를 삭제할 수 있습니다."]),
         (dt.datetime(2024, 7, 15), ["Durumi 에디터는 MIT 라이선스로 배포되며 누구나 무료로 사용할 수 있습니다.",
                                     "설정 동기화 서비스와 AI 코드 완성 기능은 현재 상태 그대로 제공되며, 회사는 서비스 중단으로 인한 손해에 대하여 책임지지 않습니다.",
                                     "확장 마켓플레이스에 게시하는 확장은 악성 코드를 포함해서는 안 되며, 회사는 사전 통지 없이 이를 삭제할 수 있습니다."])]
OSS = [("Tree-sitter", "MIT"), ("Electron", "MIT"), ("CodeMirror", "MIT"), ("ripgrep", "MIT / Unlicense"),
       ("Noto Sans KR", "SIL Open Font License 1.1"), ("libgit2", "GPL-2.0 with linking exception"),
       ("Monaco LSP client", "MIT"), ("ONNX Runtime", "MIT"), ("SQLite", "Public Domain")]
PAGES_GEM = [(dt.datetime(2000, 1, 1), "3.9.0", "2.7.1"), (dt.datetime(2022, 3, 1), "3.9.2", "2.8.0"),
             (dt.datetime(2023, 2, 1), "3.9.3", "2.8.0"), (dt.datetime(2024, 8, 1), "3.10.0", "2.8.0")]


def _release(when):
    # minor releases roughly every two months since Jan 2021
    months = (when.year - 2021) * 12 + when.month - 1
    return "v1.%d.%d" % (months // 2, months % 3)


def noise(rng, when, i, prev):
    prev = prev or {}
    s = {}
    s["build"] = (when - dt.timedelta(minutes=rng.randint(5, 3000), seconds=rng.randint(0, 59)), C.hexs(rng, 40))
    s["release"] = _release(when)
    s["terms"] = len([1 for d, _ in TERMS if when >= d]) - 1
    s["oss"] = min(len(OSS), 5 + i // 6)
    s["jekyll"] = [v for v in PAGES_GEM if when >= v[0]][-1][1:]
    return s


LABELS = {
    "build": "Jekyll site.time 'last build' stamp and site.github.build_revision on assets (inside .main-content)",
    "release": "'latest release' download button in the page header",
    "terms": "terms of use (another document on the same page) amended",
    "oss": "open-source notices (another document on the same page) gained libraries",
    "jekyll": "github-pages gem upgrade (Jekyll / jekyll-seo-tag versions)",
}


class _Ids:
    """kramdown auto_ids: non-ASCII headings get 'section', 'section-1', ..."""

    def __init__(self):
        self.seen = {}

    def __call__(self, text):
        g = re.sub(r"^[^a-zA-Z]+", "", text)
        g = re.sub(r"[^a-zA-Z0-9 \-]", "", g).replace(" ", "-").lower() or "section"
        n = self.seen.get(g, 0)
        self.seen[g] = n + 1
        return g if n == 0 else "%s-%d" % (g, n)


def _kd(b, ids):
    kind, v = b
    if kind in ("h2", "h3"):
        return '<%s id="%s">%s</%s>' % (kind, ids(v), C.inline_html(v), kind)
    if kind == "ul":
        return "<ul>\n" + "".join("  <li>%s</li>\n" % C.inline_html(x) for x in v) + "</ul>"
    if kind == "table":
        head = "".join("      <th>%s</th>\n" % C.inline_html(x) for x in v[0])
        body = "".join("    <tr>\n%s    </tr>\n" % "".join("      <td>%s</td>\n" % C.inline_html(x) for x in r) for r in v[1:])
        return "<table>\n  <thead>\n    <tr>\n%s    </tr>\n  </thead>\n  <tbody>\n%s  </tbody>\n</table>" % (head, body)
    return C.block_html(b)


def render(s, blocks, when):
    built, rev = s["build"]
    jk, seo = s["jekyll"]
    ids = _Ids()
    terms = ['<h1 id="terms">이용약관</h1>'] + ['<p>%s</p>' % t for t in TERMS[s["terms"]][1]]
    for k in range(2):
        terms.insert(1 + k * 2, '<h2 id="%s">제%d조</h2>' % (ids("제%d조" % (k + 1)), k + 1))
    back = '<p class="back-to-top"><a href="#top">↑ 맨 위로</a></p>'
    priv = ['<h1 id="privacy">%s</h1>' % C.inline_html(blocks[0][1])] + [_kd(b, ids) for b in blocks[1:]]
    oss = ['<h1 id="oss">오픈소스 라이선스 고지</h1>', '<p>Durumi는 다음 오픈소스 소프트웨어를 사용합니다.</p>',
           _kd(("table", [["구성 요소", "라이선스"]] + [list(x) for x in OSS[:s["oss"]]]), ids)]
    content = "\n\n".join(['<p class="legal-toc">바로가기: <a href="#terms">이용약관</a> · <a href="#privacy">개인정보 처리방침</a> · '
                           '<a href="#oss">오픈소스 라이선스 고지</a></p>'] + terms + [back] + priv + [back] + oss + [back])
    ld = {"@context": "https://schema.org", "@type": "WebPage", "dateModified": built.strftime("%Y-%m-%dT%H:%M:%S+09:00"),
          "description": "Durumi Editor 이용약관, 개인정보 처리방침, 오픈소스 라이선스 고지", "headline": "법적 고지",
          "url": URL}
    rel = s["release"]
    return ('<!DOCTYPE html>\n<html lang="ko-KR">\n  <head>\n    <meta charset="UTF-8">\n\n'
            '<!-- Begin Jekyll SEO tag v%s -->\n<title>법적 고지 | Durumi Editor</title>\n<meta name="generator" content="Jekyll v%s" />\n'
            '<meta property="og:title" content="법적 고지" />\n<meta property="og:locale" content="ko_KR" />\n'
            '<meta name="description" content="Durumi Editor 이용약관, 개인정보 처리방침, 오픈소스 라이선스 고지" />\n'
            '<link rel="canonical" href="%s" />\n<meta property="og:url" content="%s" />\n<meta property="og:site_name" content="Durumi Editor" />\n'
            '<meta property="og:type" content="website" />\n<meta name="twitter:card" content="summary" />\n'
            '<script type="application/ld+json">\n%s</script>\n<!-- End Jekyll SEO tag -->\n\n'
            '    <link rel="preconnect" href="https://fonts.gstatic.com">\n'
            '    <link rel="preload" href="https://fonts.googleapis.com/css?family=Open+Sans:400,700&display=swap" as="style" type="text/css" crossorigin>\n'
            '    <meta name="viewport" content="width=device-width, initial-scale=1">\n    <meta name="theme-color" content="#157878">\n'
            '    <meta name="apple-mobile-web-app-status-bar-style" content="black-translucent">\n'
            '    <link rel="stylesheet" href="/assets/css/style.css?v=%s">\n'
            '    <!-- start custom head snippets, customize with your own _includes/head-custom.html file -->\n'
            '<link rel="alternate" type="application/atom+xml" title="Durumi 릴리스 노트" href="/feed.xml">\n'
            '<script async src="https://www.googletagmanager.com/gtag/js?id=G-D2RUM1ED1T"></script>\n'
            '<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag(\'js\', new Date());gtag(\'config\', \'G-D2RUM1ED1T\');</script>\n'
            '<!-- end custom head snippets -->\n  </head>\n  <body>\n'
            '    <a id="skip-to-content" href="#content">Skip to the content.</a>\n\n'
            '    <header class="page-header" role="banner">\n      <h1 class="project-name" id="top">Durumi Editor</h1>\n'
            '      <h2 class="project-tagline">빠르고 가벼운 오픈소스 코드 에디터</h2>\n'
            '        <a href="https://github.com/durumi-editor/durumi" class="btn">View on GitHub</a>\n'
            '        <a href="https://github.com/durumi-editor/durumi/releases/tag/%s" class="btn">최신 버전 %s 다운로드</a>\n'
            '    </header>\n\n    <main id="content" class="main-content" role="main">\n%s\n\n'
            '      <footer class="site-footer">\n'
            '          <span class="site-footer-owner"><a href="https://github.com/durumi-editor/durumi">durumi</a> is maintained by <a href="https://github.com/durumi-editor">durumi-editor</a>.</span>\n'
            '        <span class="site-footer-credits">This page was generated by <a href="https://pages.github.com">GitHub Pages</a>. 마지막 빌드: %s (<a href="https://github.com/durumi-editor/durumi.github.io/commit/%s">%s</a>)</span>\n'
            '      </footer>\n    </main>\n  </body>\n</html>\n'
            % (seo, jk, URL, URL, json.dumps(ld, ensure_ascii=False), rev, rel, rel, content,
               built.strftime("%Y-%m-%d %H:%M:%S +0900"), rev, rev[:7]))


PAGE = {
    "service": "Durumi Editor", "url": URL, "lang": "ko-KR", "platform": "Jekyll (GitHub Pages, Cayman)",
    "content_type": "text/html; charset=utf-8",
    "extra_headers": (("Server", "GitHub.com"), ("Access-Control-Allow-Origin", "*")),
    "n": 30, "start": dt.date(2021, 2, 15), "end": dt.date(2026, 3, 31),
    "policy": POLICY, "first_updated": dt.date(2021, 1, 4), "fmt_date": fmt_date, "edits": EDITS,
    "noise": noise, "labels": LABELS, "render": render,
    "declaration": {"fetch": URL, "select": [{"startBefore": "#privacy", "endBefore": "#oss"}], "remove": [".back-to-top"]},
}
