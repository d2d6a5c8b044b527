"""What changed between two versions of a policy, by section: a pure function of two Markdown texts.

    s = summarise(old_markdown, new_markdown, old_date="2023-01-01", new_date="2024-05-01")
    s.kind                  # "edit", "replaced", "formatting", "date_only", "first", "technical_upgrade"
    s.sections_modified     # ["Data retention", "Your rights"]
    s.describe()            # "2 sections changed: 'Data retention', 'Your rights'; +312 / −40 words"

A section is an ATX heading (`#` … `######`) and the text up to the next heading; text before the first
heading is the opening section (shown as "(opening text)"). Sections are matched by their heading, read as
a person reads it: without Markdown emphasis, numbering ("2.", "2.1", "IV."), case or a trailing colon.
Then, in this order (each rule from how a reader describes a revision, none tuned to a data set):

- a heading in both texts whose body changed is **modified** (a heading used several times pairs its
  sections by the likeness of their text, difflib ratio >= DUPLICATE_RATIO, best first); one whose position among the matched
  sections changed (not on the longest common subsequence of their order) is **moved**, unless its parent
  section moved with it;
- a heading in only one text is paired with one in only the other when their bodies are alike
  (difflib ratio >= RENAME_BODY_RATIO over words, bodies of at least RENAME_MIN_WORDS words) or, for
  short bodies, when both sit between the same matched neighbours and their headings are alike
  (ratio >= RENAME_HEADING_RATIO): the section was **renamed** (and modified, if its body changed too);
- what is left is **added** or **removed**.

Words are counted on the rendered text (no Markdown markup, no table pipes), by a diff of the two texts as
one run (lines first, then words within changed lines: a heading set among paragraphs adds its own words,
not the paragraphs it now heads), a section that moved compared with itself, so a move adds and removes no
words; in Chinese and Japanese, written without spaces, each character counts as a word. Links are the
targets of Markdown links and autolinks, counted per target: a link sent from the page's own section to a
page the policy links elsewhere too is a link added there (links to places on the page itself lead nowhere
new). The change is **formatting** only when the rendered words and the links are the same and the Markdown
is not.

The change is **replaced** when the new text is under a tenth of the old one and shares under half of its runs
of words with it (`changes.is_other_page`, the rule that holds such a capture back until it has stayed a
month): another page served at the policy's address (a privacy portal, a "moved" notice), or a policy
rewritten from scratch as a short one; its sections and words are counted as for an edit.

The technical-upgrade kind (the text changed because a new extractor read the same source differently)
cannot be seen in two texts: the caller says so (`technical_upgrade=True`), from the versions' extractor
and source.
"""
from __future__ import annotations

import difflib
import functools
import json
import re
from collections import Counter
from dataclasses import asdict, dataclass, field

from .changes import common_ends, is_other_page
from .extract.normalise import hash_url, words
from .extract.rendered import AUTOLINK, HEADING, LINK, render_block, render_line, word_count

SUMMARY_VERSION = "21"  # bump when the rules change: stored summaries are then computed again

FIRST = "first"
EDIT = "edit"
FORMATTING = "formatting"
DATE_ONLY = "date_only"
TECHNICAL_UPGRADE = "technical_upgrade"
REPLACED = "replaced"
SAME = "same"
KINDS = (FIRST, EDIT, REPLACED, FORMATTING, DATE_ONLY, TECHNICAL_UPGRADE, SAME)

OPENING = "(opening text)"
RENAME_BODY_RATIO = 0.6
RENAME_MIN_WORDS = 8
RENAME_HEADING_RATIO = 0.5
DUPLICATE_WORDS_SHOWN = 5  # a repeated heading is told apart by its parent or its first words
DUPLICATE_RATIO = 0.3  # sections under the same repeated heading pair when at least this alike
NAMES_SHOWN = 3  # section names quoted in a sentence before "and N more"
STATED_DATES = 2  # a policy states when it was updated and when it takes effect
DATE_WORDS = 8  # words a date takes at most ("Monday, 3 of March, 2025 at 08:14 GMT")

