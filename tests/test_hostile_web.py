"""A hostile web (tests/hostile_web.py) crawled for real: redirect loops, servers that trickle or never
answer, huge bodies, gzip bombs, binary as HTML, wrong encodings, traps, soft 404s, challenges, shells,
a policy that shrinks to a stub. No crash, no hang beyond the configured limits, no version made of any
of them, and every capture says why it was rejected.

Two crawls in child processes (real sockets, through the fixture web's proxy) with small limits, then a
third without --allow-private for the redirects that must be refused.

Known to fail until extraction (archive/extract, owned elsewhere) is fixed — the report of issue 8 gives the
patch: a rich soft 404 and a 200 maintenance page become versions (pinned, and as what a known policy
turns into), a utf-8 page with a windows-1252 phrase and a windows-1252 page labelled utf-8 are stored
garbled, and a UTF-16 policy is rejected as binary.
"""
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass

import pytest

from archive import host_of, open_archive
from crawler.demo import crawl_subprocess
from hostile_web import HostileWeb, _site, apply_later, hostile_web, seeds_for
from crawler.demo.web import Page
from crawler.spiders.policies import MAX_REQUESTS_PER_SITE

TIMEOUT = 3  # DOWNLOAD_TIMEOUT
RETRIES = 1  # RETRY_TIMES
BACKOFF = 0.2  # RETRY_BACKOFF_BASE
MAXSIZE = 3_000_000  # DOWNLOAD_MAXSIZE: above a bomb's wire size, far below its inflated size
BOMB = 2 << 30  # bytes a gzip bomb inflates to
LIMITS = ["-s", f"DOWNLOAD_TIMEOUT={TIMEOUT}", "-s", f"RETRY_TIMES={RETRIES}", "-s", f"RETRY_BACKOFF_BASE={BACKOFF}",
          "-s", f"DOWNLOAD_MAXSIZE={MAXSIZE}", "-s", "DOWNLOAD_WARNSIZE=0", "-s", "RETRY_AFTER_MAX=5",
          "-s", "REDIRECT_MAX_TIMES=5", "-s", "AUTOTHROTTLE_START_DELAY=0.1", "-s", "DOWNLOAD_DELAY=0",
          "--no-progress", "--browser", "never"]  # the plain fetcher's limits; the browser's: tests/test_browser.py
STARTUP = 15.0  # a crawl process's own start and finish (Python, Scrapy, the archive), on a busy machine
WIDE = {"COLUMNS": "250"}


@dataclass
class Run:
    web: HostileWeb
    cases: dict
    db: object
    first: subprocess.CompletedProcess
    second: subprocess.CompletedProcess
    walls: tuple
    max_rss_mb: float


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    web, cases = hostile_web(BOMB)
    web.start()
    try:
        seeds = tmp / "seeds.txt"
        seeds.write_text(seeds_for(cases))
        later = tmp / "later.txt"
        later.write_text(seeds_for([c for c in cases if c.later is not None]))
        db = tmp / "a.db"
        t0 = time.monotonic()
        first = crawl_subprocess(str(db), str(seeds), web, *LIMITS, capture=True, env=WIDE, timeout=240)
        t1 = time.monotonic()
        assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
        apply_later(cases)
        second = crawl_subprocess(str(db), str(later), web, *LIMITS, capture=True, env=WIDE, timeout=240)
        t2 = time.monotonic()
        assert second.returncode == 0, second.stdout[-3000:] + second.stderr[-3000:]
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        yield Run(web, {c.name: c for c in cases}, db, first, second, (t1 - t0, t2 - t1), rss)
    finally:
        web.stop()


def captures_of(run, case):
    db = open_archive(run.db, readonly=True)
    return [dict(r) for r in db.query(
        "SELECT c.url, c.status, c.outcome, c.reason, c.version_id FROM captures c JOIN documents d "
        "ON d.id = c.document_id JOIN sites s ON s.id = d.site_id WHERE s.key = ? ORDER BY c.fetched_at, c.id",
        [host_of(case.site.homepage)])]


def versions_of(run, case):
    db = open_archive(run.db, readonly=True)
    return [dict(r) for r in db.query(
        "SELECT v.number, v.text FROM versions v JOIN documents d ON d.id = v.document_id JOIN sites s "
        "ON s.id = d.site_id WHERE s.key = ? ORDER BY v.number", [host_of(case.site.homepage)])]


