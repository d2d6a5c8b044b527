"""Discovery: which link of a page leads to the company's privacy policy, and does a page read as one.

Pure functions over HTML text (no Scrapy, no network), so every rule is unit-tested on strings and the
spider only orders the fetches. Generic: no per-site rules, only multilingual vocabularies.

    links = score_links(html, base_url)          # candidates, best first
    hubs = hub_links(html, base_url)             # "Legal" / "Rechtliches" / "法律声明" pages, one hop
    verdict = check_policy(html, url)            # does this page read as a privacy policy?
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
from lxml import etree

log = logging.getLogger(__name__)

# --- vocabularies -------------------------------------------------------------------------------
# Link text that names the privacy policy itself (strong) or the subject (weak), per language.
STRONG = [
    # en
    "privacy policy", "privacy notice", "privacy statement", "privacy agreement", "privacy & cookie policy",
    "privacy and cookie policy", "privacy and cookies policy", "data protection policy", "data privacy policy",
    "data policy", "privacy information",
    # de
    "datenschutzerklärung", "datenschutzerklaerung", "datenschutzhinweise", "datenschutzrichtlinie",
    "datenschutzinformation", "datenschutzbestimmungen",
    # fr
    "politique de confidentialité", "politique de protection des données", "déclaration de confidentialité",
    "charte de confidentialité", "politique vie privée", "protection des données personnelles",
    # es
    "política de privacidad", "aviso de privacidad", "política de protección de datos",
    "declaración de privacidad",
    # pt
    "política de privacidade", "aviso de privacidade", "declaração de privacidade",
    # it
    "informativa sulla privacy", "informativa privacy", "politica sulla privacy",
    "informativa sul trattamento dei dati",
    # nl
    "privacybeleid", "privacyverklaring", "privacyreglement",
    # ja
    "プライバシーポリシー", "個人情報保護方針", "個人情報の取り扱い", "個人情報の取扱い", "プライバシーに関する方針",
    # ko
    "개인정보처리방침", "개인정보 처리방침", "개인정보취급방침", "개인정보 보호정책",
    # ru
    "политика конфиденциальности", "политика обработки персональных данных", "политика в отношении обработки",
    # zh-Hans
    "隐私政策", "隐私协议", "隐私条款", "隐私声明", "隐私保护政策", "隐私权政策", "个人信息保护政策",
    # zh-Hant
    "隱私權政策", "隱私政策", "隱私權聲明", "隱私聲明", "隱私條款", "個人資料保護政策", "隱私權保護政策",
]
WEAK = [
    "privacy", "data protection", "datenschutz", "confidentialité", "vie privée", "données personnelles",
    "privacidad", "protección de datos", "privacidade", "proteção de dados", "riservatezza",
    "protezione dei dati", "gegevensbescherming", "プライバシー", "個人情報", "개인정보", "конфиденциальност",
    "персональных данных", "隐私", "个人信息", "隱私", "個人資料",
]
# Words in a URL path that point at a policy (lower-case, ASCII).
URL_TERMS = ["privacy", "datenschutz", "privacidad", "privacidade", "confidentialite", "privacybeleid",
             "privacyverklaring", "yinsi", "data-protection", "dataprotection", "personal-data", "kojinjoho",
             "personal-information", "privacypolicy", "konfidentsialnost", "politika-konfidencialnosti"]

# Decoys: pages that sit next to the policy and must not be archived as it.
DECOYS = {
    "terms": ["terms", "conditions", "user agreement", "nutzungsbedingungen", "agb", "allgemeine geschäftsbedingungen",
              "conditions générales", "cgu", "cgv", "términos", "condiciones", "termos", "condizioni",
              "voorwaarden", "利用規約", "이용약관", "пользовательское соглашение", "условия", "用户协议",
              "服务协议", "服务条款", "使用条款", "用戶協議", "服務條款", "使用條款", "eula", "tos"],
    "imprint": ["imprint", "impressum", "mentions légales", "aviso legal", "colofon", "note legali",
                "legal notice", "特定商取引法", "会社概要", "사업자정보", "выходные данные", "colophon"],
    "cookies": ["cookie", "cookies", "쿠키", "クッキー", "куки"],
    "choices": ["privacy choices", "your choices", "do not sell", "do not share", "opt-out", "opt out",
                "privacy settings", "privacy preferences", "manage preferences", "consent preferences",
                "datenschutzeinstellungen", "paramètres de confidentialité", "preferencias de privacidad",
                "隐私设置", "隱私設定", "プライバシー設定", "개인정보 설정"],
    "blog": ["blog", "news", "press", "article", "stories", "insights", "newsroom", "/posts/", "博客", "新闻",
             "ブログ", "뉴스", "новости"],
    "security": ["security", "trust center", "sicherheit", "sécurité", "seguridad", "segurança", "sicurezza",
                 "beveiliging", "セキュリティ", "보안", "безопасност", "安全中心", "信息安全", "資訊安全"],
}
# A legal hub: a page that lists the legal documents (one hop allowed).
HUB = ["legal", "legal notices", "legal center", "legal information", "legal & privacy", "policies",
       "privacy & terms", "privacy and terms", "rechtliches", "rechtliche hinweise", "informations légales",
       "juridique", "información legal", "legal y privacidad", "jurídico", "informações legais",
       "informazioni legali", "juridisch", "法律声明", "法律信息", "法律条款", "法律聲明", "法律資訊", "法務",
       "法的情報", "법적 고지", "법률정보", "правовая информация", "юридическая информация", "документы",
       "trust & privacy", "privacy center", "privacy centre", "privacy hub"]
HUB_URL = ["legal", "policies", "rechtliches", "juridique", "falv", "trust"]

# Words a privacy policy uses, per language; a page needs several distinct ones to count.
POLICY_VOCAB = [
    # en
    "personal data", "personal information", "collect", "third part", "retention", "your rights",
    "data protection", "controller", "consent", "disclose", "process", "cookies", "purpose",
    # de
    "personenbezogene daten", "verarbeitung", "verantwortliche", "einwilligung", "betroffene", "speicherdauer",
    "dritte", "rechtsgrundlage",
    # fr
    "données personnelles", "données à caractère personnel", "traitement", "responsable du traitement",
    "consentement", "conservation", "tiers", "vos droits",
    # es
    "datos personales", "tratamiento", "responsable", "consentimiento", "derechos", "terceros",
    # pt
    "dados pessoais", "consentimento", "direitos", "titular",
    # it
    "dati personali", "trattamento", "titolare", "consenso", "diritti", "terzi",
    # nl
    "persoonsgegevens", "verwerking", "verwerkingsverantwoordelijke", "toestemming", "rechten", "derden",
    "bewaartermijn",
    # ja
    "個人情報", "利用目的", "第三者", "開示", "安全管理", "取得",
    # ko
    "개인정보", "수집", "제3자", "보유", "파기", "정보주체", "이용",
    # ru
    "персональных данных", "обработк", "согласи", "третьим лицам", "хранени", "субъект",
    # zh-Hans / zh-Hant
    "个人信息", "收集", "共享", "第三方", "保存", "权利", "個人資料", "蒐集", "第三人", "權利", "隐私", "隱私",
]
MIN_VOCAB = 6  # distinct vocabulary items a policy uses
MIN_CHARS = 1200  # visible text length (latin scripts)
MIN_CHARS_CJK = 500  # CJK scripts say more per character

# Policy-hosting services: a link to them counts as the company's own policy.
HOSTING_SERVICES = {"iubenda", "termly", "onetrust", "trustarc", "privacypolicies", "termsfeed", "cookiebot",
                    "usercentrics", "osano", "securiti", "transcend", "ketch", "truste"}

_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "edu", "ac", "or", "ne", "go"}
_BLOG_PATH = re.compile(r"/(blog|blogs|news|press|newsroom|stories|articles?|insights|posts?)(/|$)|/(19|20)\d\d/\d\d?/")
_WS = re.compile(r"\s+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def norm(text: str | None) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFKC", text or "")).strip().lower()


def _has(text: str, words) -> list[str]:
    """Words of `words` that occur in `text`; short ASCII words must match as whole words."""
    hits = []
    for w in words:
        if w.isascii() and len(w) <= 5 and w.isalpha():
            if re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", text):
                hits.append(w)
        elif w in text:
            hits.append(w)
    return hits


def decoy_kinds(text: str) -> list[str]:
    return [kind for kind, words in DECOYS.items() if _has(text, words)]


# --- domains --------------------------------------------------------------------------------------
def registrable(host: str) -> str:
    """Approximate registrable domain (no public suffix list): 'www.example.co.uk' -> 'example.co.uk'."""
    parts = (host or "").lower().strip(".").split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def brand(host: str) -> str:
    return registrable(host).split(".")[0]


def same_company(home_url: str, url: str) -> str | None:
    """Why `url` may hold `home_url`'s company policy: 'same-site', 'same-company', 'hosting-service'; None
    for an unrelated domain (a third party's policy, e.g. Google's under a reCAPTCHA notice)."""
    a, b = (urlsplit(home_url).hostname or ""), (urlsplit(url).hostname or "")
    if registrable(a) == registrable(b):
        return "same-site"
    labels = set(re.split(r"[.-]", b.lower()))
    if labels & HOSTING_SERVICES:
        return "hosting-service"
    name = brand(a)
    if len(name) >= 4 and name in b.lower():
        return "same-company"
    return None


# --- decoding: the archive's own decoder, so discovery reads a page exactly as extraction will ----------
from archive.extract.html import decode as decode_html  # noqa: E402


def parse(html: str, base_url: str | None = None):
    try:
        doc = lxml.html.document_fromstring(html.encode("utf-8", "replace"),
                                            parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return None
    if base_url:
        doc.make_links_absolute(base_url, resolve_base_href=True, handle_failures="discard")
    return doc


# --- link scoring -------------------------------------------------------------------------------------
@dataclass(order=True)
class Candidate:
    sort_key: float = field(init=False, repr=False)
    score: float = field(compare=False)
    url: str = field(compare=False)
    rule: str = field(compare=False)  # "rel=privacy-policy", "footer-link", "link", "legal-hub", "sitemap"...
    label: str = field(default="", compare=False)
    position: int = 0  # ties go to the link that comes first in the page

    def __post_init__(self):
        self.sort_key = -self.score


_FOOTER_HINT = re.compile(r"foot|legal|bottom|site-?info|copyright|colophon|imprint", re.I)


def _in_footer(el) -> bool:
    for anc in el.iterancestors():
        tag = anc.tag if isinstance(anc.tag, str) else ""
        if tag == "footer" or anc.get("role") == "contentinfo":
            return True
        if _FOOTER_HINT.search((anc.get("id") or "") + " " + (anc.get("class") or "")):
            return True
        if tag in ("body", "html"):
            return False
    return False


def _label(a) -> str:
    parts = [a.text_content(), a.get("title"), a.get("aria-label")]
    parts += [img.get("alt") for img in a.iter("img")]
    parts += [el.get("aria-label") or el.get("title") for el in a.iter() if el is not a]
    return norm(" ".join(p for p in parts if p))


# Notices for one audience or one state: real policies, but not the company's main one.
SPECIFIC = ["children", "kids", "california", "ccpa", "cpra", "applicant", "candidate", "employee", "job",
            "recruit", "vendor", "supplier", "health data", "biometric", "kinder", "bewerber", "enfants", "niños"]


def text_score(label: str) -> float:
    """How strongly a link label names a privacy policy (0 when it does not), decoys negative."""
    score = 0.0
    if _has(label, STRONG):
        score += 10
    elif _has(label, WEAK):
        score += 6
    if score and _has(label, SPECIFIC):
        score -= 3
    if score:
        kinds = decoy_kinds(label)
        if "choices" in kinds:
            return -10
        kinds = [k for k in kinds if k != "cookies" or not _has(label, STRONG)]
        score -= 12 * len(kinds)
        if len(label) > 60:  # a sentence, e.g. a cookie banner's "... read our privacy policy >"
            score -= 2
    return score


def url_score(url: str) -> float:
    path = urlsplit(url).path.lower()
    score = 0.0
    if any(t in path for t in URL_TERMS):
        score += 4
    if _BLOG_PATH.search(path):
        score -= 20
    kinds = [k for k in decoy_kinds(path.replace("-", " ").replace("_", " ").replace("/", " "))
             if k not in ("blog",)]
    if kinds and not any(t in path for t in URL_TERMS):
        score -= 6
    elif "choices" in kinds or "security" in kinds:
        score -= 12
    if path.endswith((".pdf",)):
        score -= 1  # an HTML policy is preferred to its PDF copy
    return score


def _links(doc):
    for el in doc.iter("a", "area", "link"):
        href = el.get("href")
        if not href:
            continue
        href = urldefrag(href.strip())[0]
        if not href.lower().startswith(("http://", "https://")):
            continue
        yield el, href


def score_links(html: str | None, base_url: str, doc=None, rule_default: str = "link") -> list[Candidate]:
    """Candidate policy links of a page, best first; each URL once with its best score."""
    doc = doc if doc is not None else parse(html, base_url)
    if doc is None:
        return []
    best: dict[str, Candidate] = {}
    for position, (el, url) in enumerate(_links(doc)):
        rel = norm(el.get("rel"))
        if "privacy-policy" in rel.split():
            cand = Candidate(100, url, "rel=privacy-policy", "rel=privacy-policy", position)
        elif el.tag == "link":
            continue
        else:
            label = _label(el)
            s = text_score(label)
            if s <= 0 and not label:  # an icon link: judge it by its URL only
                s = 0
            u = url_score(url)
            if s <= 0 and u <= 0:
                continue
            if s < 0:
                continue
            score = s + u
            if score < 5:
                continue
            footer = _in_footer(el)
            if footer:
                score += 3
            cand = Candidate(score, url, rule_default if rule_default != "link" else
                             ("footer-link" if footer else "link"), label[:80], position)
        if url not in best or cand.score > best[url].score:
            best[url] = cand
    return sorted(best.values())


def homepage_candidates(html: str | None, page_url: str, homepage: str | None = None, doc=None) -> list[Candidate]:
    """The spider's homepage step: the page's candidate policy links, best first, kept when they may hold the
    company's policy (`same_company` with the seed's homepage or the page's own URL). The benchmark
    (`benchmarks/discovery.py`) runs exactly this function on real saved pages."""
    doc = doc if doc is not None else parse(html, page_url)
    home = homepage or page_url
    return [c for c in score_links(None, page_url, doc=doc)
            if same_company(home, c.url) or same_company(page_url, c.url)]


def hub_links(html: str | None, base_url: str, doc=None) -> list[Candidate]:
    """Links to a legal hub page (one hop): 'Legal', 'Rechtliches', '法律声明'..."""
    doc = doc if doc is not None else parse(html, base_url)
    if doc is None:
        return []
    home = urlsplit(base_url)
    best: dict[str, Candidate] = {}
    for position, (el, url) in enumerate(_links(doc)):
        if el.tag == "link":
            continue
        label = _label(el)
        path = urlsplit(url).path.lower()
        score = 0.0
        if label in HUB or any(label.startswith(h + " ") or label.endswith(" " + h) for h in HUB):
            score += 8
        elif _has(label, HUB) and len(label) < 40:
            score += 4
        if any(seg in HUB_URL for seg in re.split(r"[/._-]", path) if seg):
            score += 3
        if not score or decoy_kinds(label) or _BLOG_PATH.search(path):
            continue
        if _in_footer(el):
            score += 2
        if urlsplit(url).netloc != home.netloc and same_company(base_url, url) is None:
            continue
        if url not in best or score > best[url].score:
            best[url] = Candidate(score, url, "legal-hub", label[:80], position)
    return sorted(best.values())


def page_lang(doc) -> str:
    if doc is None:
        return ""
    return norm(doc.get("lang") or doc.get("xml:lang") or "")[:2]


COMMON_PATHS = ["/privacy", "/privacy-policy", "/privacy.html", "/legal/privacy", "/privacy-policy.html",
                "/policies/privacy", "/privacy-notice", "/about/privacy"]
COMMON_PATHS_BY_LANG = {
    "de": ["/datenschutz", "/datenschutzerklaerung"], "fr": ["/politique-de-confidentialite", "/confidentialite"],
    "es": ["/politica-de-privacidad", "/privacidad"], "pt": ["/politica-de-privacidade", "/privacidade"],
    "it": ["/privacy-policy", "/informativa-privacy"], "nl": ["/privacybeleid", "/privacyverklaring"],
    "zh": ["/yinsi", "/privacy.html"], "ja": ["/privacy/", "/privacypolicy"], "ko": ["/privacy", "/policy/privacy"],
    "ru": ["/privacy", "/politika-konfidencialnosti"],
}


def common_paths(base_url: str, lang: str = "") -> list[str]:
    paths = COMMON_PATHS_BY_LANG.get(lang, []) + COMMON_PATHS
    seen, out = set(), []
    for p in paths:
        url = urljoin(base_url, p)
        if url not in seen:
            seen.add(url)
            out.append(url)
    return out


def sitemap_candidates(urls, base_url: str) -> list[Candidate]:
    """Sitemap entries whose URL reads as a policy, best first."""
    best = {}
    for position, url in enumerate(urls):
        s = url_score(url)
        if s >= 4 and same_company(base_url, url):
            best.setdefault(url, Candidate(s, url, "sitemap", "", position))
    return sorted(best.values())


# --- the policy check ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Verdict:
    is_policy: bool
    reason: str  # "policy" or why not: "decoy:terms", "too-short", "no-policy-vocabulary", "decoy:blog"...
    title: str = ""


def _visible_text(doc) -> str:
    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    return norm(doc.text_content())


def _is_article(doc, url: str) -> bool:
    if _BLOG_PATH.search(urlsplit(url).path.lower()):
        return True
    for m in doc.xpath("//meta[@property='og:type']/@content"):
        if norm(m) in ("article", "blog", "blogposting"):
            return True
    for s in doc.xpath("//script[@type='application/ld+json']/text()"):
        if re.search(r'"@type"\s*:\s*"(BlogPosting|NewsArticle|Article)"', s):
            return True
    return False


def heading_of(doc) -> str:
    """The page's own name: its <h1> (titles often carry injected spam), else <title>."""
    for h in doc.xpath("//h1|//h2"):
        t = norm(h.text_content())
        if t:
            return t[:200]
    return norm(" ".join(doc.xpath("//title/text()")))[:200]