# a paragraph that is one short bold line, not a sentence ("**1.2 智能对话**", "**Your rights:**"): the section
# titles of pages whose editor sets them in bold instead of as headings; a level below every real heading. A
# label's stop or colon may follow the bold ("**Droit de rectification (art. 16 du RGPD)**.", "**3.3. Data
# Controller**:"): the words are still the title's alone
_BOLD_TITLE = re.compile(r"^ {0,3}(\*\*|__)(?=\S)((?:(?!\1).){1,80}?)(?<=\S)\1[.:：]?[ \t]*$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
BOLD_TITLE_LEVEL = 7
BOLD_TITLE_WORDS = 12
TOC_RUN = 3  # titles in a row with no text between them: a table of contents
# a section's number at the start of a title: "1.3 ", "2) ", "§ 4 ", or Chinese and Japanese legal numbering,
# not followed by a space ("1.3用户", "一、", "第三条"): "7. 未成年人条款" and "7.未成年人条款" are one title
_NUMBERING = re.compile(r"^(?:§\s*)?(?:\(?(?:\d+|[ivxlc]+|[a-z])(?:\.\d+)*[.)]|\d+(?:\.\d+)+)(?:\s+|(?=[\u3400-\u9fff]))|"
                        r"^[一二三四五六七八九十]+[、.．]\s*|^第[一二三四五六七八九十百\d]+[条章节部]\s*", re.I)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass
class Section:
    heading: str  # as a reader sees it (emphasis removed), OPENING for text before the first heading
    key: str  # what headings are matched by
    level: int  # 0 for the opening text
    words: list[str]
    parent: str | None = None  # key of the enclosing section
    parent_heading: str | None = None
    blocks: list[str] = field(default_factory=list)  # its paragraphs, list items and table rows, rendered
    lines: list[tuple[str, ...]] = field(default_factory=list)  # the words of each of its non-empty lines
    title: list[str] = field(default_factory=list)  # the words of its heading as written (what it adds to a count)
    targets: Counter = field(default_factory=Counter)  # where its links lead (`_targets`), with their counts


@dataclass
class Summary:
    """A change from one version to the next. Lists hold section headings as shown to a reader."""

    kind: str
    sections_added: list[str] = field(default_factory=list)
    sections_removed: list[str] = field(default_factory=list)
    sections_modified: list[str] = field(default_factory=list)
    sections_moved: list[str] = field(default_factory=list)
    sections_renamed: list[list[str]] = field(default_factory=list)  # [old heading, new heading]
    words_added: int = 0
    words_removed: int = 0
    links_added: list[str] = field(default_factory=list)
    links_removed: list[str] = field(default_factory=list)
    declared_date_from: str | None = None
    declared_date_to: str | None = None
    sections: int = 0  # sections in the new text

    @property
    def formatting_only(self) -> bool:
        return self.kind == FORMATTING

    @property
    def date_changed(self) -> bool:
        return self.declared_date_from != self.declared_date_to

    def as_dict(self) -> dict:
        return {**asdict(self), "formatting_only": self.formatting_only}

    def describe(self) -> str:
        """The change in plain words, e.g. "2 sections changed: 'Data retention', 'Your rights'; +312 / −40
        words" (the feed's and `diff --summary`'s sentence)."""
        if self.kind == FIRST:
            return f"First archived version: {self.words_added} words in {_count(self.sections, 'section')}."
        if self.kind == SAME:
            return "No change."
        parts = []
        if self.kind == FORMATTING:
            parts.append("Formatting only: no words changed")
        if self.kind == DATE_ONLY:  # said first whichever date moved (the declared one's values come last); where,
            # and the date's own words, inside it: "no other word changed; 1 section changed; +1 / −1 words" read
            # as a contradiction (a fresh user's trial)
            where = [f"in {_names(self.sections_modified)}" if self.sections_modified else "",
                     f"+{self.words_added} / −{self.words_removed} words of dates"
                     if self.words_added or self.words_removed else ""]
            where = "; ".join(w for w in where if w)
            parts.append("Dates only: " + ("the declared date moved" if self.date_changed else "a date in the text moved")
                         + ", no other word changed" + (f" ({where})" if where else ""))
        if self.kind == TECHNICAL_UPGRADE:
            parts.append("Technical upgrade: the same source read by a newer extractor")
        if self.kind == REPLACED:
            parts.append("Replaced: a much shorter text sharing little of the previous one's wording (another page "
                         "served at the policy's address, or a policy rewritten from scratch)")
        for label, names in (("changed", self.sections_modified if self.kind != DATE_ONLY else []),
                             ("added", self.sections_added), ("removed", self.sections_removed),
                             ("moved", self.sections_moved)):
            if names:
                parts.append(f"{_count(len(names), 'section')} {label}: {_names(names)}")
        if self.sections_renamed:
            pairs = [f"'{a}' → '{b}'" for a, b in self.sections_renamed[:NAMES_SHOWN]]
            more = len(self.sections_renamed) - NAMES_SHOWN
            parts.append(f"{_count(len(self.sections_renamed), 'section')} renamed: {', '.join(pairs)}"
                         + (f" and {more} more" if more > 0 else ""))
        if self.kind not in (FORMATTING, DATE_ONLY) and (self.words_added or self.words_removed):
            parts.append(f"+{self.words_added} / −{self.words_removed} words")
        if self.links_added or self.links_removed:
            parts.append(f"links +{len(self.links_added)} / −{len(self.links_removed)}")
        if self.date_changed:
            parts.append(f"declared date {self.declared_date_from or 'none'} → {self.declared_date_to or 'none'}")
        return "; ".join(parts) + "." if parts else "No change in the text."

    def short(self) -> str:
        """One compact cell for `history`: e.g. "edit: ~2 +1 −0 mv0 rn0; +312/−40 w; links +1/−0; date→2024-05-01"."""
        if self.kind == FIRST:
            return f"first: {self.words_added} w, {_count(self.sections, 'section')}"
        bits = [self.kind]
        counts = [f"~{len(self.sections_modified)}" if self.sections_modified else "",
                  f"+{len(self.sections_added)}" if self.sections_added else "",
                  f"−{len(self.sections_removed)}" if self.sections_removed else "",
                  f"mv{len(self.sections_moved)}" if self.sections_moved else "",
                  f"rn{len(self.sections_renamed)}" if self.sections_renamed else ""]
        counts = " ".join(c for c in counts if c)
        text = f"{bits[0]}: " + "; ".join(x for x in [
            f"§ {counts}" if counts else "",
            f"+{self.words_added}/−{self.words_removed} w" if self.words_added or self.words_removed else "",
            f"links +{len(self.links_added)}/−{len(self.links_removed)}" if self.links_added or self.links_removed else "",
            f"date→{self.declared_date_to or 'none'}" if self.date_changed else ""] if x)
        return text.rstrip(": ")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _names(names: list[str]) -> str:
    shown = ", ".join(f"'{n}'" for n in names[:NAMES_SHOWN])
    return shown + (f" and {len(names) - NAMES_SHOWN} more" if len(names) > NAMES_SHOWN else "")


# Reading Markdown ---------------------------------------------------------------------------------

def tokens(rendered: str) -> list[str]:
    """The words of rendered text (`extract.normalise.words`)."""
    return words(rendered)


def heading_key(heading: str) -> str:
    """What two headings are matched by: no emphasis, numbering, case, punctuation at the ends."""
    text = " ".join(render_line(heading, list_marks=False).split())
    text = _NUMBERING.sub("", text)
    return text.strip(" .:;-–—").casefold()


def strip_numbering(heading: str) -> str:
    """A heading as shown, without its numbering: "2.1 Your rights" -> "Your rights"."""
    return _NUMBERING.sub("", heading.strip()) or heading


@functools.lru_cache(maxsize=8)
def sections(markdown: str) -> list[Section]:
    """The sections of a Markdown text, in order; the opening text (if any) first. Cached for the last few
    texts (a document's summaries read each version twice, as the new and as the old); do not mutate."""
    out: list[Section] = []
    current = Section(OPENING, "", 0, [])
    stack: list[Section] = []  # enclosing headings
    fence = False
    lines = markdown.splitlines()
    for n, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        m = None if fence else HEADING.match(line) or _bold_title(lines, n)
        if m:
            if current.level or current.words:  # the opening text counts only when there is some
                out.append(current)
            level = len(m.group(1)) if m.group(1).startswith("#") else BOLD_TITLE_LEVEL
            rendered = render_line(m.group(2), list_marks=False)
            while stack and stack[-1].level >= level:
                stack.pop()
            current = Section(" ".join(rendered.split()) or "(untitled)", heading_key(m.group(2)), level, [],
                              parent=stack[-1].key if stack else None,
                              parent_heading=stack[-1].heading if stack else None,
                              # "## 5. Cookies" adds one word, as `rendered.word_count` counts it
                              title=tokens(render_line(m.group(2) if level < BOLD_TITLE_LEVEL else line)))
            stack.append(current)
        elif line.strip():
            if "](" in line or "<http" in line:
                current.targets.update(_targets(links(line)))
            rendered = render_line(line)
            words = tokens(rendered)
            current.words.extend(words)
            if words:
                current.lines.append(tuple(words))
            block = render_block(line, rendered)
            if block:
                current.blocks.append(block)
    if current.level or current.words:
        out.append(current)
    # entries of a table of contents set as titles are no sections (Doubao's bold "1.我们如何收集和使用个人信息"
    # lines before the sections they list): a run of TOC_RUN or more titles of one level with no text between
    # them (an entry the site forgot to rename is one too), or a bold title with no text that comes again further
    # on (not a heading: a page's "# Privacy Policy" over its "**PRIVACY POLICY**" section is the page's title)
    empty = [bool(sec.level) and not sec.words for sec in out]
    toc = set()
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and empty[j] and out[j].level == out[i].level:
            j += 1
        if j - i >= TOC_RUN:
            toc.update(range(i, j))
        i = max(j, i + 1)
    later: set[str] = set()
    for i in range(len(out) - 1, -1, -1):
        if i in toc or (empty[i] and out[i].level == BOLD_TITLE_LEVEL and out[i].key in later):
            del out[i]
        else:
            later.add(out[i].key)
    seen = Counter(sec.key for sec in out)
    under = Counter((sec.parent, sec.key) for sec in out)
    for sec in out:  # "GOOD TO KNOW" in several parts: say which one (its parent, or how its text starts)
        if seen[sec.key] > 1:
            if sec.parent_heading and seen[sec.parent] == 1 and under[sec.parent, sec.key] == 1:
                sec.heading = f"{sec.parent_heading} › {sec.heading}"
            elif sec.words:
                start = " ".join(sec.words[:DUPLICATE_WORDS_SHOWN])
                sec.heading = f"{sec.heading} (“{start}{'…' if len(sec.words) > DUPLICATE_WORDS_SHOWN else ''}”)"
    return out


def _bold_title(lines: list[str], n: int):
    """Line `n` as a bold section title (`_BOLD_TITLE`): a paragraph of its own (blank lines around it, not
    a bold line of an address block) or, among the lines of a paragraph, one that starts with a section's
    number ("**1.3 用户反馈与服务**" between two lines of text: an editor's line breaks, not paragraphs); of at
    most BOLD_TITLE_WORDS words (a Chinese character is one), not ending as a statement does ("**Do we sell
    your data?**" is a title), naming no year."""
    line = lines[n]
    m = _BOLD_TITLE.match(line) if line[:1] in "*_ " else None
    if m is None:
        return None
    inner = m.group(2).rstrip()
    alone = not (n and lines[n - 1].strip()) and not (n + 1 < len(lines) and lines[n + 1].strip())
    if not alone and not _NUMBERING.match(inner):
        return None
    if inner[-1:] in ".!。！;；" or _YEAR.search(inner) or _title_words(inner) > BOLD_TITLE_WORDS:
        return None  # a statement; a date line ("**更新日期：2026年6月15日**", "**Last updated: May 2024**")
    return m


def _title_words(text: str) -> int:
    """Words of a title, two Chinese or Japanese characters counting as one (a 24-character Chinese title,
    "3. 数据使用过程中涉及的合作方以及转移、公开个人信息", says about what 12 English words say)."""
    found = words(text)
    cjk = sum(1 for w in found if _CJK.fullmatch(w))
    return len(found) - cjk + (cjk + 1) // 2


def _targets(found: Counter) -> Counter:
    """Where links lead (`normalise.hash_url`: http or https, `www.`, `?ref=footer` are one target), each with
    the number of links that lead there: a link moved from the policy's own contact section ("#section13") to
    an FAQ the policy links elsewhere too sends readers somewhere else, though no new target appears. A link
    to a place on the page itself ("#...") leads nowhere new, as in hashing."""
    out: Counter = Counter()
    for url, n in found.items():
        if not url.startswith("#"):
            out[hash_url(url)] += n
    return out


def links(markdown: str) -> Counter:
    found = Counter(m.group(2) or m.group(3) for m in LINK.finditer(markdown) if not m.group(0).startswith("!"))
    found.update(m.group(1) for m in AUTOLINK.finditer(markdown))
    return found


# Comparing ------------------------------------------------------------------------------------------

_WORD_DIFF_CELLS = 100_000_000  # beyond this product of lengths (runs of 10,000 words each side; a rewrite of a
# long policy in one run of 5,000 words a side takes difflib about 0.2 s)


def _word_delta(a: list[str], b: list[str]) -> tuple[int, int]:
    """Words added and removed from `a` to `b` (difflib over the words; for a run too long for difflib to be
    quick, the words each side has more of, which equals it unless words swapped places)."""
    if a == b:
        return 0, 0
    if len(a) * len(b) > _WORD_DIFF_CELLS:
        ca, cb = Counter(a), Counter(b)
        return sum((cb - ca).values()), sum((ca - cb).values())
    added = removed = 0
    for op, i1, i2, j1, j2 in _opcodes(a, b):
        if op in ("replace", "delete"):
            removed += i2 - i1
        if op in ("replace", "insert"):
            added += j2 - j1
    return added, removed


def _opcodes(a: list, b: list) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes from `a` to `b`, the two sides' common first and last items set aside first (as GNU
    diff does): an edit of a few words in a long policy leaves difflib only the run around it, where over the
    whole texts it spent most of a new version's summary (the import's writer, cProfile)."""
    head, tail = common_ends(a, b)
    ops = [("equal", 0, head, 0, head)] if head else []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a[head:len(a) - tail], b[head:len(b) - tail],
                                                      autojunk=False).get_opcodes():
        ops.append((op, i1 + head, i2 + head, j1 + head, j2 + head))
    if tail:
        ops.append(("equal", len(a) - tail, len(a), len(b) - tail, len(b)))
    return ops


def _lines_delta(a: list[tuple[str, ...]], b: list[tuple[str, ...]]) -> tuple[int, int]:
    """Words added and removed between two sections' lines: lines are matched first, words only within a
    run of changed lines. As exact as a diff of all the words for a reader's edits, and it stays fast on a
    long section (a whole policy without headings): difflib over 5,000 words takes seconds."""
    if a == b:
        return 0, 0
    added = removed = 0
    for op, i1, i2, j1, j2 in _opcodes(a, b):
        if op == "equal":
            continue
        old = [w for line in a[i1:i2] for w in line]
        new = [w for line in b[j1:j2] for w in line]
        if op == "replace":
            add, rem = _word_delta(old, new)
        else:
            add, rem = len(new), len(old)
        added += add
        removed += rem
    return added, removed


def _words_changed(old_sections: list[Section], new_sections: list[Section], pairs: dict[int, int]) -> tuple[int, int]:
    """(words added, words removed): the two texts' lines diffed as one run, as a reader's diff reads them, so a
    heading set among a section's paragraphs adds its own words only, not the paragraphs it now heads (counted
    per section, they were removed from one and added to the other: trial 10, Bumble +334/−159 for +180/−0); a
    section that moved (and the sections that left the order with it) is compared with itself, so a move adds
    and removes nothing."""
    off = _off_order(pairs)  # moved, with any children
    off_new = {pairs[i] for i in off}

    def lines(sec: Section) -> list[tuple[str, ...]]:
        return ([tuple(sec.title)] if sec.title else []) + sec.lines
    added, removed = _lines_delta([ln for i, sec in enumerate(old_sections) if i not in off for ln in lines(sec)],
                                  [ln for j, sec in enumerate(new_sections) if j not in off_new for ln in lines(sec)])
    for i in off:
        add, rem = _lines_delta(lines(old_sections[i]), lines(new_sections[pairs[i]]))
        added, removed = added + add, removed + rem
    return added, removed


def _bound(a: list[str], b: list[str]) -> float:
    """An upper bound of difflib's ratio, from the words the two share (quick_ratio without building a
    SequenceMatcher, which costs as much as the ratio on a long section)."""
    if not a and not b:
        return 1.0
    common = sum((Counter(a) & Counter(b)).values()) if 2 * min(len(a), len(b)) >= 0.1 * (len(a) + len(b)) else 0
    return 2.0 * common / (len(a) + len(b))


def _at_least(a: list[str], b: list[str], threshold: float) -> float:
    """difflib's ratio over words when it can reach `threshold`, else 0."""
    if a == b:
        return 1.0
    if 2.0 * min(len(a), len(b)) / ((len(a) + len(b)) or 1) < threshold or _bound(a, b) < threshold:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _ratio(a: list[str], b: list[str]) -> float:
    r = _at_least(a, b, RENAME_BODY_RATIO)
    return r if r >= RENAME_BODY_RATIO else 0.0


