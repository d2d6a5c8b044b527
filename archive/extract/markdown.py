"""trafilatura's extracted body (its XML: head, p, list/item, table/row/cell, ref, hi, lb, quote) -> Markdown.

trafilatura's own Markdown writer escapes every CommonMark character of every text node, rewrites LaTeX
and merges emphasis on a copy of the tree: a third of the whole extraction's time on the development set,
for output nobody renders. This writer keeps what the text of record needs (headings, nested lists,
tables, link targets, line breaks, bold, italics and code spans) in one walk, without escaping. Emphasis is
kept because curated histories count it: a term put in bold or an address set in code is a new version.
"""
from __future__ import annotations

import re
import unicodedata
from html import unescape
from html.entities import html5

from trafilatura.utils import remove_control_characters

_BLOCK_TAGS = frozenset(("p", "head", "list", "item", "table", "row", "cell", "quote", "code"))
_EMPHASIS = {"#b": "**", "#i": "*", "#t": "`"}  # trafilatura's rend of b/strong, i/em, code/tt/kbd


def to_markdown(body) -> str:
    """The Markdown of an extracted body: headings, paragraphs, lists and tables, a blank line apart."""
    blocks: list[list[str]] = []
    _blocks(body, blocks)
    text = "\n\n".join("\n".join(lines) for lines in blocks if lines)
    text = unicodedata.normalize("NFC", text)
    return _ENTITY.sub(_entity, text) if "&" in text else text


def _entity(m: re.Match) -> str:
    """A numeric entity or one of HTML's named ones, decoded; any other "&name;" stays ("&copyright;" is no
    "&copy;" with "right;" after it, as `html.unescape` would read it)."""
    name = m.group()
    return unescape(name) if name[1] == "#" or name[1:] in html5 else name


# an entity left whole in the text (a page that escaped its text twice): decoded; never one without its
# semicolon, which HTML's legacy rules would read in "?topic=pd&section=privacy" as "§ion"
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _lines(text: str, first: str = "", rest: str = "") -> list[str]:
    """Non-empty lines with their whitespace collapsed, the first one prefixed with `first`, others `rest`."""
    out = []
    for line in text.split("\n"):
        if not line.isprintable():
            line = remove_control_characters(line)
        if line := " ".join(line.split()):
            out.append((rest if out else first) + line)
    return out


def _blocks(el, blocks: list[list[str]]) -> None:
    if el.text and el.text.strip():
        blocks.append(_lines(el.text))
    for child in el:
        tag = child.tag
        if tag == "head":
            level = child.get("rend") or ""
            hashes = "#" * int(level[1]) if level[1:2] in ("1", "2", "3", "4", "5", "6") else "##"
            if heading := " ".join(_inline(child).split()):
                blocks.append([f"{hashes} {heading}"])
        elif tag == "list":
            lines: list[str] = []
            _list(child, lines, "")
            blocks.append(lines)
        elif tag == "table":
            blocks.append(_table(child))
        elif tag in ("quote", "div"):
            _blocks(child, blocks)
        else:  # p, and anything inline left at block level
            blocks.append(_lines(_inline(child)))
        if child.tail and child.tail.strip():
            blocks.append(_lines(child.tail))


def _merge_runs(el) -> None:
    """Adjacent emphasis of one kind becomes one run (`<hi>a </hi><hi>b</hi>` -> `*a b*`, not `*a* *b*`,
    and never `**` glued between two runs), in place."""
    i = 0
    while i < len(el) - 1:
        a, b = el[i], el[i + 1]
        if a.tag == "hi" and b.tag == "hi" and a.get("rend") == b.get("rend") and not (a.tail or "").strip():
            gap = (a.tail or "") + (b.text or "")
            if len(a):
                a[-1].tail = (a[-1].tail or "") + gap
            else:
                a.text = (a.text or "") + gap
            for child in list(b):
                a.append(child)
            a.tail = b.tail
            el.remove(b)
        else:
            i += 1


