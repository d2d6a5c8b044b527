"""Lookup at scale: `show --at` and `history` on a synthetic archive of 100,000 versions (synthetic.py).

Through the library on one open read-only connection (what the CLI and the browser view do after
start-up), many random lookups: `resolve` (the site key a user types) + `version_at` for `show --at`,
`resolve` + `history` for `history`. Baseline, same connection and run: a primary-key read of one
version row, the floor of any lookup. Then each command once through the CLI, against
`policy-archive --version` (the process start-up floor: Python, click, the archive's imports).

    .venv/bin/python benchmarks/lookup.py [--quick]
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import synthetic
from benchmarks.common import CLI, Context, Row, median, percentile, run_measured

MAX_MS = 50.0


def _timed(fn, samples):
    out = []
    for s in samples:
        t0 = time.perf_counter()
        fn(*s)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main(ctx: Context) -> list[Row]:
    from archive import lookup
    from archive.store import open_archive, parse_iso

    info = synthetic.ensure(ctx)
    db = open_archive(info["path"], readonly=True)
    rng = random.Random(6)
    keys = list(info["spans"])
    samples = []
    for _ in range(ctx.lookup_samples):
        key = rng.choice(keys)
        lo, hi = (parse_iso(t) for t in info["spans"][key])
        span = (hi - lo).total_seconds()
        samples.append((key, lo + dt.timedelta(seconds=rng.uniform(0, span * 1.05))))
    max_id = db.execute("SELECT max(id) FROM versions").fetchone()[0]
    ids = [(rng.randint(1, max_id),) for _ in samples]

    def show_at(key, when):
        lookup.version_at(db, lookup.resolve(db, key), when)

    def history(key, _when):
        rows = lookup.history(db, lookup.resolve(db, key))
        assert len(rows) == ctx.lookup_versions

    def floor(vid):
        db.execute("SELECT * FROM versions WHERE id = ?", [vid]).fetchone()

    _timed(show_at, samples[:20])  # warm the page cache the way a running view would be
    t_floor = _timed(floor, ids)
    t_show = _timed(show_at, samples)
    t_hist = _timed(history, samples)
    db.close()

    key, when = samples[0]
    day = when.strftime("%Y-%m-%d")
    cli_show, cli_hist, cli_floor = [], [], []
    for _ in range(1 if ctx.quick else 3):
        cli_floor.append(run_measured([CLI, "--version"]).seconds * 1000)
        m = run_measured([CLI, "--db", str(info["path"]), "show", key, "--at", day])
        assert m.returncode == 0, m.stderr
        cli_show.append(m.seconds * 1000)
        m = run_measured([CLI, "--db", str(info["path"]), "history", key])
        assert m.returncode == 0, m.stderr
        cli_hist.append(m.seconds * 1000)

    f50 = percentile(t_floor, 50)
    scale = f"{info['versions']:,} versions of {info['docs']:,} documents, {len(samples)} random lookups"

    def row(name, times):
        p50, p95 = percentile(times, 50), percentile(times, 95)
        return Row(name, f"{p50:.2f} / {p95:.2f} ms", f"{f50:.3f} ms (primary-key read of a version)",
                   f"{p50 / f50:.0f}x the floor at p50", f"<= {MAX_MS:.0f} ms", p95 <= MAX_MS, scale)

    cf = median(cli_floor)

    def over(t):
        d = median(t) - cf
        return f"+{d:.0f} ms over start-up" if d > 0 else "within the start-up's noise"

    return [
        Row("synthetic archive build (bulk insert, bypasses record)", f"{info['seconds']:.0f} s",
            note=f"{info['size'] / 1e6:.0f} MB; see benchmarks/synthetic.py for why it bypasses record"),
        row("show --at (library: resolve + version_at), p50 / p95", t_show),
        row("history (library: resolve + history), p50 / p95", t_hist),
        Row("show --at through the CLI (median of 3, 1 with --quick; process start included)", f"{median(cli_show):.0f} ms",
            f"{cf:.0f} ms (policy-archive --version)", over(cli_show),
            note="start-up is Python + click + imports; the lookup itself is the library figure above"),
        Row("history through the CLI (median of 3, 1 with --quick; process start included)", f"{median(cli_hist):.0f} ms",
            f"{cf:.0f} ms (policy-archive --version)", over(cli_hist)),
    ]


if __name__ == "__main__":
    from benchmarks.run import standalone
    standalone("lookup")
