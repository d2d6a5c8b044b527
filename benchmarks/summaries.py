"""Change summaries on real archives: what they say, how they agree with a plain word diff, and their cost.

For every version after the first of each archive given (the dev collection's and, measured without
having been developed on, the genai-contrib collection's), archive.summary.summarise against the version
before it: the kinds of change; how often an edit names at least one section; the words counted per
section against a plain word diff of the whole text (difflib over the words, what the feed's old figure
was, with the same tokens); a move counts nothing per section and an addition plus a removal in a whole-text diff, so the
per-section count may be lower, never by much unless sections moved); and the time per summary.

    .venv/bin/python benchmarks/summaries.py dev.db ../shared/data/ota-genai-contrib/manifest.json

An argument ending in .json is an Open Terms Archive manifest: its curated versions are compared.
"""
from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _manifest_pairs(path: str) -> list[tuple]:
    """Consecutive curated versions of an Open Terms Archive collection's manifest (its `gold` Markdown):
    texts nobody here wrote or extracted. The plain text is the Markdown's rendered words."""
    import json

    from archive.extract.rendered import render_line
    pairs = []
    for page in json.load(open(path, encoding="utf-8")).values():
        texts = [g["text"] for g in page["gold"]]
        for a, b in zip(texts, texts[1:]):
            plain = lambda md: "\n".join(render_line(line) for line in md.splitlines())  # noqa: E731
            pairs.append((a, plain(a), None, b, plain(b), None, 2))
    return pairs


def measure(path: str) -> dict:
    from archive.summary import _word_delta, summarise, tokens

    if path.endswith(".json"):
        pairs = _manifest_pairs(path)
    else:
        from archive.store import open_archive
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
        whole = sum(_word_delta(tokens(pt), tokens(vt)))  # the same words, diffed as one run
        if whole:
            ratios.append((s.words_added + s.words_removed) / whole)
    edits = kinds["edit"]
    return {"archive": "/".join(Path(path).parts[-2:]), "changes": len(pairs), "kinds": dict(kinds.most_common()),
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
