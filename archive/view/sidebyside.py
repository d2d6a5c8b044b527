"""Two versions side by side, changed words marked, every piece of stored text escaped by markupsafe.

Used by the browser view's diff page and by `diff --html` (archive.lookup.html_diff). Not difflib.HtmlDiff:
its intraline matching compares every removed line with every added one, character by character, and a
rewritten policy of a few hundred paragraphs takes minutes. Here lines are matched once (SequenceMatcher),
changed lines are paired in order, and the word-level marking is skipped for blocks too large to be read as
edits anyway.
"""
from __future__ import annotations

import difflib
import re

from markupsafe import Markup, escape

MAX_PAIRED = 200  # lines in a replaced block above which lines are shown whole, not word-marked
MAX_TOKENS = 4000  # tokens in a line pair above which the pair is shown whole
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


def _marked(tag: str, text: str) -> Markup:
    """<del>/<ins> around the words only: spaces at either end stay plain text."""
    core = text.strip()
    if not core:
        return escape(text)
    start = text.index(core)
    return escape(text[:start]) + Markup(f"<{tag}>{{}}</{tag}>").format(core) + escape(text[start + len(core):])


def _words(old: str, new: str) -> tuple[Markup, Markup]:
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    if len(a) + len(b) > MAX_TOKENS:
        return Markup("<del>{}</del>").format(old), Markup("<ins>{}</ins>").format(new)
    segments: list[list] = []  # [changed?, old text, new text]
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        gone, came = "".join(a[i1:i2]), "".join(b[j1:j2])
        changed = op != "equal"
        if segments and segments[-1][0] and (changed or not gone.strip()):
            # a change, or the spaces between two changed words, extends the change before it
            segments[-1][1] += gone
            segments[-1][2] += came
            continue
        segments.append([changed, gone, came])
    left, right = [], []
    for changed, gone, came in segments:
        if not changed:
            left.append(escape(gone))
            right.append(escape(came))
            continue
        left.append(_marked("del", gone))
        right.append(_marked("ins", came))
    return Markup("").join(left), Markup("").join(right)


def _row(kind: str, i: int | None, old, j: int | None, new) -> Markup:
    def cell(n, text, side):
        if n is None:
            return Markup('<td class="ln"></td><td class="{} empty"></td>').format(side)
        return Markup('<td class="ln">{}</td><td class="{}" dir="auto">{}</td>').format(n, side, text)
    return Markup('<tr class="{}">').format(kind) + cell(i, old, "old") + cell(j, new, "new") + Markup("</tr>")


def side_by_side(old: list[str], new: list[str], old_title: str, new_title: str,
                 context: int | None = 2) -> Markup:
    """A table of the two texts' lines; `context` unchanged lines around each change (None: all)."""
    rows: list[Markup] = []
    opcodes = difflib.SequenceMatcher(None, old, new).get_opcodes()
    for n, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op == "equal":
            keep = range(i2 - i1)
            if context is not None:
                head = context if n > 0 else 0
                tail = context if n < len(opcodes) - 1 else 0
                if head + tail < i2 - i1:
                    hidden = i2 - i1 - head - tail
                    keep = [*range(head), None, *range(i2 - i1 - tail, i2 - i1)]
            for k in keep:
                if k is None:
                    rows.append(Markup('<tr class="skip"><td colspan="4">⋯ {} unchanged line{}</td></tr>')
                                .format(hidden, "" if hidden == 1 else "s"))
                else:
                    rows.append(_row("same", i1 + k + 1, old[i1 + k], j1 + k + 1, new[j1 + k]))
        elif op == "delete":
            rows.extend(_row("del", i + 1, old[i], None, None) for i in range(i1, i2))
        elif op == "insert":
            rows.extend(_row("ins", None, None, j + 1, new[j]) for j in range(j1, j2))
        else:  # replace: pair lines in order; the surplus is deleted or inserted
            pairs = max(i2 - i1, j2 - j1)
            for k in range(pairs):
                i, j = i1 + k, j1 + k
                o = old[i] if i < i2 else None
                w = new[j] if j < j2 else None
                if o is not None and w is not None:
                    if pairs <= MAX_PAIRED:
                        left, right = _words(o, w)
                    else:
                        left, right = Markup("<del>{}</del>").format(o), Markup("<ins>{}</ins>").format(w)
                    rows.append(_row("chg", i + 1, left, j + 1, right))
                elif o is not None:
                    rows.append(_row("del", i + 1, Markup("<del>{}</del>").format(o), None, None))
                else:
                    rows.append(_row("ins", None, None, j + 1, Markup("<ins>{}</ins>").format(w)))
    if not rows:
        rows.append(Markup('<tr class="skip"><td colspan="4">The two texts are the same.</td></tr>'))
    head = Markup('<thead><tr><th colspan="2">{}</th><th colspan="2">{}</th></tr></thead>').format(old_title, new_title)
    cols = Markup('<colgroup><col class="ln"><col><col class="ln"><col></colgroup>')
    return Markup('<table class="sbs">') + cols + head + Markup("<tbody>") + Markup("").join(rows) + \
        Markup("</tbody></table>")


