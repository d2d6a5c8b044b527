"""The classifier's input: a document's readable text and heading, and the character n-grams the model
sees. Shared by training (`train.py`) and scoring (`model.py`), so both featurise identically.

    text, heading = text_of(body, content_type)      # HTML, PDF, Markdown or plain text
    doc = model_input(text, heading)                  # folded, heading first, cut to MAX_CHARS
    grams = char_wb_ngrams(doc)                        # what TfidfVectorizer(analyzer="char_wb") makes
"""
from __future__ import annotations

import io
import logging
import re

from .vocab import fold

log = logging.getLogger(__name__)

MAX_CHARS = 12000  # the model reads the heading and the first 12,000 characters
NGRAM_RANGE = (3, 5)
_WS = re.compile(r"\s+")
_MD = re.compile(r"^\s{0,3}#{1,6}\s*|[*_`>]+|!?\[([^\]]*)\]\((?:<[^<>\n]*>|[^)]*)\)", re.M)


def model_input(text: str, heading: str = "") -> str:
    """The string the model reads: the heading twice (a page's name weighs more than one sentence of
    it), then the text, folded (case, width, diacritics), cut to MAX_CHARS."""
    head = fold(heading)[:200]
    return (f"{head} {head} " + fold(text[: MAX_CHARS * 2]))[:MAX_CHARS]


def char_wb_ngrams(doc: str, ngram_range=NGRAM_RANGE) -> list[str]:
    """Character n-grams inside word boundaries, exactly as scikit-learn's `char_wb` analyzer makes them
    (each word padded with one space; a word shorter than n gives itself once)."""
    min_n, max_n = ngram_range
    out = []
    append = out.append
    for w in _WS.sub(" ", doc).split():
        w = f" {w} "
        w_len = len(w)
        for n in range(min_n, max_n + 1):
            offset = 0
            append(w[offset:offset + n])
            while offset + n < w_len:
                offset += 1
                append(w[offset:offset + n])
            if offset == 0:
                break
    return out


_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_TITLE = re.compile(r"^title:[ \t]*([\"']?)(.+?)\1[ \t]*$", re.M)


def markdown_text(md: str) -> tuple[str, str]:
    """(text, heading) of Markdown: markup dropped, link texts kept; the heading is the first line, or the
    `title` of a YAML front matter (Jekyll, Hugo, Docusaurus), which is metadata, not text."""
    title = ""
    if (front := _FRONT_MATTER.match(md)):
        md = md[front.end():]
        title = (m.group(2).strip() if (m := _FRONT_TITLE.search(front.group(1))) else "")
    text = _MD.sub(lambda m: m.group(1) or "", md)
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return (f"{title}\n\n{text}" if title else text), (title or first)[:200]


def html_text(html: str) -> tuple[str, str, dict]:
    """(text, heading, signs) of an HTML page: visible text without scripts, styles, navigation,
    header and footer chrome; heading = its <h1> (else <h2>, else <title>); signs = page-structure
    facts for the reason (`article`: og:type or JSON-LD says an article)."""
    import lxml.html
    from lxml import etree

    try:
        doc = lxml.html.document_fromstring(html.encode("utf-8", "replace"),
                                            parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return "", "", {}
    signs = {"article": False}
    for m in doc.xpath("//meta[@property='og:type']/@content"):
        if fold(m) in ("article", "blog", "blogposting"):
            signs["article"] = True
    for s in doc.xpath("//script[@type='application/ld+json']/text()"):
        if re.search(r'"@type"\s*:\s*"(BlogPosting|NewsArticle|Article)"', s):
            signs["article"] = True
    title = _WS.sub(" ", " ".join(doc.xpath("//title/text()"))).strip()
    for bad in doc.xpath("//script|//style|//noscript|//template|//nav|//header|//footer|//aside"
                         "|//*[@role='navigation']|//*[@role='banner']|//*[@role='contentinfo']"):
        bad.drop_tree()
    heading = ""
    for h in doc.xpath("//h1|//h2"):
        t = _WS.sub(" ", h.text_content()).strip()
        if t:
            heading = t[:200]
            break
    signs["title"] = title[:200]
    body = doc.find("body")
    text = (body if body is not None else doc).text_content()
    return _WS.sub(" ", text).strip(), heading or title[:200], signs


def pdf_text(body: bytes) -> str:
    """Text of a PDF's first 40 pages ('' when unreadable)."""
    from pypdf import PdfReader
    try:
        reader = PdfReader(io.BytesIO(body))
        return "\n".join((page.extract_text() or "") for page in reader.pages[:40])
    except Exception as exc:  # a broken PDF is an unreadable input, not a crash
        log.debug("unreadable PDF: %s", exc)
        return ""


def sniff(body: bytes, content_type: str | None = None, name: str = "") -> str:
    """'pdf', 'html', 'markdown' or 'text' from the content type, the name's extension and the bytes."""
    ctype = (content_type or "").lower()
    low = name.lower()
    if "pdf" in ctype or body[:5] == b"%PDF-" or low.endswith(".pdf"):
        return "pdf"
    head = body[:2048].lstrip().lower()
    if "html" in ctype or "xml" in ctype or low.endswith((".html", ".htm", ".xhtml")) or \
            head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<head" in head:
        return "html"
    if "markdown" in ctype or low.endswith((".md", ".markdown")):
        return "markdown"
    return "text"