PINNED = ["redirect-loop", "redirect-chain", "redirect-self", "redirect-file", "never-answers", "trickle",
          "slow-headers", "retry-after-hour", "huge-declared", "huge-chunked", "gzip-bomb", "deflate-bomb",
          "length-too-long", "length-too-short", "png-as-html", "noise-as-html", "gzip-as-html", "octet-stream",
          "empty-200", "soft-404", "rich-soft-404", "error-200", "maintenance-200", "challenge-cf",
          "challenge-403", "checking-browser", "js-shell"]


@pytest.mark.parametrize("name", PINNED)
def test_hostile_page_makes_no_version_and_its_reason_is_recorded(run, name):
    case = run.cases[name]
    caps = captures_of(run, case)
    # one capture, under the URL asked for (not a redirect's target), rejected with the expected reason
    assert [(c["url"], c["outcome"]) for c in caps] == [(case.pinned, "rejected")], caps
    reason = caps[0]["reason"] or ""
    assert reason.startswith(case.reasons), (reason, case.reasons)
    assert caps[0]["version_id"] is None and versions_of(run, case) == []


SECOND = ["shrinks-to-stub", "shrinks-to-summary", "turns-soft-404", "turns-rich-404", "turns-maintenance",
          "turns-challenge", "turns-js-shell", "turns-png", "turns-empty"]


@pytest.mark.parametrize("name", SECOND)
def test_a_policy_that_turns_into_something_else_keeps_its_one_version(run, name):
    case = run.cases[name]
    caps = [c for c in captures_of(run, case) if c["url"] == case.site.url("/privacy")]
    assert [c["outcome"] for c in caps] == ["new_version", "rejected"], caps
    assert (caps[1]["reason"] or "").startswith(case.reasons), (caps[1]["reason"], case.reasons)
    versions = versions_of(run, case)
    assert [v["number"] for v in versions] == [1] and "personal data" in versions[0]["text"]


ENCODINGS = ["latin1-as-utf8", "utf8-as-latin1", "mixed-encoding", "bogus-charset", "utf16-policy",
             "robots-never-answers"]


@pytest.mark.parametrize("name", ENCODINGS)
def test_a_real_policy_behind_bad_labels_is_archived_and_reads_right(run, name):
    case = run.cases[name]
    versions = versions_of(run, case)
    assert len(versions) == 1, captures_of(run, case)
    text = versions[0]["text"]
    assert "\ufffd" not in text
    for phrase in case.must_read:
        assert phrase in text, (phrase, text[text.find("Besan") - 120:text.find("Besan") + 40])


def test_no_crash_and_no_version_from_any_hostile_page(run):
    for result in (run.first, run.second):
        assert "Traceback" not in result.stderr and "Unhandled error" not in result.stderr, result.stderr[-3000:]
    db = open_archive(run.db, readonly=True)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    hostile = {host_of(c.site.homepage) for c in run.cases.values() if not c.version_ok}
    # each hostile site has at most the version of the real policy it served before turning hostile
    made = dict(db.execute("SELECT s.key, count(v.id) FROM sites s JOIN documents d ON d.site_id = s.id "
                           "JOIN versions v ON v.document_id = d.id GROUP BY s.key").fetchall())
    later = {host_of(c.site.homepage) for c in run.cases.values() if c.later is not None}
    assert {k: n for k, n in made.items() if k in hostile and n > (1 if k in later else 0)} == {}
    assert len(hostile) >= 35


def test_no_hang_beyond_the_configured_limits(run):
    # every site's work is one robots.txt and one page, each at worst (RETRIES + 1) timeouts and a backoff;
    # sites run side by side, so the crawl is bounded by the slowest site, not by their sum
    worst_site = 2 * ((RETRIES + 1) * TIMEOUT + BACKOFF)
    first, second = run.walls
    assert first < STARTUP + worst_site + 5, run.walls
    assert second < STARTUP + MAX_REQUESTS_PER_SITE * 1.0, run.walls
    # each request that got no answer was dropped when DOWNLOAD_TIMEOUT said, then retried RETRY_TIMES times
    for name, path in [("never-answers", "/privacy"), ("trickle", "/privacy"), ("slow-headers", "/privacy"),
                       ("robots-never-answers", "/robots.txt")]:
        hits = run.web.requests_to(run.cases[name].site.host, path)
        assert len(hits) == RETRIES + 1, (name, hits)
        for h in hits:
            assert h["closed"] is not None, (name, h)
            held = h["closed"] - h["t0"]
            assert TIMEOUT - 0.3 <= held <= TIMEOUT + 2.0, (name, held)


