"""Crawl N generated company sites on the local web and score discovery and speed.

    python -m crawler.demo.bench --sites 200 [--db bench.db] [-s NAME=VALUE ...]

Prints: sites whose right policy was archived by the right rule, decoys archived (must be 0), pages
fetched, wall seconds and pages per second (first to last request seen by the server, and the whole
process including start-up), for a first crawl and for a second (incremental, 304) crawl.
"""
from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from archive import host_of, open_archive

from . import crawl_subprocess
from .web import generate_sites, write_seeds


def score(web, db_path) -> dict:
    db = open_archive(db_path, readonly=True)
    docs = {r["key"]: (r["url"], r["found_by"]) for r in db.query(
        "SELECT s.key, d.url, d.found_by FROM documents d JOIN sites s ON s.id = d.site_id")}
    right = wrong_rule = wrong = 0
    misses = []
    for site in web.sites.values():
        got = docs.get(host_of(site.homepage), (None, None))
        if got == (site.expected, site.expected_rule):
            right += 1
        elif got[0] == site.expected:
            wrong_rule += 1
        else:
            wrong += 1
            misses.append((site.kind, site.expected, got[0]))
    decoys = {u for s in web.sites.values() for u in s.decoys}
    captured = {r["url"] for r in db.query("SELECT url FROM captures")}
    versions = db.execute("SELECT count(*) FROM versions").fetchone()[0]
    outcomes = dict(db.execute("SELECT outcome, count(*) FROM captures GROUP BY outcome").fetchall())
    db.close()
    return {"sites": len(web.sites), "right_policy_and_rule": right, "right_policy_other_rule": wrong_rule,
            "wrong_or_missing": wrong, "decoys_archived": len(captured & decoys), "versions": versions,
            "capture_outcomes": outcomes, "misses": misses[:10]}


def timed_crawl(web, db, seeds, overrides) -> dict:
    start = len(web.log)
    t0, cpu0 = time.monotonic(), _children_cpu()
    result = crawl_subprocess(str(db), str(seeds), web, "--no-progress", *overrides, capture=True)
    wall = time.monotonic() - t0
    if result.returncode != 0:
        raise SystemExit(result.stderr[-3000:])
    log = web.log[start:]
    span = (log[-1]["t"] - log[0]["t0"]) if log else 0.0
    return {"pages": len(log), "process_seconds": round(wall, 2), "crawl_seconds": round(span, 2),
            "cpu_seconds": round(_children_cpu() - cpu0, 2),
            "pages_per_second_crawl": round(len(log) / span, 1) if span else None,
            "pages_per_second_process": round(len(log) / wall, 1)}


def _children_cpu() -> float:
    """User + system CPU of this process's finished children: the crawl and its extraction processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sites", type=int, default=200)
    ap.add_argument("--db", help="archive to write (default: a temporary file)")
    ap.add_argument("-s", "--set", dest="overrides", action="append", default=[], metavar="NAME=VALUE")
    args = ap.parse_args(argv)
    overrides = [x for kv in args.overrides for x in ("-s", kv)]
    web = generate_sites(args.sites).start()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "bench.db"
        seeds = write_seeds(web, Path(tmp) / "seeds.txt")
        try:
            first = timed_crawl(web, db, seeds, overrides)
            found = score(web, db)
            second = timed_crawl(web, db, seeds, overrides)
        finally:
            web.stop()
        print(json.dumps({"first_crawl": first, "discovery": found, "second_crawl": second}, indent=2,
                         ensure_ascii=False))


if __name__ == "__main__":
    main()