# By section, on the rendered text ------------------------------------------------------------------------

PAIR_RATIO = 0.45  # paragraphs at least this alike (difflib ratio over words) are shown as one edited paragraph


def _alike(a: str, b: str) -> float:
    m = difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False)
    return m.ratio() if m.quick_ratio() >= PAIR_RATIO else 0.0


def _pair_blocks(old: list[str], new: list[str]) -> list[tuple[int | None, int | None]]:
    """Old and new paragraphs of a replaced run, in order: each old one with the most alike new one still
    ahead (ratio >= PAIR_RATIO), the others alone. Pairs unrelated paragraphs never, unlike pairing by
    position."""
    out: list[tuple[int | None, int | None]] = []
    j = 0
    too_many = len(old) * len(new) > MAX_PAIRED * 4
    for i, text in enumerate(old):
        best, best_k = 0.0, None
        if not too_many:
            for k in range(j, len(new)):
                r = _alike(text, new[k])
                if r > best:
                    best, best_k = r, k
        if best_k is not None and best >= PAIR_RATIO:
            out.extend((None, k) for k in range(j, best_k))
            out.append((i, best_k))
            j = best_k + 1
        else:
            out.append((i, None))
    out.extend((None, k) for k in range(j, len(new)))
    return out


def _block_rows(old: list[str], new: list[str], o0: int, n0: int, context: int | None) -> list[Markup]:
    rows: list[Markup] = []
    opcodes = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    for n, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op == "equal":
            keep: list = list(range(i2 - i1))
            if context is not None:
                head = context if n > 0 else 0
                tail = context if n < len(opcodes) - 1 else 0
                if head + tail < i2 - i1:
                    hidden = i2 - i1 - head - tail
                    keep = [*range(head), None, *range(i2 - i1 - tail, i2 - i1)]
            for k in keep:
                if k is None:
                    rows.append(Markup('<tr class="skip"><td colspan="4">⋯ {} unchanged paragraph{}</td></tr>')
                                .format(hidden, "" if hidden == 1 else "s"))
                else:
                    rows.append(_row("same", o0 + i1 + k + 1, old[i1 + k], n0 + j1 + k + 1, new[j1 + k]))
            continue
        for i, j in _pair_blocks(old[i1:i2], new[j1:j2]):
            if i is not None and j is not None:
                left, right = _words(old[i1 + i], new[j1 + j])
                rows.append(_row("chg", o0 + i1 + i + 1, left, n0 + j1 + j + 1, right))
            elif i is not None:
                rows.append(_row("del", o0 + i1 + i + 1, Markup("<del>{}</del>").format(old[i1 + i]), None, None))
            else:
                rows.append(_row("ins", None, None, n0 + j1 + j + 1, Markup("<ins>{}</ins>").format(new[j1 + j])))
    return rows


def _section_head(kind: str, old_heading: str | None, new_heading: str | None, note: str) -> Markup:
    def cell(text, side):
        if text is None:
            return Markup('<td class="ln">§</td><td class="{} empty"></td>').format(side)
        return Markup('<td class="ln">§</td><td class="{}" dir="auto"><strong>{}</strong></td>').format(side, text)
    return (Markup('<tr class="section {}" title="{}">').format(kind, note) + cell(old_heading, "old")
            + cell(new_heading, "new") + Markup("</tr>"))


