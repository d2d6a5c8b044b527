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
from functools import lru_cache
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import lxml.html
from lxml import etree

log = logging.getLogger(__name__)

# --- vocabularies: 59 languages in archive/classify/vocabulary.json (data, not code) ----------------------
from archive.classify.vocab import VOCAB, fold  # noqa: E402

# Policy-hosting services: a link to them counts as the company's own policy.
HOSTING_SERVICES = VOCAB.hosting

_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "edu", "ac", "or", "ne", "go", "gob", "gouv", "nic", "ltd", "plc"}
_BLOG_PATH = re.compile(r"/(blog|blogs|news|press|newsroom|stories|articles?|insights|posts?)(/|$)|/(19|20)\d\d/\d\d?/")
_WS = re.compile(r"\s+")
DECOY_KINDS = ("terms", "imprint", "cookies", "choices", "blog", "security")


def norm(text: str | None) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFKC", text or "")).strip().lower()


def names_policy(text: str) -> bool:
    """Does (folded) text name the privacy policy itself ('Privacy Policy', 'Polityka prywatności')?"""
    return VOCAB.has(text, "policy")


def names_privacy(text: str) -> bool:
    """Does (folded) text name the policy or its subject ('Privacy', 'Personvern', 'Adatvédelem')?"""
    return VOCAB.has(text, "policy") or VOCAB.has(text, "privacy")


STRONG = VOCAB.words["policy"]  # the names of the policy, every language (folded)


def _has(text: str, words) -> list[str]:
    """Phrases of `words` (folded) in `text` (older helper, kept for callers outside discovery)."""
    f = fold(text)
    return [w for w in words if w in f]


