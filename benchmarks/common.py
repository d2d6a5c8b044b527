"""Shared helpers of the benchmarks: the dev-set WARC, measured subprocesses, percentiles, result rows.

Every benchmark module has `main(ctx) -> list[Row]`; `run.py` builds the context and writes the rows as
one table per section of RESULTS.md. A row carries the measured figure, the baseline measured in the same
run (when the figure is compared with one), their ratio and the target, so a reader sees at a glance
what holds and by how much.
"""
from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
VENV_BIN = Path(sys.executable).parent
CLI = str(VENV_BIN / "policy-archive")
DEV_WARC_CANDIDATES = [ROOT.parent / "shared/data/ota-dating/snapshots.warc.gz",
                       Path("/work/shared/data/ota-dating/snapshots.warc.gz")]


@dataclass
class Row:
    """One line of a results table."""

    metric: str
    value: str  # the figure, formatted with its unit
    baseline: str = ""  # the baseline measured in the same run, with its unit
    ratio: str = ""  # how the figure compares with the baseline (or the target), e.g. "2.1x faster"
    target: str = ""
    ok: bool | None = None  # None: no target
    note: str = ""


@dataclass
class Context:
    """What a benchmark needs to know about the run."""

    quick: bool
    work: Path  # scratch directory for databases, exports, WARC subsets
    warc: Path  # the WARC the storage / ingest / memory benchmarks use (a subset with --quick)
    full_warc: Path
    crawl_sites: int
    lookup_docs: int
    lookup_versions: int
    lookup_samples: int
    shared: dict = field(default_factory=dict)  # results one benchmark hands to another (e.g. the imported db)


def find_dev_warc(arg: str | None = None) -> Path:
    for cand in ([Path(arg)] if arg else []) + DEV_WARC_CANDIDATES:
        if cand.is_file():
            return cand
    raise SystemExit("dev-set WARC not found: pass --warc PATH (../shared/data/ota-dating/snapshots.warc.gz)")


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def verdict(ok: bool) -> str:
    return "yes" if ok else "**no**"


@dataclass
class Measured:
    returncode: int
    seconds: float
    peak_tree_rss: int  # bytes: the largest sum of RSS over the process and all its descendants
    peak_single_rss: int  # bytes: the largest RSS of any one process of the tree
    peak_tree_pss: int  # bytes: the largest sum of PSS (shared pages divided among their sharers)
    cpu_seconds: float  # user + system time of the process and every descendant it waited for
    stdout: str
    stderr: str


def run_measured(cmd: list[str], *, env: dict | None = None, interval: float = 0.05,
                 cwd: str | None = None, timeout: float | None = None) -> Measured:
    """Run a command, timing it and sampling the RSS of its whole process tree (psutil) every `interval`.

    Sampling misses a spike shorter than the interval. The RSS sum over the tree counts every page a
    forked pool shares with its parent once per process (an upper bound); the PSS sum divides shared pages
    among their sharers, so it is what the tree really holds. `/usr/bin/time -v` gives neither (only the
    largest single process).
    """
    import psutil

    import resource

    usage0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=cwd)
    peak_tree = peak_single = peak_pss = 0
    stop = threading.Event()

    def sample():
        nonlocal peak_tree, peak_single, peak_pss
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not stop.is_set():
            try:
                procs = [root] + root.children(recursive=True)
            except psutil.NoSuchProcess:
                break
            total = pss = 0
            for p in procs:
                try:
                    rss = p.memory_info().rss
                except psutil.NoSuchProcess:
                    continue
                total += rss
                pss += _pss(p.pid, rss)
                peak_single = max(peak_single, rss)
            peak_tree = max(peak_tree, total)
            peak_pss = max(peak_pss, pss)
            stop.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        err += f"\n(killed after {timeout} s)"
    seconds = time.perf_counter() - t0
    usage1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (usage1.ru_utime - usage0.ru_utime) + (usage1.ru_stime - usage0.ru_stime)
    stop.set()
    sampler.join()
    return Measured(proc.returncode, seconds, peak_tree, peak_single, peak_pss, cpu, out, err)


def _pss(pid: int, rss: int) -> int:
    """Proportional set size of a process in bytes (Linux smaps_rollup; its RSS where unavailable)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return rss


def quiet_logs() -> None:
    import logging
    for name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def warc_subset(src: Path, dest: Path, records: int) -> Path:
    """The first `records` response records of `src` as a new gzip WARC (for --quick runs)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.warcwriter import WARCWriter

    if dest.exists():
        return dest
    tmp = dest.with_suffix(".tmp")
    n = 0
    with open(src, "rb") as f, open(tmp, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for rec in ArchiveIterator(f):
            if rec.rec_type != "response":
                continue
            writer.write_record(rec)
            n += 1
            if n >= records:
                break
    tmp.rename(dest)
    return dest


def imported_db(ctx: Context) -> tuple[Path, Measured]:
    """A fresh archive with ctx.warc imported through the CLI, made once per run (storage reads it)."""
    if "imported" in ctx.shared:
        return ctx.shared["imported"]
    db = ctx.work / "ingest.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    m = run_measured([CLI, "--db", str(db), "import-warc", str(ctx.warc)])
    if m.returncode != 0:
        raise RuntimeError(f"import-warc failed ({m.returncode}): {m.stderr[-2000:]}")
    ctx.shared["imported"] = (db, m)
    return db, m


def baseline_loop(ctx: Context) -> Measured:
    """The plain trafilatura loop over ctx.warc in its own process (see ingest.py), once per run."""
    if "baseline_loop" not in ctx.shared:
        m = run_measured([sys.executable, str(HERE / "ingest.py"), "--baseline-loop", str(ctx.warc)])
        if m.returncode != 0:
            raise RuntimeError(f"baseline loop failed: {m.stderr[-2000:]}")
        ctx.shared["baseline_loop"] = m
    return ctx.shared["baseline_loop"]


def replace_section(title: str, body: str, path: Path = HERE / "RESULTS.md") -> None:
    """Replace the `## title` section of RESULTS.md with `body` (appended when the section is new)."""
    content = path.read_text() if path.exists() else ""
    section = f"## {title}\n\n{body.strip()}\n"
    m = re.search(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", content, flags=re.S | re.M)
    if m:
        rest = content[m.end():]
        content = content[:m.start()] + section + ("\n" + rest if rest else "")  # the last section: no blank line
    else:
        content = content.rstrip() + "\n\n" + section
    path.write_text(content)


def run_trials(trial, work: list, workers: int, chunksize: int, json_path: str | None = None) -> list:
    """`trial(job)` for every job of `work`, in a pool of `workers` processes, results in `work`'s order; every
    result also written to `json_path` as JSON when given."""
    import json
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(workers) as pool:
        results = list(pool.map(trial, work, chunksize=chunksize))
    if json_path:
        Path(json_path).write_text(json.dumps(results, ensure_ascii=False, indent=0))
    return results


def report(table: str, write: bool, title: str, doc: str, reading: str, script: str) -> None:
    """Print `table`; with `write`, replace RESULTS.md's `## title` section with the paragraphs 2 to 4 of the
    benchmark's docstring `doc`, the table, the `reading` of its failures and the command that wrote it."""
    print(table)
    if write:
        replace_section(title, "\n\n".join([*doc.split("\n\n")[1:4], table, reading,
                                             f"`.venv/bin/python benchmarks/{script} --write`"]))