def side_by_side_sections(old_markdown: str, new_markdown: str, old_title: str, new_title: str,
                          context: int | None = 2) -> Markup:
    """Two versions side by side as a reader sees them: the rendered text (no Markdown marks, table rows as
    cells), section by section as archive.summary pairs them (by heading; a moved or renamed section is
    shown against its old self, where it now is), paragraphs paired only when alike, changed words marked.
    `context`: unchanged paragraphs around each change (None: the whole text); unchanged sections fold."""
    from ..summary import OPENING, align, moved, sections

    a, b = sections(old_markdown), sections(new_markdown)
    pairs, renamed = align(a, b)
    moves = moved(a, b, pairs)
    by_new = {j: i for i, j in pairs.items()}
    # a removed section is shown after the new section that follows its nearest kept predecessor
    removed_after: dict[int, list[int]] = {}
    last = -1
    for i in range(len(a)):
        if i in pairs:
            last = pairs[i]
        else:
            removed_after.setdefault(last, []).append(i)
    o_start = [0]
    for sec in a:
        o_start.append(o_start[-1] + len(sec.blocks))
    n_start = [0]
    for sec in b:
        n_start.append(n_start[-1] + len(sec.blocks))

    rows: list[Markup] = []
    same: list = []  # a run of unchanged sections, folded into one row when the run ends

    def fold_same() -> None:
        if not same:
            return
        paragraphs = sum(len(sec.blocks) for sec in same)
        names = Markup(", ").join(Markup("§ {}").format(sec.heading if sec.level else OPENING) for sec in same)
        rows.append(Markup('<tr class="skip section-same"><td colspan="4">{} · unchanged ({} paragraph{})</td></tr>')
                    .format(names, paragraphs, "" if paragraphs == 1 else "s"))
        same.clear()

    def removed(i: int) -> None:
        fold_same()
        sec = a[i]
        rows.append(_section_head("del", sec.heading if sec.level else OPENING, None, "section removed"))
        rows.extend(_row("del", o_start[i] + k + 1, Markup("<del>{}</del>").format(t), None, None)
                    for k, t in enumerate(sec.blocks))

    for i in removed_after.get(-1, []):
        removed(i)
    for j, sec in enumerate(b):
        i = by_new.get(j)
        heading = sec.heading if sec.level else OPENING
        if i is None:
            fold_same()
            rows.append(_section_head("ins", None, heading, "section added"))
            rows.extend(_row("ins", None, None, n_start[j] + k + 1, Markup("<ins>{}</ins>").format(t))
                        for k, t in enumerate(sec.blocks))
        else:
            old = a[i]
            old_heading = old.heading if old.level else OPENING
            notes = []
            if i in moves:
                notes.append("moved")
            if i in renamed:
                notes.append("renamed")
            body = _block_rows(old.blocks, sec.blocks, o_start[i], n_start[j], context)
            changed = old.blocks != sec.blocks
            if not changed and not notes and context is not None:
                same.append(sec)
            else:
                fold_same()
                if changed:
                    notes.append("changed")
                kind = "chg" if changed or i in renamed else "same"
                left = Markup("{}{}").format(old_heading, Markup(" <em class='note'>(was elsewhere)</em>")
                                             if i in moves else "")
                right = Markup("{}{}").format(heading, Markup(" <em class='note'>({})</em>").format(", ".join(notes))
                                              if notes else "")
                rows.append(_section_head(kind, left, right, ", ".join(notes) or "unchanged"))
                rows.extend(body)
        for k in removed_after.get(j, []):
            removed(k)
    if rows:  # (every section unchanged: the two texts are the same, said so below)
        fold_same()
    if not rows:
        rows.append(Markup('<tr class="skip"><td colspan="4">The two texts are the same.</td></tr>'))
    head = Markup('<thead><tr><th colspan="2">{}</th><th colspan="2">{}</th></tr></thead>').format(old_title, new_title)
    cols = Markup('<colgroup><col class="ln"><col><col class="ln"><col></colgroup>')
    return Markup('<table class="sbs sections">') + cols + head + Markup("<tbody>") + Markup("").join(rows) + \
        Markup("</tbody></table>")
