"""Crawl: a generated web of 1,000 company sites on 127.0.0.1, crawled twice with nothing changed between.

The fixture web and its scoring are the crawler's own (crawler/demo/web.py `generate_sites`, one
threaded HTTP server acting as a proxy for every `.test` host; crawler/demo/bench.py `timed_crawl` and
`score`); each crawl is `policy-archive crawl --allow-private` in its own process with the project's
default settings (politeness included: at most 2 requests per host, AutoThrottle). Baseline of the
second crawl: the first one, same run. The second crawl asks only the known policy URLs, with
If-None-Match / If-Modified-Since, so an unchanged page costs a 304 and no extraction; a policy URL that
answered with a 301 is asked at its target (the 302 after it is still followed). Both are run three
times and their medians count (three first crawls into three fresh archives, then one recrawl of each):
on a shared 2-core machine back-to-back runs of the same crawl differ by 20%, and the ratio moves with
either side. The recrawls come minutes after the first crawls, so robots.txt is the kept copy; one more is
told to keep none (ROBOTSTXT_KEEP_SECS=0), as a recrawl more than a day later would, and asks every host
for it again.

    .venv/bin/python benchmarks/crawl.py [--quick | --crawl-sites N]
"""
from __future__ import annotations

import collections
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Context, Row

MIN_SPEEDUP = 5.0
RUNS = 3  # first crawls (each into a fresh archive) and recrawls (one on each of those archives)


def main(ctx: Context) -> list[Row]:
    from crawler.demo.bench import score, timed_crawl
    from crawler.demo.web import generate_sites, write_seeds

    web = generate_sites(ctx.crawl_sites).start()
    dbs = [ctx.work / f"crawl-{i}.db" for i in range(RUNS)]
    for db in dbs:
        for suffix in ("", "-wal", "-shm", ".robots.sqlite", ".robots.sqlite-wal", ".robots.sqlite-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    seeds = write_seeds(web, ctx.work / "crawl-seeds.txt")
    # --quick only checks the benchmark runs: no politeness delays (figures from it are not to be quoted)
    extra = ["--log-level", "ERROR"] + (["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0"] if ctx.quick else [])
    try:
        n0 = len(web.log)
        firsts = [timed_crawl(web, dbs[0], seeds, extra)]
        n1 = len(web.log)
        found = score(web, dbs[0])
        firsts += [timed_crawl(web, db, seeds, extra) for db in dbs[1:]]
        n2 = len(web.log)
        seconds = [timed_crawl(web, dbs[0], seeds, extra)]
        n3 = len(web.log)
        statuses = collections.Counter(r["status"] for r in web.log[n2:n3])
        pole = longest_host(web.log[n2:n3])
        first_statuses = collections.Counter(r["status"] for r in web.log[n0:n1])
        after = score(web, dbs[0])
        seconds += [timed_crawl(web, db, seeds, extra) for db in dbs[1:]]
        n4 = len(web.log)
        later = timed_crawl(web, dbs[0], seeds, extra + ["-s", "ROBOTSTXT_KEEP_SECS=0"])
        later_robots = sum(r["path"] == "/robots.txt" for r in web.log[n4:])
    finally:
        web.stop()
    first, median = (sorted(runs, key=lambda r: r["process_seconds"])[len(runs) // 2] for runs in (firsts, seconds))
    t1, t2 = first["process_seconds"], median["process_seconds"]
    speedup = t1 / t2 if t2 else float("inf")
    cpu1, cpu2 = first["cpu_seconds"], median["cpu_seconds"]
    sites = found["sites"]
    return [
        Row(f"first crawl of {sites} sites: pages per second (whole process, median of {RUNS})",
            f"{first['pages_per_second_process']:.1f} pages/s",
            note=f"runs {_walls(firsts)} s; {first['pages']} requests in {t1:.1f} s ({first['pages_per_second_crawl']} "
                 f"pages/s from first to "
                 f"last request); statuses {dict(first_statuses)}; right policy by the right rule "
                 f"{found['right_policy_and_rule']}/{sites}, right policy by another rule "
                 f"{found['right_policy_other_rule']}, wrong or missing {found['wrong_or_missing']}, decoys archived "
                 f"{found['decoys_archived']}"),
        Row(f"second crawl, nothing changed: wall time (median of {RUNS})",
            f"{t2:.1f} s ({median['pages']} requests)",
            f"{t1:.1f} s (first crawl, median, {first['pages']} requests)", f"{speedup:.1f}x faster", f">= {MIN_SPEEDUP:.0f}x",
            speedup >= MIN_SPEEDUP, f"runs {_walls(seconds)} s; "
            f"statuses of the second crawl {dict(statuses)}; "
            f"capture outcomes after the first crawl {found['capture_outcomes']}, after both "
            f"{after['capture_outcomes']}; versions {found['versions']} then {after['versions']}; the busiest host, "
            f"{pole['host']}, got {pole['requests']} requests spread over {pole['span']:.1f} s by the per-host delay, "
            f"while all the others were answered {pole['others_done']:.1f} s after the first request"),
        Row("recrawl with nothing changed but robots.txt asked again (as a day later): wall time",
            f"{later['process_seconds']:.1f} s ({later['pages']} requests)", f"{t1:.1f} s (first crawl)",
            f"{t1 / later['process_seconds']:.1f}x faster", note=f"{later_robots} of its requests are robots.txt"),
        Row("CPU time of the crawl (its process and extraction processes)", f"{cpu2:.1f} s (second crawl)",
            f"{cpu1:.1f} s (first crawl)", f"{cpu1 / cpu2:.1f}x less" if cpu2 else "",
            note="less sensitive than wall time to other work on the machine"),
    ]


def _walls(runs: list[dict]) -> str:
    return " / ".join(f"{r['process_seconds']:.1f}" for r in runs)


def longest_host(log: list[dict]) -> dict:
    """The host whose requests span the longest time (politeness spaces them), from the server's own log:
    what bounds a recrawl's wall time once every other host is done."""
    by_host = collections.defaultdict(list)
    for r in log:
        by_host[r["host"]].append(r)
    start = min(r["t0"] for r in log)
    host, reqs = max(by_host.items(), key=lambda kv: max(r["t"] for r in kv[1]) - min(r["t0"] for r in kv[1]))
    others = [r["t"] for h, rs in by_host.items() if h != host for r in rs]
    return {"host": host, "requests": len(reqs), "span": max(r["t"] for r in reqs) - min(r["t0"] for r in reqs),
            "others_done": (max(others) - start) if others else 0.0}


if __name__ == "__main__":
    from benchmarks.run import standalone
    standalone("crawl")