def _similarity(a: list[str], b: list[str]) -> float:
    """difflib's ratio over words, 0 when it cannot reach DUPLICATE_RATIO."""
    return _at_least(a, b, DUPLICATE_RATIO)


def _lcs(seq: list[int]) -> set[int]:
    """Positions of a longest increasing subsequence of `seq` (the sections that kept their order)."""
    import bisect
    tails: list[int] = []
    tail_at: list[int] = []
    prev = [-1] * len(seq)
    for i, x in enumerate(seq):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
            tail_at.append(i)
        else:
            tails[k] = x
            tail_at[k] = i
        prev[i] = tail_at[k - 1] if k else -1
    keep, i = set(), tail_at[-1] if tail_at else -1
    while i >= 0:
        keep.add(i)
        i = prev[i]
    return keep


def summarise(old: str | None, new: str, *, old_date: str | None = None, new_date: str | None = None,
              technical_upgrade: bool = False, language: str | None = None) -> Summary:
    """The change from Markdown `old` to Markdown `new` (`old` None: the first version).

    `old_date` / `new_date` are the versions' declared dates (ISO dates or None); `technical_upgrade` is
    the caller's knowledge that the source did not change, only its extraction; `language` (ISO 639-1, the
    new version's) names the month names a date-only change may write (None: any of the vocabulary's).
    """
    new_sections = sections(new)
    if old is None:  # every word a reader sees, a table of contents set as headings too (`sections` skips it)
        return Summary(FIRST, words_added=word_count(new), sections=len(new_sections), declared_date_to=new_date)
    old_sections = sections(old)
    s = Summary(EDIT, declared_date_from=old_date, declared_date_to=new_date, sections=len(new_sections))
    if not technical_upgrade and old != new and _all_words(old_sections) == _all_words(new_sections) \
            and _targets(links(old)) == _targets(links(new)):
        s.kind = FORMATTING  # the same words in the same order: a title set in bold or un-bolded is no edit
        return s

    pairs, renamed = align(old_sections, new_sections)
    for i in sorted(moved(old_sections, new_sections, pairs)):
        s.sections_moved.append(new_sections[pairs[i]].heading)

    for i in sorted(pairs, key=lambda i: pairs[i]):
        a, b = old_sections[i], new_sections[pairs[i]]
        if i in renamed:
            s.sections_renamed.append([a.heading, b.heading])
        if a.words != b.words or a.targets != b.targets:  # a link that now leads elsewhere is the section's edit
            s.sections_modified.append(b.heading)
    s.sections_added = [new_sections[j].heading for j in sorted(set(range(len(new_sections))) - set(pairs.values()))]
    s.sections_removed = [sec.heading for i, sec in enumerate(old_sections) if i not in pairs]
    s.words_added, s.words_removed = _words_changed(old_sections, new_sections, pairs)

    old_links, new_links = links(old), links(new)  # compared by where they lead, as the content hash does
    old_targets, new_targets = _targets(old_links), _targets(new_links)
    more, fewer = new_targets - old_targets, old_targets - new_targets  # links that now lead / no longer lead there
    # ...each as written where its own count moved: of a target also written with `www.` that lost its `www.`
    # links, the plain spelling still there is none removed (a fresh user's trial)
    s.links_added = sorted(u for u in new_links if not u.startswith("#") and more[hash_url(u)]
                           and new_links[u] > old_links[u])
    s.links_removed = sorted(u for u in old_links if not u.startswith("#") and fewer[hash_url(u)]
                             and old_links[u] > new_links[u])

    changed_words = bool(s.words_added or s.words_removed or s.sections_added or s.sections_removed
                         or s.sections_moved or s.sections_renamed)
    if technical_upgrade:
        s.kind = TECHNICAL_UPGRADE
    elif is_other_page(" ".join(_all_words(new_sections)), " ".join(_all_words(old_sections))):
        s.kind = REPLACED
    elif not changed_words and not s.links_added and not s.links_removed:
        if old == new:
            s.kind = SAME
        elif s.date_changed:
            s.kind = DATE_ONLY
        else:
            s.kind = FORMATTING
    elif not (s.links_added or s.links_removed or s.sections_added or s.sections_removed or s.sections_moved) \
            and s.words_added + s.words_removed <= 2 * STATED_DATES * DATE_WORDS \
            and _changed_words_are_dates(old_sections, new_sections, pairs, language) \
            and _only_dates_changed(old, new, language):
        s.kind = DATE_ONLY
    elif s.date_changed and s.sections_modified:
        _set_dates_aside(s, old_sections, new_sections, pairs, language)
    return s


