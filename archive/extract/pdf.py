"""PDF policies -> Markdown paragraphs, via pypdf.

PDF text comes hard-wrapped at the column width and with running headers / page numbers; lines are
re-joined into paragraphs by clean.postclean and page-number lines are dropped here.
"""
from __future__ import annotations

import io
import logging
import re

log = logging.getLogger(__name__)

_PAGE_NO = re.compile(r"^\s*(?:page\s+)?\d{1,3}(?:\s*(?:/|of|von|sur|de)\s*\d{1,3})?\s*$", re.I)


def is_pdf(body: bytes, content_type: str | None) -> bool:
    return body[:1024].lstrip().startswith(b"%PDF-") or "application/pdf" in (content_type or "").lower()


def to_markdown(body: bytes) -> str:
    """The text of every page, one paragraph per blank-line-separated block; raises ValueError if unreadable."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(body), strict=False)
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise ValueError(f"unreadable PDF: {e}") from e
    lines: list[str] = []
    for text in pages:
        for line in text.splitlines():
            if _PAGE_NO.match(line):
                continue
            lines.append(line.rstrip())
        lines.append("")
    # a line of a hard-wrapped paragraph becomes its own line here; postclean re-joins continuations
    return "\n".join(lines).strip()
