"""Run every benchmark and write benchmarks/RESULTS.md.

    .venv/bin/python benchmarks/run.py            # the full run (about half an hour on 2 cores)
    .venv/bin/python benchmarks/run.py --quick    # a smoke run on small inputs (under a minute)
    .venv/bin/python benchmarks/run.py --only storage lookup

Each benchmark is a module with `main(ctx) -> list[Row]` (ingest, storage, memory, lookup, crawl); each
figure is given with a baseline measured in the same run on the same machine, and its target. The file's
`## Extraction` section belongs to benchmarks/extraction.py and is kept exactly as it is; so is any other
section this script does not write.
"""
from __future__ import annotations

import argparse
import compileall
import datetime as dt
import importlib
import os
import platform
import re
import shlex
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import HERE, ROOT, Context, Row, find_dev_warc, warc_subset

SECTIONS = {  # heading -> module, in the order they run (storage and memory reuse ingest's archive)
    "Ingest": "ingest",
    "Storage": "storage",
    "Memory": "memory",
    "Lookup": "lookup",
    "Crawl": "crawl",
    "Scheduled crawls": "scheduled",  # benchmarks/scheduled.py, the crawler's (a month of `crawl --due`)
    "Start-up and feed": "startup",  # benchmarks/startup.py: read-only commands from the shell, the Atom feed
    "Browser": "browser",  # benchmarks/browser.py: pages that need a browser (200 sites, 20% script-built)
    "Report": "report",  # benchmarks/report.py: `policy-archive report` on the development archive
}
SLOW_SMOKE = {"Scheduled crawls", "Browser"}  # left out of --quick unless named with --only: its own smoke run takes a minute
FOREIGN_PLACEHOLDER = {
    "Extraction": "_Owned by `benchmarks/extraction.py` (fidelity and throughput of extraction); not written yet._\n",
}
QUICK = dict(records=6, crawl_sites=8, lookup_docs=40, lookup_versions=10, lookup_samples=60)
FULL = dict(records=None, crawl_sites=1000, lookup_docs=2000, lookup_versions=50, lookup_samples=500)


def machine() -> list[str]:
    cpu = platform.processor() or "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import psutil
        ram = f"{psutil.virtual_memory().total / 2**30:.1f} GiB"
    except ImportError:
        ram = "?"
    import sqlite3
    return [f"- CPU: {cpu}, {os.cpu_count()} cores", f"- RAM: {ram}",
            f"- Python {platform.python_version()} ({platform.python_implementation()}), SQLite {sqlite3.sqlite_version}, "
            f"{platform.system()} {platform.release()}"]


def git_rev() -> str:
    try:
        import subprocess
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True,
                               text=True).stdout.strip()
        return rev + (" + uncommitted changes" if dirty else "")
    except OSError:
        return "?"


def load() -> str:
    try:
        return "/".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


def table(rows: list[Row]) -> list[str]:
    out = ["| figure | measured | baseline (same run) | ratio | target | met |", "|---|---|---|---|---|---|"]
    for r in rows:
        met = "" if r.ok is None else ("yes" if r.ok else "**no**")
        out.append(f"| {r.metric} | {r.value} | {r.baseline} | {r.ratio} | {r.target} | {met} |")
    notes = [f"- {r.metric}: {r.note}" for r in rows if r.note]
    return out + ([""] + notes if notes else [])


def split_sections(text: str) -> tuple[str, list[tuple[str, str]]]:
    """(preamble, [(heading, body)]) of a Markdown file, split on `## ` headings."""
    parts = re.split(r"^## (.+)$\n?", text, flags=re.M)
    return parts[0], [(parts[i].strip(), parts[i + 1]) for i in range(1, len(parts), 2)]


def summary(sections: list[tuple[str, str]]) -> list[str]:
    """One table of every figure with a target, read back from the sections as written (fresh or kept)."""
    out = []
    for heading, body in sections:
        if heading not in SECTIONS:
            continue
        for line in body.splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) == 6 and cells[0] not in ("figure", "---") and cells[4]:
                out.append(f"| {heading} | {cells[0]} | {cells[1]} | {cells[3]} | {cells[4]} | {cells[5]} |")
    if not out:
        return []
    return ["Every figure with a target (details, baselines and notes in each section below):", "",
            "| section | figure | measured | ratio to the baseline | target | met |", "|---|---|---|---|---|---|", *out, ""]


def write_results(path: Path, header: list[str], fresh: dict[str, str]) -> None:
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    _, sections = split_sections(old)
    merged = [(h, fresh.get(h, b) if h in SECTIONS else b) for h, b in sections]
    merged += [(h, b) for h, b in fresh.items() if h not in {x for x, _ in sections}]
    header = header + summary(merged)
    out, done = ["\n".join(header).rstrip() + "\n\n"], set()
    for heading, body in sections:
        if heading in SECTIONS:
            body = fresh.get(heading, body)
            done.add(heading)
        out.append(f"## {heading}\n{body.rstrip()}\n\n")
        done.add(heading)
    for heading in list(SECTIONS) + list(FOREIGN_PLACEHOLDER):
        if heading not in done:
            body = fresh.get(heading) or FOREIGN_PLACEHOLDER.get(heading) or "_Not measured yet._\n"
            out.append(f"## {heading}\n{body.rstrip()}\n\n")
    tmp = path.with_suffix(".tmp")
    tmp.write_text("".join(out).rstrip() + "\n", encoding="utf-8")
    tmp.replace(path)


