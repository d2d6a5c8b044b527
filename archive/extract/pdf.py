"""PDF policies -> Markdown paragraphs, via pypdf.

PDF text is the typeset lines: hard-wrapped at the column width, paragraphs told apart only by the space
between them, and page numbers and running headers and footers at every page break. Here those are dropped
and the lines set back into paragraphs, so that the same policy typeset anew (another font size, margin or
paper: every line and page break moved) reads the same.
"""
from __future__ import annotations

import io
import logging
import re
from collections import Counter

log = logging.getLogger(__name__)

_PAGE_NO = re.compile(r"^\s*(?:page\s+)?\d{1,3}(?:\s*(?:/|of|von|sur|de)\s*\d{1,3})?\s*$", re.I)
EDGE_LINES = 3  # a running header or footer sits in a page's first or last lines (typesetting's head / foot)
PARAGRAPH_GAP = 1.4  # a paragraph's space above it: over one and a half times the body's line spacing
SHORT_LINE = 0.6  # a line set to less than this share of the page's full lines ends its paragraph
# a list item's mark: a bullet glyph or an enumerator ("- " and "* " can be a dash a line's wrap put first)
_BLOCK = re.compile(r"^\s*(?:[•·▪◦●○■□‣⁃►▸]|\(?\d{1,2}[.)]|\([a-z]\))\s")


def is_pdf(body: bytes, content_type: str | None) -> bool:
    return body[:1024].lstrip().startswith(b"%PDF-") or "application/pdf" in (content_type or "").lower()


