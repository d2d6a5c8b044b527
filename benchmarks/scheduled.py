"""Scheduled crawls: a month of daily `crawl --due` of the offline demo web, on a simulated clock.

The demo web (crawler/demo: five companies built from the seed policies, with legal hubs, sitemaps and
decoys) is crawled once a day for 30 simulated days (`POLICY_ARCHIVE_NOW`), with two real edits of one
policy (days 6 and 18). Requests are counted by the server. Baselines, measured in the same run on the
same web: a daily full crawl that rediscovers and fetches everything (`crawl --rediscover`, what a
tracker without state does), and a daily plain `crawl` (known URLs, conditional requests, no schedule).
Each baseline day is measured once and counted 30 times (every day of it is the same).

    .venv/bin/python benchmarks/scheduled.py [--quick]
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Context, Row

START = dt.datetime(2025, 1, 1, 6, tzinfo=dt.timezone.utc)
EDITS = {6: "www.laiye.test", 18: "www.laiye.test"}


def _crawl(web, db: Path, seeds: Path, day: int, *extra: str) -> int:
    from crawler.demo import crawl_subprocess

    now = (START + dt.timedelta(days=day)).strftime("%Y-%m-%dT%H:%M:%SZ")
    before = len(web.log)
    result = crawl_subprocess(str(db), str(seeds), web, "--no-progress", "--log-level", "ERROR", *extra,
                              capture=True, env={"POLICY_ARCHIVE_NOW": now})
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    return len(web.log) - before


def _edit(web, host: str, day: int) -> None:
    site = web.sites[host]
    path = urlsplit(site.expected).path  # the policy itself (not the blog post about privacy)
    body = site.pages[path].body.replace(b"</article>", f"<p>Amendment of day {day}: we keep logs for "
                                                       f"{day} months.</p></article>".encode())
    web.edit(host, path, body)


def simulate(days: int = 30) -> dict:
    from archive import open_archive
    from crawler.demo import demo_web
    from crawler.demo.web import write_seeds

    web = demo_web().start()
    tmp = Path(tempfile.mkdtemp(prefix="scheduled-"))
    try:
        seeds = write_seeds(web, tmp / "seeds.txt")
        full = _crawl(web, tmp / "full.db", seeds, 0, "--rediscover")
        plain = _crawl(web, tmp / "full.db", seeds, 1)  # a plain recrawl of known URLs
        due_db = tmp / "due.db"
        per_day = []
        for day in range(days):
            if day in EDITS:
                _edit(web, EDITS[day], day)
            per_day.append(_crawl(web, due_db, seeds, day, "--due"))
        db = open_archive(due_db, readonly=True)
        versions = db.execute("SELECT count(*) FROM versions").fetchone()[0]
        runs = db.execute("SELECT count(*) FROM runs WHERE counts != '{\"sites\": 0}'").fetchone()[0]
        return {"days": days, "full": full, "plain": plain, "due": per_day, "versions": versions,
                "crawling_days": runs, "companies": len(web.sites)}
    finally:
        web.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def main(ctx: Context) -> list[Row]:
    r = simulate(10 if ctx.quick else 30)
    days, due = r["days"], sum(r["due"])
    full, plain = r["full"] * days, r["plain"] * days
    return [
        Row(f"requests in {days} days, daily `crawl --due` ({r['companies']} companies)", f"{due}",
            f"{full} (daily full crawl with rediscovery)", f"{full / max(due, 1):.1f}x fewer", "fewer", due < full,
            f"days with any fetch: {r['crawling_days']} of {days}; per day: {' '.join(map(str, r['due']))}"),
        Row(f"requests in {days} days vs daily plain `crawl`", f"{due}", f"{plain} (daily known-URL recrawl)",
            f"{plain / max(due, 1):.1f}x fewer", "", None, ""),
        Row("versions recorded (2 real edits of one policy)", f"{r['versions']}", f"{r['companies']} + 2 expected",
            "", f"= {r['companies'] + 2}", r["versions"] == r["companies"] + 2, ""),
    ]


if __name__ == "__main__":
    quick = "--quick" in sys.argv
    ctx = Context(quick=quick, work=Path(tempfile.mkdtemp()), warc=Path(), full_warc=Path(), crawl_sites=0,
                  lookup_docs=0, lookup_versions=0, lookup_samples=0)
    for row in main(ctx):
        print(f"{row.metric}: {row.value} | baseline {row.baseline} | {row.ratio} | {row.note}")
