"""Two versions side by side, changed words marked, every piece of stored text escaped by markupsafe.

Not difflib.HtmlDiff (which archive.lookup.html_diff uses): its intraline matching compares every removed
line with every added one, character by character, and a rewritten policy of a few hundred paragraphs
takes minutes. Here lines are matched once (SequenceMatcher), changed lines are paired in order, and the
word-level marking is skipped for blocks too large to be read as edits anyway.
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
        return Markup('<td class="ln">{}</td><td class="{}">{}</td>').format(n, side, text)
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