def to_markdown(body: bytes) -> str:
    """The document's text as paragraphs separated by blank lines, set back from its typeset lines (see the
    module's docstring): page numbers, running headers and footers dropped (`drop_running_lines`), a
    paragraph's lines joined, across a page break too. Raises ValueError if pypdf cannot read it."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(body), strict=False)
        pages = [_page_lines(page) for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, ZeroDivisionError) as e:
        raise ValueError(f"unreadable PDF: {e}") from e
    from .clean import _END_CHARS
    pages = [[(text, y) for text, y in page if not _PAGE_NO.match(text)] for page in pages]
    kept = [[page[i] for i in keep] for page, keep in
            zip(pages, _not_running([[text for text, _ in page] for page in pages]))]
    steps = sorted(step for lines in kept for step in _steps(lines))
    usual = steps[len(steps) // 4] if steps else 0.0  # the body's line spacing: most steps are a wrap's
    spacing = [_spacing(lines, usual) for lines in kept]
    spaced = any(gaps for _, gaps in spacing)  # the document sets its paragraphs apart with space
    out: list[str] = []
    for lines, (full, gaps) in zip(kept, spacing):
        for k, (text, _) in enumerate(lines):
            if not out:
                out.append(text)
            elif k == 0:  # a page break: its space, if any, is lost at the page's foot
                _set(out, text, len(last) < SHORT_LINE * full or last.rstrip()[-1:] in _END_CHARS)
            else:
                _set(out, text, k in gaps or (not spaced and len(last) < SHORT_LINE * full))
            last = text
    return "\n".join(out).strip()


def _set(out: list[str], line: str, new_paragraph: bool) -> None:
    from .clean import _joined
    if new_paragraph or _BLOCK.match(line):
        out += ["", line]  # a paragraph of its own, or a list item
    else:
        out[-1] = _joined(out[-1], line)  # a line set full runs on


def _steps(lines: list[tuple[str, float | None]]) -> list[float]:
    ys = [y for _, y in lines]
    return [a - b for a, b in zip(ys, ys[1:]) if a is not None and b is not None and a > b]


def _spacing(lines: list[tuple[str, float | None]], usual: float) -> tuple[int, set[int]]:
    """(the length of the page's full lines, the indexes of lines with a paragraph's space above them: a
    step down from the line before of over PARAGRAPH_GAP times the `usual` one, or a step up, to a new
    column)."""
    ys = [y for _, y in lines]
    gaps = {k for k in range(1, len(ys)) if usual and ys[k] is not None and ys[k - 1] is not None
            and (ys[k - 1] - ys[k] > PARAGRAPH_GAP * usual or ys[k] > ys[k - 1])}
    lengths = sorted(len(text) for text, _ in lines)
    return (lengths[len(lengths) * 4 // 5] if lengths else 0), gaps


def _page_lines(page) -> list[tuple[str, float | None]]:
    """The page's lines as pypdf reads them, each with its baseline's height on the page (the text matrix
    in the page's space, PDF 32000-1 §9.4.2; None for a line pypdf gave no position)."""
    frags: list[tuple[str, float]] = []

    def visit(text, cm, tm, font, size):
        frags.append((text, tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)  # the fragments make up extract_text's text, in its order
    lines: list[tuple[str, float | None]] = []
    cur, y = "", None
    for text, at in frags:
        for k, part in enumerate(text.split("\n")):
            if k:
                lines.append((cur, y))
                cur, y = "", None
            if part.strip() and y is None:
                y = at
            cur += part
    lines.append((cur, y))
    return [(text.rstrip(), y) for text, y in lines if text.strip()]


def _key(line: str) -> str:
    return " ".join(line.split()).casefold()


def _edges(page: list[str]) -> dict[int, list[str]]:
    """The page's first and last EDGE_LINES non-blank lines: index -> slots ("head 0" is the first line,
    "foot 0" the last; a short page's line can be both), for a running line is printed at the same place
    of every page."""
    filled = [i for i, line in enumerate(page) if line.strip()]
    slots: dict[int, list[str]] = {}
    for k, i in enumerate(filled[:EDGE_LINES]):
        slots.setdefault(i, []).append(f"head {k}")
    for k, i in enumerate(reversed(filled[-EDGE_LINES:])):
        slots.setdefault(i, []).append(f"foot {k}")
    return slots


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Pages (lists of lines) without their running headers and footers.

    A running line is printed at the same place of the head or foot (among the first or last EDGE_LINES
    lines) of more than half of the pages: as written ("Acme Inc. | Privacy Policy"), on at least three
    pages, or on two as their very first or last line (on two, a table's column of "Consent" /
    "Legitimate interests" across page breaks would be taken for one), or with only its page number changing ("Page 3 of 12", "- 3 -", "Printed 2024-03-01 |
    3": a number that is the page's, give or take one offset, on every page it is printed; "13 months" /
    "24 months" is not), on at least two. Re-paginated, it would fall at other places of the text,
    splitting paragraphs. One printed the same on every page keeps its occurrence at the head of the first
    page, which is the document's (its title or date line); one with a page number is dropped everywhere
    ("of 12" becomes "of 13" when a section is added).
    """
    return [[page[i] for i in keep] for page, keep in zip(pages, _not_running(pages))]


def _not_running(pages: list[list[str]]) -> list[list[int]]:
    """Per page, the indexes of its lines that are not running lines (`drop_running_lines`)."""
    if len(pages) < 2:
        return [list(range(len(page))) for page in pages]
    exact: Counter = Counter()
    numbered: dict[tuple[str, str], list[set[int]]] = {}  # (slot, digits folded) -> each page's offsets
    for n, page in enumerate(pages, 1):
        for i, slots in _edges(page).items():
            key = _key(page[i])
            for slot in slots:
                exact[slot, key] += 1
                if key != _fold(key):
                    numbered.setdefault((slot, _fold(key)), []).append({int(d) - n for d in re.findall(r"\d+", key)})
    half = len(pages) // 2 + 1

    def running(slot: str, key: str) -> str | None:
        if exact[slot, key] >= max(3, half) or exact[slot, key] >= max(2, half) and slot in OUTERMOST:
            return "same"
        offsets = numbered.get((slot, _fold(key)), [])
        if len(offsets) >= max(2, half) and set.intersection(*offsets):
            return "numbered"
        return None

    out = []
    for n, page in enumerate(pages):
        edges = _edges(page)
        keep = []
        for i, line in enumerate(page):
            kinds = {slot: running(slot, _key(line)) for slot in edges.get(i, ())}
            if any(kinds.values()) and not (n == 0 and any(slot.startswith("head") and kind == "same"
                                                           for slot, kind in kinds.items())):
                continue
            keep.append(i)
        out.append(keep)
    return out


OUTERMOST = ("head 0", "foot 0")  # a page's first and last line: where a two-page document's running line is


def _fold(key: str) -> str:
    return re.sub(r"\d+", "#", key)
