"""Start-up and feed: what a read-only command costs from the shell, and the Atom feed of 50 entries.

Baseline, same run and machine: the code before issue 16 made them fast (commit BEFORE, taken from git into
the scratch directory and run with the same venv through PYTHONPATH), on a copy of the same archive whose
schema number is set back to 5 so that it opens it (it ignores the columns schema 6 added). Each command
runs alternately old / new, `runs` times, process start included (wall time, median). Then the browser
view's /feed.atom: the first request builds the feed, the next ones are served from the cache until the
archive changes (archive.feed.cached_atom_feed).

    .venv/bin/python benchmarks/startup.py [--quick]
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import io
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import CLI, ROOT, Context, Row, imported_db, median

BEFORE = "a7a3a10"  # main before issue 16's start-up and feed work
MAX_START_MS = 200.0  # issue 16: `show` / `history` at most 0.2 s wall
FEED_SPEEDUP = 3.0
LAUNCH = "import sys; from crawler.cli import main; sys.exit(main())"


def _old_tree(ctx: Context) -> Path | None:
    dest = ctx.work / f"before-{BEFORE}"
    if (dest / "archive").is_dir():
        return dest
    try:
        data = subprocess.run(["git", "archive", BEFORE, "archive", "crawler"], cwd=ROOT, capture_output=True,
                              check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(dest)
    return dest


CPU: dict[str, list[float]] = {}  # command kind -> CPU ms (user + system) of each run


def _wall(cmd: list[str], env: dict | None = None, cwd: Path | None = None, kind: str = "") -> float:
    """Wall time in ms of one run (process start included); its CPU time is kept in CPU[kind]."""
    import resource
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, env=env, cwd=cwd)
    took = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.setdefault(kind, []).append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {out.stderr.decode()[-2000:]}")
    return took * 1000


def main(ctx: Context) -> list[Row]:
    db, _ = imported_db(ctx)
    new_db = ctx.work / "startup-new.db"
    shutil.copy(db, new_db)
    old_db = ctx.work / "startup-old.db"
    shutil.copy(db, old_db)
    conn = sqlite3.connect(old_db)
    conn.execute("PRAGMA user_version=5")
    conn.close()
    key = sqlite3.connect(new_db).execute(
        "SELECT s.key FROM sites s JOIN documents d ON d.site_id = s.id JOIN versions v ON v.document_id = d.id "
        "GROUP BY s.id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    old_tree = _old_tree(ctx)
    old_env = {**os.environ, "PYTHONPATH": str(old_tree)} if old_tree else None
    runs = 1 if ctx.quick else 11
    rows = []
    for name, args in [("show", ["show", key]), ("history", ["history", key]), ("feed (50 entries)", ["feed"])]:
        new_t, old_t = [], []
        for _ in range(runs):
            new_t.append(_wall([CLI, "--db", str(new_db), *args], cwd=ctx.work, kind="new " + name))
            if old_env:
                # run from the old tree: `python -c` puts the working directory first on sys.path
                old_t.append(_wall([sys.executable, "-c", LAUNCH, "--db", str(old_db), *args], env=old_env,
                                   cwd=old_tree, kind="old " + name))
        new_ms = median(new_t)
        old_ms = median(old_t) if old_t else None
        feed = name.startswith("feed")
        target = f">= {FEED_SPEEDUP:.0f}x faster" if feed else f"<= {MAX_START_MS:.0f} ms"
        ok = (old_ms is not None and old_ms / new_ms >= FEED_SPEEDUP) if feed else new_ms <= MAX_START_MS
        rows.append(Row(f"`{name}` wall time from the shell (median of {runs}, process start included)",
                        f"{new_ms:.0f} ms", f"{old_ms:.0f} ms (code at {BEFORE})" if old_ms else "no git: not measured",
                        f"{old_ms / new_ms:.1f}x faster" if old_ms else "", target, ok,
                        (f"site {key}; " if not feed else "word counts diffed by paragraph, then by word within changes; ")
                        + f"CPU (user + system, median) {median(CPU['new ' + name]):.0f} ms"
                        + (f" against {median(CPU['old ' + name]):.0f} ms" if old_t else "")
                        + ": less sensitive than wall time to other work on the machine"))
    # the browser view's /feed.atom: built once, then cached until the archive changes
    import asyncio

    from archive.view import make_datasette
    ds = make_datasette(new_db)

    async def get():
        t0 = time.perf_counter()
        r = await ds.client.get("/feed.atom")
        assert r.status_code == 200
        return (time.perf_counter() - t0) * 1000

    async def both():
        first = await get()
        again = [await get() for _ in range(runs)]
        return first, median(again)
    first, cached = asyncio.run(both())
    rows.append(Row("browser view /feed.atom, repeated request (median)", f"{cached:.1f} ms",
                    f"{first:.0f} ms (first request: builds the feed)", f"{first / cached:.0f}x faster", "", None,
                    "cached in the server until a version is added, superseded or upgraded (archive.feed.archive_state)"))
    return rows


if __name__ == "__main__":
    from benchmarks.run import standalone
    standalone("startup")