def _set_dates_aside(s: Summary, old_sections: list[Section], new_sections: list[Section], pairs: dict[int, int],
                     language: str | None) -> None:
    """An edit that also moved the declared date: a section whose only change is that date (the "Last updated"
    line under the title; `_declared_dates_moved`) is no changed section and adds no words, since the
    summary's "declared date A → B" says it (a trial: every dated edit in five languages named the title's
    block as a changed section, and the report's most-changed sections were title blocks)."""
    def changed(i: int, j: int) -> bool:  # as `summarise` reads a section's change
        return old_sections[i].words != new_sections[j].words or old_sections[i].targets != new_sections[j].targets

    dated = {i for i, j in pairs.items() if old_sections[i].words != new_sections[j].words
             and old_sections[i].targets == new_sections[j].targets
             and _changed_words_are_dates(old_sections, new_sections, {i: j}, language)
             and _declared_dates_moved("\n".join(old_sections[i].blocks), "\n".join(new_sections[j].blocks),
                                       s.declared_date_from, s.declared_date_to, language)}
    if not dated:
        return
    s.sections_modified = [new_sections[j].heading for i, j in sorted(pairs.items(), key=lambda p: p[1])
                           if i not in dated and changed(i, j)]
    as_now = [new_sections[pairs[i]] if i in dated else sec for i, sec in enumerate(old_sections)]
    s.words_added, s.words_removed = _words_changed(as_now, new_sections, pairs)


