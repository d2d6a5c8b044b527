"""A maintenance page served with 200 where the policy was ends nothing, as a one-off 503 does not.

A fresh user's trial: a whole site served a "we are under maintenance" page with status 200 for a week. The
known policy URL, refused as not a policy, was marked `moved` (to nowhere: `sites` said "(moved: 1)"), the
crawl ran discovery over eleven maintenance pages, its closing table said "none — no page read as a privacy
policy", and `runs` recorded the company as an error. A page that is not the policy at an address that held
it is the site's trouble for now, as a 503 is: the address is kept, its checks back off, and discovery looks
elsewhere only once the refusal persists (the document `failing`). Real local HTTP servers, a real crawl in
a child process, real SQLite, under a simulated clock.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

from archive import Capture, open_archive, record, schedule
from conftest import URL, at, policy_html as archived_policy
from crawler.demo import crawl_subprocess
from crawler.demo.web import Page, generate_sites, html_page, write_seeds

FAST = ("-s", "AUTOTHROTTLE_START_DELAY=0.1", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=0", "--no-progress")
MAINTENANCE = html_page("Under maintenance", "<main><h1>We are under maintenance</h1><p>Our service is undergoing "
                        "scheduled maintenance to improve your experience. We will be back soon. We apologise for "
                        "the inconvenience.</p></main>").encode()


def day(n: int) -> str:
    return f"2025-03-{1 + n:02d}T09:00:00Z"


def test_a_maintenance_page_where_the_policy_was_is_a_failure_for_now_not_a_move(tmp_path):
    web = generate_sites(1, kinds=["footer-en"]).start()
    try:
        site = next(iter(web.sites.values()))
        policy_url = site.url("/privacy-policy")
        seeds, db = write_seeds(web, tmp_path / "seeds.txt"), tmp_path / "archive.db"

        def crawl(n: int):
            out = crawl_subprocess(str(db), str(seeds), web, *FAST, capture=True,
                                   env={"COLUMNS": "250", "POLICY_ARCHIVE_NOW": day(n)})
            assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
            return out

        def asked(since: int) -> list[str]:
            return [r["path"] for r in web.log[since:] if r["host"] == site.host and r["path"] != "/robots.txt"]

        def cli(*args: str, n: int):
            env = {**os.environ, "POLICY_ARCHIVE_NOW": day(n)}
            out = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(db), *args], env=env,
                                 capture_output=True, text=True, timeout=60)
            assert out.returncode == 0, out.stderr
            return out.stdout

        crawl(0)
        pages = site.pages
        site.pages, site.fallback = {}, Page(MAINTENANCE)  # the whole site: the CDN's maintenance page, with 200
        split = len(web.log)
        out = crawl(7)
        assert asked(split) == ["/privacy-policy"]  # no homepage, no discovery over maintenance pages
        row = next(line for line in out.stdout.splitlines() if site.host in line)
        assert "/privacy-policy" in row and "not_a_policy" in row and "none" not in row, out.stdout
        listed = json.loads(cli("sites", "--json", n=7))
        assert [(r["url"], r["state"]) for r in listed] == [(policy_url, "active")], listed
        assert "moved" not in cli("sites", n=7)
        archive = open_archive(db, readonly=True)
        assert json.loads(archive.execute("SELECT errors FROM runs ORDER BY id DESC").fetchone()[0]) == []
        archive.close()

        site.pages, site.fallback = pages, None  # back: the same address, the same history
        split = len(web.log)
        crawl(14)
        assert asked(split) == ["/privacy-policy"]
        archive = open_archive(db, readonly=True)
        assert archive.execute("SELECT url, state, failures FROM documents").fetchall() == [(policy_url, "active", 0)]
        assert [r[0] for r in archive.execute("SELECT outcome FROM captures ORDER BY id")] == [
            "new_version", "rejected", "unchanged"]
        archive.close()

        # a refusal that persists: once the address's checks are `failing` (4 in a row), discovery looks again
        site.pages, site.fallback = {}, Page(MAINTENANCE)
        for n in (21, 22, 23, 24):
            split = len(web.log)
            crawl(n)
            assert asked(split) == ["/privacy-policy"], n
        archive = open_archive(db, readonly=True)
        assert archive.execute("SELECT state FROM documents").fetchone()[0] == "failing"
        archive.close()
        split = len(web.log)
        crawl(25)
        assert "/" in asked(split)
        archive = open_archive(db, readonly=True)  # found nowhere else: kept, failing, not moved to nowhere
        assert archive.execute("SELECT state, moved_to FROM documents").fetchall() == [("failing", None)]
        archive.close()
    finally:
        web.stop()


def test_the_schedule_moves_only_an_address_that_never_held_the_policy(db_path, monkeypatch):
    """`record_check`: a page that is not the policy where a version was is a failed check (`active`, then
    `failing`), as a 503 is; at an address that never held one (nothing to keep), it is `moved`, as before."""
    monkeypatch.setenv("POLICY_ARCHIVE_NOW", "2024-02-01T00:00:00Z")
    db = open_archive(db_path)
    record(db, Capture(url=URL, fetched_at=at(0), status=200, body=archived_policy(), site="example.com"))
    for n in range(1, 5):
        out = record(db, Capture(url=URL, fetched_at=at(n), status=200, body=MAINTENANCE, site="example.com"))
        assert out.reason == "not_a_policy"
        check = schedule.record_check(db, URL, out.status, out.reason, now=at(n))
        assert (check.state, check.failures) == ("active" if n < 4 else "failing", n)
    other = "https://www.example.com/legal/privacy"
    out = record(db, Capture(url=other, fetched_at=at(5), status=200, body=MAINTENANCE, site="example.com"))
    assert schedule.record_check(db, other, out.status, out.reason, now=at(5)).state == "moved"
    db.close()