def test_size_limits_hold_on_the_wire_and_after_decompression(run):
    declared = run.web.requests_to("www.huge-declared.test", "/privacy")
    assert declared and all(h["closed"] - h["t0"] < TIMEOUT - 1 for h in declared)  # refused on the header
    chunked = run.web.requests_to("www.huge-chunked.test", "/privacy")
    assert chunked and all(h["sent"] < 4 * MAXSIZE for h in chunked)  # cut soon after DOWNLOAD_MAXSIZE
    for name in ("gzip-bomb", "deflate-bomb"):
        hits = run.web.requests_to(f"www.{name}.test", "/privacy")
        # the bomb was fetched whole (its wire size is under the limit) and refused while inflating
        assert hits and all(h["sent"] < MAXSIZE for h in hits)
        reason = captures_of(run, run.cases[name])[0]["reason"]
        assert "DOWNLOAD_MAXSIZE" in reason and "decompression" in reason, reason
    assert run.max_rss_mb < 1024  # 2 GiB bombs, twice, and the crawler never held more than a fraction


def test_crawler_trap_stays_within_the_per_site_request_cap(run):
    case = run.cases["calendar-trap"]
    hits = run.web.requests_to(case.site.host)
    pages = [h for h in hits if h["path"] != "/robots.txt"]
    assert len(pages) <= MAX_REQUESTS_PER_SITE, len(pages)
    assert len(hits) - len(pages) <= RETRIES + 1  # robots.txt once (plus retries)
    assert len({h["path"] for h in pages}) >= 10  # it did walk into the trap: session ids, calendar months
    assert captures_of(run, case) == [] and versions_of(run, case) == []
    line = next(l for l in run.first.stdout.splitlines() if host_of(case.site.homepage) in l)
    assert "none" in line and "no page read as a privacy policy" in line, line


def test_redirects_to_local_names_are_refused_without_allow_private(tmp_path):
    web = HostileWeb([]).start()
    try:
        port = web.port
        targets = {
            "to-localhost-dot": f"http://localhost.:{port}/privacy",
            "to-sub-localhost": f"http://admin.localhost:{port}/privacy",
            "to-int-ip": f"http://2130706433:{port}/privacy",
            "to-mapped-v6": f"http://[::ffff:127.0.0.1]:{port}/privacy",
            "to-metadata": "http://169.254.169.254/latest/meta-data/",
        }
        lines = []
        for name, location in targets.items():
            site = _site(f"www.{name}.test", name)
            site.pages["/privacy"] = Page(status=302, location=location)
            web.add(site)
            lines.append(f"http://www.{name}.test/  {name}  http://www.{name}.test/privacy\n")
        refresh = _site("www.meta-refresh.test", "Meta Refresh")
        refresh.pages["/privacy"] = Page(f'<html><head><meta http-equiv="refresh" content="0; url=http://127.0.0.1:'
                                         f'{port}/privacy"></head><body>Moved.</body></html>'.encode())
        web.add(refresh)
        lines.append("http://www.meta-refresh.test/  Meta Refresh  http://www.meta-refresh.test/privacy\n")
        seeds = tmp_path / "seeds.txt"
        seeds.write_text("".join(lines))
        db = tmp_path / "a.db"
        result = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(db), "crawl", *LIMITS, str(seeds)],
                                capture_output=True, text=True, timeout=120,
                                env={**os.environ, **WIDE, "http_proxy": web.proxy_url, "no_proxy": ""})
        assert result.returncode == 0, result.stderr[-2000:]
        assert [r["host"] for r in web.log if not r["host"].endswith(".test")] == []  # nothing local reached
        rows = open_archive(db, readonly=True).execute("SELECT url, status, reason FROM captures").fetchall()
        assert sorted(u for u, _, _ in rows) == sorted(l.split()[-1] for l in lines)  # the URLs asked for
        for url, status, reason in rows:
            assert status == 0 and reason.startswith("refused http://"), (url, reason)
        assert {u for u, _, r in rows if "a loopback" in r} == \
            {f"http://www.{n}.test/privacy" for n in ("to-localhost-dot", "to-sub-localhost", "to-int-ip",
                                                      "to-mapped-v6", "meta-refresh")}
    finally:
        web.stop()