def make_context(args) -> Context:
    # Bytecode for the project's own modules, as an installed package has it: with PYTHONDONTWRITEBYTECODE
    # set (as on the development machine) every benchmarked process would compile them again at start-up.
    for package in ("archive", "crawler"):
        compileall.compile_dir(ROOT / package, quiet=1)
    size = QUICK if args.quick else FULL
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="policy-archive-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    full = find_dev_warc(args.warc)
    warc = warc_subset(full, work / f"dev-{size['records']}.warc.gz", size["records"]) if size["records"] else full
    return Context(quick=args.quick, work=work, warc=warc, full_warc=full,
                   crawl_sites=args.crawl_sites or size["crawl_sites"], lookup_docs=size["lookup_docs"],
                   lookup_versions=size["lookup_versions"], lookup_samples=size["lookup_samples"])


def run_section(ctx: Context, heading: str, command: str = "") -> tuple[str, list[Row]]:
    module = importlib.import_module(f"benchmarks.{SECTIONS[heading]}")
    started, before = time.monotonic(), load()
    try:
        rows = module.main(ctx)
        failed = None
    except Exception:
        rows, failed = [], traceback.format_exc()
    took = time.monotonic() - started
    lines = [(module.__doc__ or "").strip().split("\n\n")[0].replace("\n", " "), ""]
    lines += table(rows) if rows else []
    if failed:
        lines += ["", "**This benchmark failed in this run:**", "", "```", failed.strip()[-3000:], "```"]
    lines += ["", f"_{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC at {git_rev()}, {took:.0f} s"
                  + (f", `{command}`" if command else "") + ", "
                  f"{'--quick, ' if ctx.quick else ''}load average before / after {before} → {load()} "
                  f"(other work shares this machine)._"]
    return "\n".join(lines) + "\n", rows


def standalone(name: str) -> None:
    """`python benchmarks/<name>.py [--quick]`: one benchmark, its table printed (RESULTS.md untouched)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--warc")
    ap.add_argument("--work")
    ap.add_argument("--crawl-sites", type=int)
    ctx = make_context(ap.parse_args())
    heading = next(h for h, m in SECTIONS.items() if m == name)
    text, _ = run_section(ctx, heading)
    print(f"## {heading}\n{text}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small inputs: a smoke run, not figures to quote")
    ap.add_argument("--only", nargs="+", choices=[m for m in SECTIONS.values()], help="run only these benchmarks")
    ap.add_argument("--out", default=str(HERE / "RESULTS.md"), help="results file (default benchmarks/RESULTS.md)")
    ap.add_argument("--warc", help="the dev-set WARC (default ../shared/data/ota-dating/snapshots.warc.gz)")
    ap.add_argument("--work", help="scratch directory (default: a new temporary one, removed afterwards)")
    ap.add_argument("--keep", action="store_true", help="keep the scratch directory")
    ap.add_argument("--crawl-sites", type=int, help="sites in the crawl benchmark's fixture web")
    args = ap.parse_args(argv)
    ctx = make_context(args)
    command = "python benchmarks/run.py" + ("".join(f" {shlex.quote(a)}" for a in (argv if argv is not None else sys.argv[1:])))
    fresh = {}
    try:
        for heading, name in SECTIONS.items():
            if (args.only and name not in args.only) or (args.quick and not args.only and heading in SLOW_SMOKE):
                continue
            print(f"== {heading} ...", flush=True)
            text, rows = run_section(ctx, heading, command)
            fresh[heading] = text
            for r in rows:
                print(f"   {r.metric}: {r.value}  [{r.baseline}]  {r.ratio}  {r.target} "
                      f"{'' if r.ok is None else ('ok' if r.ok else 'MISSED')}", flush=True)
            if "failed in this run" in text:
                print(text, file=sys.stderr)
    finally:
        if not args.keep and not args.work:
            shutil.rmtree(ctx.work, ignore_errors=True)
    header = ["# Benchmarks", "",
              "Every figure is measured against a baseline measured in the same run on the same machine; "
              "ratios travel between machines better than absolute figures do.", "",
              "Command (from the repository root): `.venv/bin/python benchmarks/run.py` runs them all and rewrites "
              "this file (`make bench` does the same); `--quick` is a smoke run on small inputs (not figures to "
              "quote); `--only NAME ...` re-measures some sections and keeps the others. Each section ends with "
              "when, at which commit and by which command it was measured.", "",
              f"Last written: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC by `{command}`", "",
              "Machine:", *machine(), ""]
    write_results(Path(args.out), header, fresh)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