def _all_words(secs: list[Section]) -> list[str]:
    return [w for sec in secs for w in sec.title + sec.words]


def align(old_sections: list[Section], new_sections: list[Section]) -> tuple[dict[int, int], set[int]]:
    """Which old section became which new one: ({old index: new index}, old indexes that were renamed).
    By heading key (duplicates in order), then renames among the rest (see the module's docstring)."""
    # match by heading key; a heading used more than once ("Good to know" after each part) pairs its
    # sections by the likeness of their text, best first, so one inserted in the middle shifts nothing
    by_key_new: dict[str, list[int]] = {}
    by_key_old: dict[str, list[int]] = {}
    for j, sec in enumerate(new_sections):
        by_key_new.setdefault(sec.key, []).append(j)
    for i, sec in enumerate(old_sections):
        by_key_old.setdefault(sec.key, []).append(i)
    pairs: dict[int, int] = {}  # old index -> new index
    for key, olds in by_key_old.items():
        news = by_key_new.get(key, [])
        if len(olds) == 1 and len(news) == 1:
            pairs[olds[0]] = news[0]
            continue
        used_new: set[int] = set()
        same: dict[tuple, list[int]] = {}  # unchanged sections first, without any ratio
        for j in news:
            same.setdefault(tuple(new_sections[j].words), []).append(j)
        for i in olds:
            if same.get(tuple(old_sections[i].words)):
                j = same[tuple(old_sections[i].words)].pop(0)
                pairs[i] = j
                used_new.add(j)
        scored = sorted(((_similarity(old_sections[i].words, new_sections[j].words), -abs(i - j), i, j)
                         for i in olds if i not in pairs for j in news if j not in used_new), reverse=True)
        for score, _, i, j in scored:
            if score < DUPLICATE_RATIO:
                break
            if i not in pairs and j not in used_new:
                pairs[i] = j
                used_new.add(j)

    # renames among the unmatched, best pairs first
    lone_old = [i for i in range(len(old_sections)) if i not in pairs]
    lone_new = sorted(set(range(len(new_sections))) - set(pairs.values()))
    renamed: set[int] = set()
    if lone_old and lone_new:
        anchor_old = _anchors(len(old_sections), pairs, invert=False)
        anchor_new = _anchors(len(new_sections), pairs, invert=True)
        candidates = []
        for i in lone_old:
            a = old_sections[i]
            for j in lone_new:
                b = new_sections[j]
                if not a.level or not b.level:
                    continue  # the opening text is no section that a title could be renamed into or from
                score = 0.0
                if len(a.words) >= RENAME_MIN_WORDS and len(b.words) >= RENAME_MIN_WORDS:
                    score = _ratio(a.words, b.words)
                    score = score if score >= RENAME_BODY_RATIO else 0.0
                if not score and anchor_old[i] == anchor_new[j] and a.level == b.level:
                    h = difflib.SequenceMatcher(None, a.key, b.key).ratio()
                    body = _ratio(a.words, b.words) if a.words or b.words else 1.0
                    if h >= RENAME_HEADING_RATIO and (body >= RENAME_BODY_RATIO or
                                                      max(len(a.words), len(b.words)) < RENAME_MIN_WORDS):
                        score = h * 0.5  # a weaker sign than a matching body
                if score:
                    candidates.append((score, i, j))
        used_new: set[int] = set()
        for score, i, j in sorted(candidates, reverse=True):
            if i in pairs or j in used_new:
                continue
            pairs[i] = j
            used_new.add(j)
            renamed.add(i)

    return pairs, renamed