def check_policy(html: str, url: str = "", text: str | None = None) -> Verdict:
    """Does this page read as a privacy policy? Its heading must name one (or its text must, when the
    heading is neutral), it must not be a decoy (terms, imprint, cookies, privacy choices, blog post,
    security page), and it must be long and use the vocabulary of a policy in its language."""
    doc = parse(html) if html else None
    if doc is None and text is None:
        return Verdict(False, "unparsable")
    if doc is not None:
        heading = heading_of(doc)
        title = norm(" ".join(doc.xpath("//title/text()")))
        article = _is_article(doc, url)
        body = _visible_text(doc)
    else:  # plain text (a PDF's)
        heading = norm(text.strip().split("\n", 1)[0])[:200]
        title, article, body = heading, False, norm(text)
    head_names = bool(_has(heading, STRONG) or _has(heading, WEAK))
    head_decoys = [k for k in decoy_kinds(heading) if k != "blog"]
    if _has(heading, STRONG):
        head_decoys = [k for k in head_decoys if k not in ("cookies", "terms", "imprint", "security")]
    if "choices" in head_decoys:
        return Verdict(False, "decoy:choices", heading)
    if article:
        return Verdict(False, "decoy:blog", heading)
    if head_decoys and not (head_names and not set(head_decoys) - {"cookies"}):
        return Verdict(False, f"decoy:{head_decoys[0]}", heading)
    cjk = len(_CJK.findall(body))
    long_enough = len(body) >= MIN_CHARS or cjk >= MIN_CHARS_CJK
    if not long_enough:
        return Verdict(False, "too-short", heading)
    vocab = set(_has(body, POLICY_VOCAB))
    if len(vocab) < MIN_VOCAB:
        return Verdict(False, "no-policy-vocabulary", heading)
    if not head_names:
        # A neutral heading ("Legal", a spam title...): the text itself must say it is the policy, often.
        opening = body[:3000]
        named = sum(body.count(w) for w in _has(body, STRONG))
        if not (_has(opening, STRONG) and named >= 2) and not _has(title, STRONG):
            return Verdict(False, "not-named-a-policy", heading)
        if decoy_kinds(opening[:200]) and not _has(opening[:200], STRONG):
            return Verdict(False, f"decoy:{decoy_kinds(opening[:200])[0]}", heading)
    return Verdict(True, "policy", heading)


def pdf_text(body: bytes) -> str:
    """Text of a PDF for the policy check (the archive's extractor does the text of record)."""
    import io

    from pypdf import PdfReader
    try:
        reader = PdfReader(io.BytesIO(body))
        return "\n".join((page.extract_text() or "") for page in reader.pages[:40])
    except Exception as exc:  # a broken PDF is a rejected candidate, not a crash
        log.debug("unreadable PDF: %s", exc)
        return ""


def check_document(body: bytes, content_type: str | None, url: str) -> Verdict:
    ctype = (content_type or "").lower()
    if "pdf" in ctype or body[:5] == b"%PDF-":
        text = pdf_text(body)
        if not text.strip():
            return Verdict(False, "unreadable-pdf")
        return check_policy("", url, text=text)
    if ctype and not any(t in ctype for t in ("html", "xml", "text/plain")):
        return Verdict(False, f"not-a-document:{ctype.split(';')[0]}")
    return check_policy(decode_html(body, content_type), url)