def _inline(el) -> str:
    """An element's text with links as [label](target) and line breaks; a nested block runs on, spaced."""
    if len(el) > 1:
        _merge_runs(el)
    parts = [el.text or ""]
    for child in el:
        parts.append(_inline_child(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _inline_child(child) -> str:
    tag = child.tag
    if tag == "lb":
        return "\n"
    if tag == "ref":
        return _link(child)
    if tag == "hi" or (tag == "code" and len(child) == 0 and "\n" not in (child.text or "")):
        return _wrap(_inline(child), "`" if tag == "code" else _EMPHASIS.get(child.get("rend") or "", ""))
    if tag in _BLOCK_TAGS:
        return f" {_inline(child)} "
    return _inline(child)


def _wrap(text: str, marker: str) -> str:
    """**text**, the markers inside the text's surrounding spaces (CommonMark ignores "** text **")."""
    core = text.strip()
    if not marker or not core or "\n" in core:
        return text
    return f"{text[:len(text) - len(text.lstrip())]}{marker}{core}{marker}{text[len(text.rstrip()):]}"


def _link(ref) -> str:
    """[label](target), the label's surrounding spaces kept outside."""
    raw = _inline(ref)
    label, target = " ".join(raw.split()), ref.get("target")
    if not label or not target:
        return raw
    return f"{' ' if raw[0].isspace() else ''}{link(label, target)}{' ' if raw[-1].isspace() else ''}"


def link(label: str, target: str) -> str:
    """A link as the text of record writes it, `[label](target)`: brackets in the label escaped, a target
    with spaces or brackets in <> (CommonMark's link destination forms)."""
    label = label.replace("[", "\\[").replace("]", "\\]")
    if any(c in target for c in " <>()"):  # (< and > percent-encoded, as a URL writes them)
        target = "<" + target.replace("\\", "\\\\").replace("<", "%3C").replace(">", "%3E") + ">"
    return f"[{label}]({target})"


def _list(lst, out: list[str], indent: str) -> None:
    """One line per item, in document order; a sub-list indented under its item, as CommonMark nests it."""
    number = 0
    for item in lst:
        if item.tag != "item":
            out += _lines(_inline(item), indent, indent)
            continue
        number += 1
        marker = f"{number}. " if lst.get("rend") == "ol" else "- "
        inner = indent + " " * len(marker)
        pending = [item.text or ""]
        started = False
        for child in item:
            if child.tag == "list":
                lines = _lines("".join(pending), indent + marker if not started else inner, inner)
                started = started or bool(lines)
                out += lines
                _list(child, out, inner)
                pending = [child.tail or ""]
            else:
                pending += [_inline_child(child), child.tail or ""]
        out += _lines("".join(pending), indent + marker if not started else inner, inner)


def _table(table) -> list[str]:
    """GFM rows, each cell on one line (`_cell`); the |---| rule under a header row."""
    rows = []
    for row in table:
        cells = [_cell(cell) for cell in row if cell.tag == "cell"]
        if row.tag != "row" or not cells:
            continue
        rows.append("| " + " | ".join(cells) + " |")
        if any(cell.get("role") == "head" for cell in row):
            rows.append("|" + "---|" * len(cells))
    return rows


_CELL_BLOCKS = frozenset(("p", "head", "quote", "div", "list", "table"))


def _cell(cell) -> str:
    """A table cell's lines (its list items and line breaks; its paragraphs a blank line apart) joined by
    `<br>`, GFM having no other line break inside a cell; Open Terms Archive's versions write cells so
    ("**Contract**<br><br>Kept six years"). Pipes escaped. A list's items are lines without their marks
    ("Identity data<br>Technical data"), as a cell had no marks when it was one run of text: hashing reads
    `<br>` as a space (`normalise.canonical`), as it reads any other line break, so a cell hashes as it did."""
    if len(cell) > 1:
        _merge_runs(cell)
    lines: list[str] = []
    run = [cell.text or ""]
    for child in cell:
        if child.tag in _CELL_BLOCKS:
            lines += _lines("".join(run))
            run = []
            if lines and child.tag != "list":
                lines.append("")  # a paragraph: a blank line before it, as between paragraphs
            for part in (child if child.tag == "list" else (child,)):  # a list: an item a line, unmarked
                lines += _lines(_inline(part))
        else:
            run.append(_inline_child(child))
        run.append(child.tail or "")
    lines += _lines("".join(run))
    return "<br>".join(line.strip() for line in lines).replace("|", "\\|")

