"""Backfill from a web archive: requests, captures, versions, time and the request rate observed at the archive.

    .venv/bin/python benchmarks/backfill.py            # prints the section
    .venv/bin/python benchmarks/backfill.py --write    # and puts it in benchmarks/RESULTS.md (## Backfill)
    .venv/bin/python benchmarks/backfill.py --quick    # fast rates: a smoke run, not figures to quote

A real pywb (tests/pywb_server.py, its own venv) on 127.0.0.1 serves two collections' worth of WARCs written
by tests/archived_policy.py: ExampleCorp's ten years (24 captures: identical ones, a revisit, a windows-1252
capture, a 404 period, a 301 to a new URL, homepages of four years) and DenseCorp's weekly captures for ten
years (522 captures of 7 distinct contents). `policy-archive backfill` runs as a user runs it, at the
DEFAULT rates (24 CDX requests and 30 mementos a minute); pywb logs every request it answers, so the rate
is measured at the archive's side. The baseline is a backfill that fetches every listed capture (what a
client that does not collapse on its side would ask for), counted from the same listing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import archived_policy as ap  # noqa: E402
from pywb_server import PywbServer  # noqa: E402

CLI = str(Path(sys.executable).parent / "policy-archive")


def max_in_window(times: list[float], window: float = 60.0) -> int:
    return max((sum(1 for u in times if t <= u < t + window) for t in times), default=0)


def run(db: Path, coll: str, args: list[str]) -> tuple[float, str]:
    started = time.monotonic()
    out = subprocess.run([CLI, "--db", str(db), "backfill", *args, "--archive", coll, "--no-progress"],
                         capture_output=True, text=True, check=True, cwd=ROOT,
                         env={**os.environ, "COLUMNS": "400"})  # its table's rows whole, for the regex below
    return time.monotonic() - started, out.stdout


def _runs(work: Path, rates: list[str]) -> list[tuple]:
    """Both backfills and their reruns against a pywb serving one history: one tuple of figures per run."""
    warc = ap.write_history(work / "history.warc.gz", ap.CAPTURES + ap.dense_captures())
    with PywbServer.start(work, {"policies": [warc]}) as wb:
        coll = wb.collection_url("policies")
        rows = []
        for label, args in [("ExampleCorp, 10 years, --discover (from its current URL)", [ap.NEW, "--discover"]),
                            ("DenseCorp, weekly for 10 years", [ap.DENSE])]:
            db = work / f"{len(rows)}.db"
            mark = len(wb.requests())
            seconds, out = run(db, coll, [*args, *rates])
            reqs = wb.requests()[mark:]
            cdx = [t for t, p, _ in reqs if "/cdx?" in p]
            mementos = [t for t, p, _ in reqs if "id_/" in p]
            homepages = sum(1 for _, p, _ in reqs if p.endswith("id_/" + ap.HOME))
            conn = sqlite3.connect(db)
            captures = conn.execute("SELECT count(*) FROM captures").fetchone()[0]
            versions = conn.execute("SELECT count(*) FROM versions").fetchone()[0]
            listed = sum(int(n) for n in re.findall(r"│ https?://\S+\s+│ (\d+)", out))
            conn.close()
            mark = len(wb.requests())
            again_s, again = run(db, coll, [*args, *rates])
            again_reqs = wb.requests()[mark:]
            conn = sqlite3.connect(db)
            captures_after = conn.execute("SELECT count(*) FROM captures").fetchone()[0]
            conn.close()
            gaps_c = [b - a for a, b in zip(cdx, cdx[1:])]
            gaps_m = [b - a for a, b in zip(mementos, mementos[1:])]
            rows.append((label, len(cdx), len(mementos), homepages, listed, captures, versions, seconds,
                         max_in_window(cdx), min(gaps_c, default=float("nan")), max_in_window(mementos),
                         min(gaps_m, default=float("nan")), sum(1 for _, p, _ in again_reqs if "id_/" in p),
                         captures_after - captures, again_s))
    return rows


def measure(quick: bool) -> list[str]:
    rates = ["--rate", "600", "--cdx-rate", "600"] if quick else []
    work = Path(tempfile.mkdtemp(prefix="bench-backfill-"))
    try:
        rows = _runs(work, rates)
    finally:
        shutil.rmtree(work, ignore_errors=True)  # the history, pywb's collection, two archives
    lines = ["## Backfill",
             "Backfill: `policy-archive backfill` against a real pywb on 127.0.0.1 (tests/archived_policy.py), at "
             + ("fast test rates (--quick: not figures to quote)." if quick else
                "the default rates (24 CDX requests, 30 mementos a minute)."),
             "",
             "| run | CDX requests | memento requests (policy + homepages) | baseline: every listed policy capture "
             "| ratio | captures recorded "
             "| versions | wall time | CDX max in any 60 s (min gap) | mementos max in any 60 s (min gap) | rerun: mementos fetched / captures added |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for (label, ncdx, nmem, homes, listed, caps, vers, secs, cmax, cgap, mmax, mgap, again_f, again_c,
         again_s) in rows:
        policy = nmem - homes
        lines.append(f"| {label} | {ncdx} | {nmem} ({policy} + {homes}) | {listed} | {listed / max(1, policy):.1f}x "
                     f"fewer | {caps} | {vers} | {secs:.1f} s | {cmax} ({_gap(cgap)}) | {mmax} ({_gap(mgap)}) "
                     f"| {again_f} / {again_c} ({again_s:.1f} s) |")
    lines += ["",
              "- versions: ExampleCorp's 7 are its two URLs' distinct texts (4 + 3), DenseCorp's 6 its six texts; "
              "first_seen are the archive's times (tests/test_backfill.py checks them one by one).",
              "- the ratio compares the policy mementos fetched with the captures the archive listed: one fetch "
              "per distinct content. --discover also reads one archived homepage a year, again on a rerun "
              "(the rerun's mementos fetched are those homepages; it records nothing).",
              "- limits: at most 24 CDX requests and 30 mementos in any 60 s, i.e. gaps of at least 2.5 s and "
              "2.0 s; the gaps are measured at pywb from its own clock (arrival times).",
              "- wall time is bound by the politeness, not by the machine: the rates are the floor.",
              "",
              f"_{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC at {_commit()}, "
              f"`python benchmarks/backfill.py{' --quick' if quick else ''}`; 2-core machine shared with other "
              "work._", ""]
    return lines


def _gap(seconds: float) -> str:
    return "-" if seconds != seconds else f"{seconds:.2f} s"  # nan: a single request


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def write(lines: list[str]) -> None:
    path = HERE / "RESULTS.md"
    text = path.read_text()
    section = "\n".join(lines) + "\n"
    m = re.search(r"^## Backfill\n.*?(?=^## |\Z)", text, flags=re.S | re.M)
    if m:
        text = text[:m.start()] + section + text[m.end():]
    else:
        anchor = text.find("## What limits each figure")
        text = text[:anchor] + section + "\n" + text[anchor:] if anchor >= 0 else text.rstrip() + "\n\n" + section
    path.write_text(text)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    lines = measure(args.quick)
    print("\n".join(lines))
    if args.write:
        write(lines)


if __name__ == "__main__":
    main()
