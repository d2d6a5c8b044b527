"""Change summaries on real archives: what they say, how they agree with a plain word diff, and their cost.

For every version after the first of each archive given (the dev collection's and, measured without
having been developed on, the genai-contrib collection's), archive.summary.summarise against the version
before it: the kinds of change; how often an edit names at least one section; the words counted per
section against a plain word diff of the whole text (difflib over the words, what the feed's old figure
was; a move counts nothing per section and an addition plus a removal in a whole-text diff, so the
per-section count may be lower, never by much unless sections moved); and the time per summary.

    .venv/bin/python benchmarks/summaries.py dev.db genai.db
"""
from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def measure(path: str) -> dict:
    from archive.feed import change_summary
    from archive.store import open_archive
    from archive.summary import summarise

    db = open_archive(path, readonly=True)
    pairs = db.execute(
        "SELECT p.markdown, p.text, p.declared_date, v.markdown, v.text, v.declared_date, v.number "
        "FROM versions v JOIN versions p ON p.document_id = v.document_id AND p.number = v.number - 1").fetchall()
    kinds, named, ratios, times = Counter(), 0, [], []
    for pm, pt, pd, vm, vt, vd, number in pairs:
        t0 = time.perf_counter()
        s = summarise(pm, vm, old_date=pd, new_date=vd)
        times.append((time.perf_counter() - t0) * 1000)
        kinds[s.kind] += 1
        if s.kind != "edit":
            continue
        named += bool(s.sections_modified or s.sections_added or s.sections_removed or s.sections_moved
                      or s.sections_renamed)
        plain = change_summary({"text": pt, "markdown": pm, "word_count": 0}, {"text": vt, "markdown": vm, "word_count": 0})
        whole = plain["added"] + plain["removed"]
        if whole:
            ratios.append((s.words_added + s.words_removed) / whole)
    edits = kinds["edit"]
    return {"archive": Path(path).name, "changes": len(pairs), "kinds": dict(kinds.most_common()),
            "edits naming a section": f"{named}/{edits}",
            "per-section / whole-text words (median, p10-p90)":
                f"{statistics.median(ratios):.2f} ({_pct(ratios, 10):.2f}-{_pct(ratios, 90):.2f})" if ratios else "-",
            "ms per summary (median, max)": f"{statistics.median(times):.1f}, {max(times):.0f}" if times else "-"}


def _pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p / 100))]


if __name__ == "__main__":
    rows = [measure(p) for p in sys.argv[1:]]
    keys = list(rows[0])
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    for r in rows:
        print("| " + " | ".join(str(r[k]) for k in keys) + " |")