def _off_order(pairs: dict[int, int]) -> set[int]:
    """Old indexes of the paired sections off the longest run that kept its order."""
    ordered = sorted(pairs)
    kept = _lcs([pairs[i] for i in ordered])
    return {ordered[k] for k in range(len(ordered)) if k not in kept}


def moved(old_sections: list[Section], new_sections: list[Section], pairs: dict[int, int]) -> set[int]:
    """Old indexes of the sections that moved: paired sections off the longest run that kept its order,
    except a child that moved with its parent."""
    moved_old = _off_order(pairs)
    moved_keys = {old_sections[i].key for i in moved_old}
    out = set()
    for i in moved_old:
        a, b = old_sections[i], new_sections[pairs[i]]
        if a.parent is not None and a.parent in moved_keys and a.parent == b.parent:
            continue
        out.add(i)
    return out



def _changed_words_are_dates(old_sections, new_sections, pairs, language: str | None) -> bool:
    """Could every word that changed be part of a date (`meta.is_date_word`)? The cheap test, on the words
    the sections hold already, before `_only_dates_changed` reads the dates."""
    from .extract.meta import is_date_word
    for i, j in pairs.items():
        a, b = old_sections[i].title + old_sections[i].words, new_sections[j].title + new_sections[j].words
        if a == b:
            continue
        head, tail = common_ends(a, b)  # set aside: difflib on a long section of repeated words took seconds
        a, b = a[head:len(a) - tail], b[head:len(b) - tail]
        if len(a) * len(b) > _WORD_DIFF_CELLS:  # the words each side has more of
            ca, cb = Counter(a), Counter(b)
            changed = [*(ca - cb), *(cb - ca)]
        else:
            changed = [w for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
                       if op != "equal" for w in a[i1:i2] + b[j1:j2]]
        if not all(is_date_word(w, language) for w in changed):
            return False
    return True


