"""Extraction: raw body -> the policy's text of record (Markdown) and its metadata.

A pure function of (body, content type, url), so it can run in a process pool and be re-run over old
captures when it improves (`reprocess`). Bump EXTRACTOR_VERSION whenever its output can change.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

EXTRACTOR_VERSION = "0.1.0"


class ExtractionRejected(Exception):
    """The body does not yield a policy text; `reason` is a short machine-readable word."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Extraction:
    markdown: str  # the text of record: headings, lists, tables, link targets
    text: str  # plain text derived from the markdown
    title: str | None
    language: str | None
    declared_date: str | None  # ISO date the policy states ("Last updated ..."), if any
    content_hash: str  # sha256 of the normalised markdown

    @property
    def word_count(self) -> int:
        return len(self.text.split())


def content_hash(markdown: str) -> str:
    norm = unicodedata.normalize("NFKC", markdown)
    norm = re.sub(r"\s+", " ", norm).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def extract(body: bytes, content_type: str | None, url: str) -> Extraction:
    import trafilatura

    if not body.strip():
        raise ExtractionRejected("empty")
    html = body.decode("utf-8", errors="replace")
    markdown = trafilatura.extract(html, url=url, output_format="markdown", include_links=True,
                                   include_tables=True, favor_recall=True)
    if not markdown or len(markdown.split()) < 30:
        raise ExtractionRejected("extraction_failed", "no main text found")
    meta = trafilatura.extract_metadata(html)
    text = re.sub(r"[#*_`>|]|\]\([^)]*\)|\[", " ", markdown)
    text = re.sub(r"[ \t]+", " ", text).strip()
    return Extraction(markdown=markdown, text=text, title=meta.title if meta else None, language=None,
                      declared_date=None, content_hash=content_hash(markdown))
