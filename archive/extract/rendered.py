"""Markdown as a reader sees it: link text without its target, no emphasis, list marks or table pipes.

The unit of every word count: a version's `word_count` and the words its change summary adds and removes
(`archive.summary`) are counted on these rendered lines with `normalise.words`, so the two agree (a first
version's summary says as many words as its `word_count`). The stored plain `text` keeps link targets after
their labels, for search; its words are not the policy's.
"""
from __future__ import annotations

import functools
import re

from .normalise import words

HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")  # an ATX heading: its level's marks, its text
# a link: its label, then its target in <> (group 2) or bare, parentheses balanced (group 3): `normalise.LINK_DEST`
LINK = re.compile(r"!?\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*(?:<([^<>\n]*)>|((?:[^()\s]|\([^()\s]*\))+))(?:\s+\"[^\"]*\")?\s*\)")
AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
# emphasis marks come in pairs; an underscore within a word (window.__name, snake_case) is a character
_EMPHASIS = [re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"), re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"),
             re.compile(r"\*(?=\S)(.+?)(?<=\S)\*"), re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"),
             re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), re.compile(r"(`+)(.+?)\1")]
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash-escaped punctuation character is that character
_QUOTE = re.compile(r"^\s*>\s?")
_MARKS = re.compile(r"[*_~`]")
_SET_ASIDE = 0xF0000
_SET_ASIDE_RE = re.compile("[\U000F0021-\U000F007E]")


@functools.lru_cache(maxsize=32768)  # a policy's lines recur from version to version (counts, summaries, diffs)
def render_line(line: str, *, list_marks: bool = True) -> str:
    """A Markdown line as a reader sees it: link text without targets, no emphasis, list marks, pipes."""
    if TABLE_RULE.match(line):
        return ""
    # escaped punctuation is set aside (as private-use characters) so that no rule below reads it as markup
    escaped = "\\" in line
    if escaped:
        line = _ESCAPED.sub(lambda m: chr(_SET_ASIDE + ord(m.group(1))), line)
    if "](" in line:
        line = LINK.sub(lambda m: m.group(1), line)
    if "<" in line:
        line = AUTOLINK.sub(lambda m: m.group(1), line)
    if ">" in line:
        line = _QUOTE.sub("", line)
    if list_marks:
        line = _LIST_MARK.sub("", line)
    if _MARKS.search(line):
        for pattern in _EMPHASIS:
            line = pattern.sub(lambda m: m.group(m.lastindex), line)
    line = line.replace("|", " ")
    if "<br>" in line:  # a table cell's line break (`markdown._cell`)
        line = line.replace("<br>", " ")
    return _SET_ASIDE_RE.sub(lambda m: chr(ord(m.group(0)) - _SET_ASIDE), line) if escaped else line


def render_block(line: str, rendered: str | None = None) -> str:
    """A Markdown line as one readable block: a table row's cells joined by " · ", list marks and emphasis
    gone, link text without its target; "" for a blank line or a table's rule."""
    if not line.strip() or TABLE_RULE.match(line):
        return ""
    stripped = line.strip()
    if stripped.startswith("|") or stripped.count("|") >= 2:
        cells = [" ".join(render_line(c).split()) for c in stripped.strip("|").split("|")]
        return " · ".join(c for c in cells if c)
    return " ".join((rendered if rendered is not None else render_line(line)).split())


def word_count(markdown: str) -> int:
    """How many words a reader sees in a Markdown text (see the module's docstring): link targets, list
    marks, a heading's numbering ("## 5. Cookies" is one word) and markup are not words; a Chinese or
    Japanese character is one."""
    shown, fence = [], False
    for line in markdown.splitlines():
        if not line.strip():
            continue
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        heading = None if fence else HEADING.match(line)
        shown.append(render_line(heading.group(2) if heading else line))
    return len(words("\n".join(shown)))