def _declared_dates_moved(old: str, new: str, old_date: str | None, new_date: str | None,
                          language: str | None) -> bool:
    """The two texts are the same outside their dates, and each date that changed is the declared date: the old
    text's reads as `old_date`, the new one's as `new_date` (ISO dates; in either numeric order). A section
    whose other dates moved (a deadline the policy sets, "on June 30, 2025" to 2027) is an edit of it."""
    from .extract import meta
    old, new = meta.around_difference(old, new)
    pieces_a, dates_a = meta.dates(old, language)
    pieces_b, dates_b = meta.dates(new, language)
    moved = [(a, b) for a, b in zip(dates_a, dates_b) if a != b]
    if pieces_a != pieces_b or not moved:
        return False

    def reads_as(written: str, iso_date: str | None) -> bool:
        return iso_date is not None and iso_date in (meta.date_of(written, "dmy", language),
                                                     meta.date_of(written, "mdy", language))
    return all(reads_as(a, old_date) and reads_as(b, new_date) for a, b in moved)


def _only_dates_changed(old: str, new: str, language: str | None) -> bool:
    """The two texts are the same outside their dates (`meta.dates`, in the version's language: "3. März
    2025", "2025년 3월 3일", "Monday, March 3, 2025"), and at most STATED_DATES dates changed: a policy's
    update and effective dates. More dates changed are dates the policy sets (deadlines, a processor list's
    dates), and a number outside a date ("12 months" to "24 months") is an edit."""
    from .extract import meta  # its patterns are compiled only when a date may have moved
    old, new = meta.around_difference(old, new)
    pieces_a, dates_a = meta.dates(old, language)
    pieces_b, dates_b = meta.dates(new, language)
    return pieces_a == pieces_b and 0 < sum(a != b for a, b in zip(dates_a, dates_b)) <= STATED_DATES


def _anchors(n: int, pairs: dict[int, int], *, invert: bool) -> list[int]:
    """For each section, the new-text index of the nearest matched section before it (-1: none), so that
    two unmatched sections between the same matched neighbours can be recognised."""
    matched = {j: j for j in pairs.values()} if invert else pairs
    out, last = [], -1
    for k in range(n):
        out.append(last)
        if k in matched:
            last = matched[k]
    return out


def to_json_lists(s: Summary) -> dict:
    """The summary as a row of the `changes` table (lists as JSON text)."""
    d = s.as_dict()
    for k in ("sections_added", "sections_removed", "sections_modified", "sections_moved", "sections_renamed",
              "links_added", "links_removed"):
        d[k] = json.dumps(d[k], ensure_ascii=False)
    return d


def from_row(row: dict) -> Summary:
    """A Summary from a `changes` row (as written by archive.summaries)."""
    kw = {}
    for f in Summary.__dataclass_fields__:
        v = row.get(f)
        if f.startswith(("sections_", "links_")) and f != "sections":
            v = json.loads(v) if v else []
        if v is not None:
            kw[f] = v
    return Summary(**kw)
