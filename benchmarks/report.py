"""Report: `policy-archive report` on the development archive (the dev WARC imported), its time and size.

Baselines, same archive and run: `policy-archive --version` (the process start-up floor) and `export
--format csv --all-versions` (one full read of every version). Targets (issue 22): under 10 s, under 5 MB.
With `--screenshots DIR` (standalone only) the report and the browser view's /charts, /search and a /diff
page are photographed in Chromium, and the dev data's largest real section-level changes are printed.

    .venv/bin/python benchmarks/report.py [--quick] [--screenshots benchmarks/screenshots]
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import CLI, Context, Row, median, run_measured

MAX_S = 10.0
MAX_BYTES = 5_000_000
RUNS = 3


def _archive(ctx: Context) -> Path:
    db = ctx.shared.get("report_db") or ctx.work / "report-dev.db"
    if not Path(db).exists():
        subprocess.run([CLI, "--db", str(db), "import-warc", str(ctx.warc)], check=True, capture_output=True)
    ctx.shared["report_db"] = db
    return Path(db)


CPU: list[float] = []  # CPU seconds of the report runs: what the machine's load does not inflate


def _timed(cmd: list[str]) -> float:
    m = run_measured(cmd)
    if m.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {m.stderr[-500:]}")
    if "report" in cmd:
        CPU.append(m.cpu_seconds)
    return m.seconds


def main(ctx: Context) -> list[Row]:
    db = _archive(ctx)
    out = ctx.work / "report.html"
    report, floor, export = [], [], []
    for _ in range(RUNS):  # interleaved, so the machine's load weighs on each alike
        floor.append(_timed([CLI, "--version"]))
        export.append(_timed([CLI, "--db", str(db), "export", "--format", "csv", "-o", str(ctx.work / "all.csv")]))
        report.append(_timed([CLI, "--db", str(db), "report", "-o", str(out)]))
    t, f, e = median(report), median(floor), median(export)
    size = out.stat().st_size
    versions = subprocess.run([CLI, "--db", str(db), "status", "--json"], capture_output=True, text=True, check=True)
    import json
    n = json.loads(versions.stdout)["versions"]
    return [
        Row("report, whole archive (median of 3)", f"{t:.2f} s", f"start-up {f:.2f} s; csv export {e:.2f} s",
            f"{t / e:.1f}x the csv export", f"< {MAX_S:.0f} s", t < MAX_S, f"{n} versions; matplotlib SVG; CPU {median(CPU):.1f} s"),
        Row("report size", f"{size / 1e6:.2f} MB", "", "", f"< {MAX_BYTES / 1e6:.0f} MB", size < MAX_BYTES,
            "one file: inline SVG, no scripts"),
    ]


def screenshots(db: Path, html: Path, folder: Path) -> list[Path]:
    """The report and the view's new pages, photographed in Chromium (Debian's, headless)."""
    import socket
    import sqlite3

    from playwright.sync_api import sync_playwright

    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db)
    old_id, new_id = conn.execute(
        "SELECT p.id, v.id FROM changes c JOIN versions v ON v.id = c.version_id JOIN versions p ON "
        "p.id = c.previous_version_id WHERE c.kind = 'edit' AND c.sections_changed BETWEEN 1 AND 3 "
        "ORDER BY c.words_added + c.words_removed DESC LIMIT 1").fetchone()
    conn.close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([CLI, "--db", str(db), "serve", "--port", str(port)], stderr=subprocess.PIPE, text=True)
    shots = []
    try:
        for line in proc.stderr:
            if "Uvicorn running" in line:
                break
        base = f"http://127.0.0.1:{port}"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                        args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            for name, url in [("report-dev.png", html.resolve().as_uri()), ("view-charts-dev.png", base + "/charts"),
                              ("view-search-dev.png", base + "/search?q=biometrics+OR+facial"),
                              ("view-diff-dev.png", f"{base}/diff/{old_id}/{new_id}")]:
                page.goto(url)
                page.screenshot(path=str(folder / name), full_page=name in ("view-charts-dev.png", "view-search-dev.png"))
                shots.append(folder / name)
            browser.close()
    finally:
        proc.terminate()
        proc.wait()
    return shots


if __name__ == "__main__":
    import argparse
    import tempfile

    from benchmarks.common import find_dev_warc, warc_subset
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--db", help="use this archive instead of importing the dev WARC")
    ap.add_argument("--screenshots", metavar="DIR")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="policy-archive-report-"))
    full = find_dev_warc()
    warc = warc_subset(full, work / "dev-40.warc.gz", 40) if args.quick else full
    ctx = Context(quick=args.quick, work=work, warc=warc, full_warc=full, crawl_sites=0, lookup_docs=0,
                  lookup_versions=0, lookup_samples=0, shared={"report_db": args.db} if args.db else {})
    started = time.monotonic()
    for row in main(ctx):
        print(f"{row.metric}: {row.value} (baseline {row.baseline or '-'}; {row.ratio or '-'}; target {row.target}, "
              f"met: {row.ok}) {row.note}")
    if args.screenshots:
        for path in screenshots(Path(ctx.shared["report_db"]), work / "report.html", Path(args.screenshots)):
            print("screenshot:", path)