def decoy_kinds(text: str) -> list[str]:
    """Sibling kinds a (folded) label or path names: terms, imprint, cookies, choices, blog, security."""
    return VOCAB.kinds(fold(text), DECOY_KINDS)


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
    for an unrelated domain (a third party's policy, e.g. Google's under a reCAPTCHA notice). A brand of
    four letters or more matches inside the other host, hyphens aside ('laiye' in 'laiye.cn', 'mondediplo'
    in 'monde-diplomatique.fr'); a shorter one must be a whole label of it ('bbc' in 'bbc.com', not in
    'abbcorp.com')."""
    a, b = (urlsplit(home_url).hostname or ""), (urlsplit(url).hostname or "")
    if registrable(a) == registrable(b):
        return "same-site"
    labels = set(re.split(r"[.-]", b.lower()))
    if labels & HOSTING_SERVICES:
        return "hosting-service"
    name = brand(a)
    if name and name not in VOCAB.third_party and (
            (len(name) >= 4 and name in b.lower().replace("-", "")) or (len(name) < 4 and name in labels)):
        return "same-company"
    return None


def third_party(url: str) -> bool:
    """A platform whose own policy sites link under widgets (Google, Facebook, Disqus...)."""
    host = (urlsplit(url).hostname or "").lower()
    return bool(set(re.split(r"[.-]", host)) & VOCAB.third_party)


# --- decoding: the archive's own decoder, so discovery reads a page exactly as extraction will ----------
from archive.extract.html import decode as decode_html  # noqa: E402


def parse(html: str, base_url: str | None = None):
    """Parse HTML; with `base_url`, make links absolute as a browser does: against the first
    `<base href>` (itself resolved against the page's URL, so a relative base works), else the page URL."""
    try:
        doc = lxml.html.document_fromstring(html.encode("utf-8", "replace"),
                                            parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return None
    if base_url:
        base = base_url
        for el in doc.iter("base"):
            href = (el.get("href") or "").strip()
            if href:
                try:
                    joined = urljoin(base_url, href)
                except ValueError:
                    joined = ""
                if joined.lower().startswith(("http://", "https://")):
                    base = joined
                break
        for el in list(doc.iter("base")):
            el.drop_tree()
        doc.make_links_absolute(base, resolve_base_href=False, handle_failures="discard")
    return doc


# --- link scoring -------------------------------------------------------------------------------------
@dataclass(order=True)
class Candidate:
    sort_key: float = field(init=False, repr=False)
    score: float = field(compare=False)
    url: str = field(compare=False)
    rule: str = field(compare=False)  # "rel=privacy-policy", "footer-link", "link", "parent-group", "legal-hub"...
    label: str = field(default="", compare=False)
    position: int = 0  # ties go to the link that comes first in the page

    def __post_init__(self):
        self.sort_key = -self.score


_FOOTER_HINT = re.compile(r"foot|legal|bottom|site-?info|copyright|colophon|imprint|impressum|rechtlich|juridi",
                          re.I)


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


def _in_legal_menu(el) -> bool:
    """Is the link in a list of legal links (its container up to 3 levels up holds 2+ other links that
    name terms, imprint, cookies, a legal hub or privacy)?"""
    anc = el
    for _ in range(3):
        anc = anc.getparent()
        if anc is None or anc.tag in ("body", "html"):
            return False
        links = [a for a in anc.iter("a") if a is not el]
        if len(links) > 40:
            return False
        legal = sum(1 for a in links if VOCAB.kinds(fold(a.text_content()), ("terms", "imprint", "cookies", "hub"))
                    or names_privacy(fold(a.text_content())))
        if legal >= 2:
            return True
    return False


def _legal_pages_named(folded_label: str) -> bool:
    """Does a label name two of the site's other legal pages beside privacy ("Mentions légales / Vie privée /
    Cookies")? Such a link is a legal menu in one, wherever it stands: a headline does not list three legal
    pages. It is placed as a link in a legal menu is, whose siblings `_in_legal_menu` looks for (a site that
    writes its footer as bare text in <body> gives that test no container to read)."""
    return len(VOCAB.kinds(folded_label, ("terms", "imprint", "cookies"))) >= 2


def text_score(label: str) -> float:
    """How strongly a link label names a privacy policy: 10 for the policy's name in any of the 45
    languages, 7 for the subject ('Privacy', 'Personvern'); less for notices of one audience, combined
    links ('Legal / Privacy / Cookies') and sentences; -10 for privacy settings, -12 per sibling kind
    when the label does not name privacy at all; 0 when it names nothing."""
    f = fold(label)
    kinds = VOCAB.kinds(f, DECOY_KINDS)
    if "choices" in kinds:
        return -10
    if names_policy(f):
        score = 10.0
    elif VOCAB.has(f, "privacy"):
        score = 7.0
    else:
        return -12.0 * len([k for k in kinds if k != "blog"])
    if VOCAB.has(f, "specific"):
        score -= 3
    # a combined link still names the policy: a small cost per sibling named beside it
    score -= 1.5 * len([k for k in kinds if k in ("terms", "imprint", "cookies", "security")])
    if "blog" in kinds:
        score -= 4
    words = len(f.split())
    if len(f) > 60 or words > 8:  # a sentence, e.g. a cookie banner's "... read our privacy policy >"
        score -= 3
    return score


def _path_words(path: str) -> set[str]:
    return {w for w in re.split(r"[^a-z0-9]+", fold(path)) if w}


@lru_cache(maxsize=16384)
def url_score(url: str, label_strength: int = 0) -> float:
    """How strongly a URL's path and query name a privacy policy (+5 a policy slug, +3 a privacy word)
    or something else: a sibling page (-6; -2 when the link's label names privacy), a settings page
    (-12), a news or blog path (-20; -2 when the label names the policy itself: some sites keep their
    policy at a dated path), an account or profile page (-4). `label_strength`: 0 the label names
    nothing, 1 privacy, 2 the policy."""
    parts = urlsplit(url)
    path = unquote(parts.path + ("?" + parts.query if parts.query else ""))
    hits = VOCAB.url_hits(path)
    score = 0.0
    if "policy" in hits or any(len(w) >= 10 for w in hits.get("url", [])):
        score += 5
    elif "privacy" in hits or "url" in hits:
        score += 3
    names = score > 0
    words = _path_words(unquote(parts.path))
    news = _BLOG_PATH.search(parts.path.lower()) or words & _NEWS_WORDS
    if news:
        score -= 2 if label_strength >= 2 else 20
    if "choices" in hits:
        score -= 12
    elif any(k in hits for k in ("terms", "imprint", "cookies")) and not names:
        score -= 2 if label_strength else 6
    if not names and words & _SECURITY_WORDS:
        score -= 6
    if not names and (words | {w.replace("-", "") for w in words}) & _ACCOUNT_WORDS:
        score -= 4
    if parts.path.lower().endswith(".pdf"):
        score -= 1  # an HTML policy is preferred to its PDF copy
    return score


_NEWS_WORDS = {w for w in (re.sub(r"[^a-z0-9]+", "", x) for x in VOCAB.words["blog"]) if len(w) >= 4}
_SECURITY_WORDS = {w for w in (re.sub(r"[^a-z0-9]+", "", x) for x in VOCAB.words["security"]) if len(w) >= 4}
_ACCOUNT_WORDS = {re.sub(r"[^a-z0-9]+", "", x) for x in VOCAB.words["account"]}


def _links(doc):
    for el in doc.iter("a", "area", "link"):
        href = el.get("href")
        if not href:
            continue
        href = urldefrag(href.strip())[0]
        if not href.lower().startswith(("http://", "https://")):
            continue
        yield el, href


MIN_SCORE = 6  # a candidate's whole score (label + URL + place in the page) must reach this
MARKED = 5  # a label naming nothing, on a link whose markup names privacy (`_marked_privacy`): with a place in a
# footer or legal menu, or a URL naming privacy, it reaches MIN_SCORE; alone it does not
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _marked_privacy(el) -> bool:
    """Does the link, or the element holding it and no other link (a menu's list item), carry a class or id
    naming the policy or privacy ("footer-privacy", "footerPrivacy", WordPress's "menu-item-privacy-policy"),
    and no sibling page? Markup is named in the developers' words, English mostly, whatever the page's
    language: a label in a language the vocabularies lack still has them."""
    parent = el.getparent()
    for e in (el, parent if parent is not None and len(parent.xpath(".//a")) == 1 else None):
        if e is None:
            continue
        names = _CAMEL.sub("-", f"{e.get('id') or ''} {e.get('class') or ''}").strip()
        if names:
            hits = VOCAB.url_hits(names)
            if ("policy" in hits or "privacy" in hits) and not hits.keys() & {"choices", "cookies", "terms"}:
                return True
    return False


def score_links(html: str | None, base_url: str, doc=None, rule_default: str = "link") -> list[Candidate]:
    """Candidate policy links of a page, best first; each URL once with its best score. The whole
    candidate is scored -- label (text, title, aria-label, image alt), URL, place (footer, legal menu) --
    before the threshold is applied."""
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
            f = fold(label)
            strength = 2 if s > 0 and names_policy(f) and len(f.split()) <= 4 else 1 if s > 0 else 0  # a name, not a headline
            u = url_score(url, strength)
            if s < 0:
                # a sibling's label ('Terms') on a URL naming the policy itself: the URL says what it is;
                # a last resort, never for a settings page
                if u >= 5 and "choices" not in VOCAB.kinds(f, ("choices",)) and "policy" in VOCAB.url_hits(
                        unquote(urlsplit(url).path)):
                    s = -2
                else:
                    continue
            elif s == 0 and _marked_privacy(el):  # a label in a language of no vocabulary, in markup named so
                s = MARKED
            elif s == 0 and (u < 5 and label):  # a label naming nothing: only a URL naming the policy counts
                continue
            if s == 0 and u <= 0:
                continue
            score = s + u
            footer = _in_footer(el)
            if footer:
                score += 3
            elif _in_legal_menu(el) or (s > 0 and _legal_pages_named(f)):
                score += 2
            if score < MIN_SCORE:
                continue
            cand = Candidate(score, url, rule_default if rule_default != "link" else
                             ("footer-link" if footer else "link"), label[:80], position)
        if url not in best or cand.score > best[url].score:
            best[url] = cand
    return sorted(best.values())


def parent_group(home_url: str, cand: Candidate) -> bool:
    """A link to another company's domain that may still be this site's policy: a group's or parent
    company's policy, linked by its name ('Privacy Policy' -> the media group's domain). It must name the
    privacy policy (label, or label naming privacy and URL naming the policy), be short, and not go to a
    platform whose policy sites link under widgets (Google, Facebook, Disqus...)."""
    if third_party(cand.url):
        return False
    f = fold(cand.label)
    if len(f.split()) > 6:
        return False
    if names_policy(f):
        return True
    return VOCAB.has(f, "privacy") and url_score(cand.url, 1) >= 3


def homepage_candidates(html: str | None, page_url: str, homepage: str | None = None, doc=None) -> list[Candidate]:
    """The spider's homepage step: the page's candidate policy links, best first, kept when they may hold the
    company's policy (`same_company` with the seed's homepage or the page's own URL, or a parent group's
    policy named as the site's: rule 'parent-group', ranked after all of the site's own links: a page that
    links both its own privacy page and another company's links the other one for something else, as an ad
    seller's notice on a publisher's page).
    The benchmark (`benchmarks/discovery.py`) runs exactly this function on real saved pages."""
    doc = doc if doc is not None else parse(html, page_url)
    home = homepage or page_url
    own, group = [], []
    for c in score_links(None, page_url, doc=doc):
        if same_company(home, c.url) or same_company(page_url, c.url):
            own.append(c)
        elif parent_group(home, c):
            group.append(Candidate(c.score, c.url, "parent-group", c.label, c.position))
    return sorted(own) + sorted(group)


def hub_links(html: str | None, base_url: str, doc=None) -> list[Candidate]:
    """Pages to look through for the policy, one hop, best first: legal hubs ('Legal', 'Rechtliches',
    '法律声明', 'Privacy & Security'), then the other legal pages (legal notice, terms), since a policy
    is sometimes linked only from them (rule 'legal-page')."""
    doc = doc if doc is not None else parse(html, base_url)
    if doc is None:
        return []
    best: dict[str, Candidate] = {}
    for position, (el, url) in enumerate(_links(doc)):
        if el.tag == "link":
            continue
        label = _label(el)
        f = fold(label)
        path = urlsplit(url).path.lower()
        score, rule = 0.0, "legal-hub"
        hub_words = VOCAB.find(f, "hub")
        if hub_words and len(f) < 40:
            score += 8 if any(len(w) >= len(f) - 2 for w in hub_words) else 5
        if any(seg in ("legal", "policies", "rechtliches", "juridique", "trust", "legal-notices")
               for seg in re.split(r"[/._-]", path) if seg):
            score += 3
        kinds = VOCAB.kinds(f, DECOY_KINDS)
        if "choices" in kinds or "blog" in kinds or _BLOG_PATH.search(path):
            continue
        if not score and len(f) < 40 and ("imprint" in kinds or "terms" in kinds):
            score, rule = 2, "legal-page"
        elif kinds and not (hub_words and names_privacy(f)):
            continue
        if not score:
            continue
        if _in_footer(el):
            score += 2
        if urlsplit(url).netloc != urlsplit(base_url).netloc and same_company(base_url, url) is None:
            continue
        if url not in best or score > best[url].score:
            best[url] = Candidate(score, url, rule, label[:80], position)
    return sorted(best.values())


def page_lang(doc) -> str:
    if doc is None:
        return ""
    return norm(doc.get("lang") or doc.get("xml:lang") or "")[:2]


COMMON_PATHS = ["/privacy", "/privacy-policy", "/privacy.html", "/legal/privacy", "/privacy-policy.html",
                "/policies/privacy", "/privacy-notice", "/about/privacy"]


def common_paths(base_url: str, lang: str = "") -> list[str]:
    """Paths to guess when nothing links the policy: the page language's own slugs first (from the
    vocabulary's `url` words), then the English ones."""
    own = [f"/{w}" for w in VOCAB.languages.get(lang, {}).get("url", [])[:3] if lang != "en"]
    seen, out = set(), []
    for p in own + COMMON_PATHS:
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
        if s >= 3 and same_company(base_url, url):
            best.setdefault(url, Candidate(s, url, "sitemap", "", position))
    return sorted(best.values())


# --- the policy check: the page-type classifier (archive/classify) -------------------------------------
@dataclass(frozen=True)
class Verdict:
    is_policy: bool
    reason: str  # "policy" or why not: "decoy:terms", "decoy:cookies", "decoy:imprint", "decoy:other_legal",
    #              "decoy:choices", "decoy:security", "decoy:blog", "not-legal", "too-short", "unreadable-pdf"...
    title: str = ""
    score: float = 0.0  # the classifier's score (0-1) for the type it gave
    detail: str = ""  # the classifier's reason (route and evidence)
    type: str = ""  # the classifier's page type


_TYPE_REASON = {"terms": "decoy:terms", "cookies": "decoy:cookies", "imprint": "decoy:imprint",
                "other_legal": "decoy:other_legal", "not_legal": "not-legal"}


def heading_of(doc) -> str:
    """The page's own name: its <h1> (titles often carry injected spam), else <title>."""
    for h in doc.xpath("//h1|//h2"):
        t = norm(h.text_content())
        if t:
            return t[:200]
    return norm(" ".join(doc.xpath("//title/text()")))[:200]


def _as_archived(html: str, url: str) -> tuple[str, str | None] | None:
    """(text, title) of a page as the archive would keep it (`archive.extract`: trafilatura and the cleaning
    rules), None when the archive would refuse it. The classifier learnt curated texts, the document alone;
    the page's raw text also holds what the cleaning removes, and a consent manager's cookie lists, a cookie
    banner's heading ("Cookie Consent") read as a cookie policy (4 of 63 real policies refused so). The title is
    the page's <title> ("Privacy Policy - JDate"), a better name of the document than a first <h2> that is a
    section's ("1. Important information and who we are")."""
    from archive.extract import ExtractionRejected, extract
    try:
        read = extract(html.encode("utf-8"), "text/html; charset=utf-8", url or None)
    except ExtractionRejected:
        return None
    return read.text, read.title


def _name_of(heading: str, title: str | None) -> str:
    """The page's name of itself: of its first heading and its <title>, the one naming a privacy policy, else
    the one naming another kind of page, else the heading. A first heading may be a section's or a banner's
    ("Cookie Consent" over a policy titled "PlanetRomeo Privacy Policy"), a title the site's name alone."""
    from archive.classify import heading_kind
    names = [n for n in (heading, title) if n]
    kinds = [heading_kind(n)[0] for n in names]
    for wanted in ("privacy_policy", None):
        for name, kind in zip(names, kinds):
            if kind == wanted if wanted else kind:
                return name
    return heading or title or ""


def names_policy_url(url: str) -> bool:
    """Does a URL's path name the privacy policy or privacy (the discovery vocabulary's slugs)?"""
    parts = urlsplit(url)
    hits = VOCAB.url_hits(unquote(parts.path + ("?" + parts.query if parts.query else "")))
    return bool(hits.keys() & {"policy", "privacy"}) and not hits.keys() & {"choices"}


def check_policy(html: str, url: str = "", text: str | None = None) -> Verdict:
    """Does this page read as a privacy policy? The page-type classifier (`archive.classify`: a trained
    model in the languages of its corpus, the 45-language vocabulary elsewhere) must say privacy_policy;
    before it, cheap structural refusals: a heading naming privacy settings or a security page, a page
    declaring itself an article or at a news/blog URL, unless its heading is the policy's title (`titled_as`).
    `text`: plain text instead of HTML (a PDF's)."""
    from archive.classify import classify_text, titled_as
    from archive.classify.features import html_text
    from archive.extract import checks

    if html:
        body, heading, signs = html_text(html)
        if not body and not heading:
            return Verdict(False, "unparsable")
        if (read := _as_archived(html, url)) is not None:
            body, heading = read[0], _name_of(heading, read[1])
    elif text is not None:
        body = text
        heading = next((line.strip() for line in text.splitlines() if line.strip()), "")[:200]
        signs = {}
    else:
        return Verdict(False, "unparsable")
    fh = fold(heading)
    kinds = VOCAB.kinds(fh, ("choices", "security", "blog"))
    named = names_policy(fh)
    if "choices" in kinds:
        return Verdict(False, "decoy:choices", heading, 0.9, "the heading names privacy settings or choices")
    if "security" in kinds and not named:
        return Verdict(False, "decoy:security", heading, 0.9, "the heading names a security page")
    short_name = named and len(fh.split()) <= 4 or titled_as(heading) == "privacy_policy"
    blog_path = _BLOG_PATH.search(urlsplit(url).path.lower())
    if signs.get("article") and not blog_path and names_policy_url(url):
        # og:type "article" is what WordPress's SEO plugins and many CMSs declare of every page: at an address
        # naming the policy (/privacy-policy, /legal/privacy, /charte-vie-privee) it says nothing; the text decides
        signs = {**signs, "article": False}
    if (signs.get("article") or blog_path) and not short_name:
        return Verdict(False, "decoy:blog", heading, 0.9, "an article or news/blog page")
    v = classify_text(body, heading, signs)
    if v.is_policy:
        return Verdict(True, "policy", heading, v.score, v.reason, v.type)
    reason = _TYPE_REASON.get(v.type, "not-legal")
    if v.type == "not_legal" and v.reason.startswith("structure: too short"):
        if named and checks.reads_as_policy(body)[0]:  # a short notice ("X is part of Y, whose policy applies")
            return Verdict(True, "policy", heading, 0.75, "a short notice titled as the privacy policy that reads "
                           "as one (the archive's gate)", "privacy_policy")
        reason = "too-short"
    return Verdict(False, reason, heading, v.score, v.reason, v.type)


def pdf_text(body: bytes) -> str:
    """Text of a PDF for the policy check (the archive's extractor does the text of record)."""
    from archive.classify.features import pdf_text as _pdf_text
    return _pdf_text(body)


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
