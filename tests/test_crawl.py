"""End-to-end crawls of a local web of company sites (real HTTP server, real sockets, real SQLite).

One crawl of two sites of every kind (multilingual footers, rel=privacy-policy, legal hubs, sitemaps,
common paths, redirects, PDF, hosted policies, decoys, robots.txt, 429 + Retry-After, GBK / Big5 /
Shift_JIS...), then a second crawl of the same web (conditional GET, 304 = unchanged). Crawls run in a
child process: Scrapy's reactor starts once per process. The archive is checked through the library.
"""
import datetime as dt
import json
import os
import re
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import psutil
import pytest

from archive import host_of, open_archive
from archive.lookup import RELINK_DAYS
from conftest import wait_for_output
from crawler.demo import crawl_subprocess
from crawler.demo.web import KINDS, FixtureWeb, Page, Site, generate_sites, policy_html, write_seeds
from crawler.cli import REPORT_EVERY_SITE
from crawler.middlewares import retry_after_seconds

ROOT = Path(__file__).resolve().parent.parent
CONTACT = "https://example.org/crawler-contact"
WIDE = {"COLUMNS": "250"}
# Tests do not test AutoThrottle's start-up pace (the demo test runs the defaults): start fast.
FAST = ("-s", "AUTOTHROTTLE_START_DELAY=0.1", "-s", "DOWNLOAD_DELAY=0")


@dataclass
class Run:
    web: object
    db: Path
    first: subprocess.CompletedProcess
    second: subprocess.CompletedProcess
    split: int  # index in web.log where the second crawl starts
    pinned: Site


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("crawl")
    web = generate_sites(2 * len(KINDS))
    pinned = Site(host="www.pinned.test", name="Pinned Co", kind="pinned")
    pinned.pages["/"] = Page(b"<html><body><h1>Pinned</h1></body></html>")
    pinned.pages["/legal/notice-2024"] = Page(policy_html("en", "Pinned Co").encode())
    web.add(pinned)
    web.start()
    try:
        seeds = write_seeds(web, tmp / "seeds.txt")
        lines = [l for l in seeds.read_text().splitlines() if "pinned.test" not in l]
        lines.append("http://www.pinned.test/  Pinned Co  http://www.pinned.test/legal/notice-2024")
        seeds.write_text("\n".join(lines) + "\n")
        db = tmp / "archive.db"
        first = crawl_subprocess(str(db), str(seeds), web, *FAST, "--contact", CONTACT, "--no-progress",
                                 capture=True, env=WIDE)
        assert first.returncode == 0, first.stdout + first.stderr
        split = len(web.log)
        second = crawl_subprocess(str(db), str(seeds), web, *FAST, "--no-progress", capture=True, env=WIDE)
        assert second.returncode == 0, second.stdout + second.stderr
        yield Run(web, db, first, second, split, pinned)
    finally:
        web.stop()


def documents(db):
    return {r["key"]: r for r in db.query(
        "SELECT s.key, d.url, d.found_by, d.id FROM documents d JOIN sites s ON s.id = d.site_id")}


def test_every_fixture_site_gets_the_right_policy_by_the_right_rule(run):
    db = open_archive(run.db, readonly=True)
    docs = documents(db)
    wrong = []
    for site in run.web.sites.values():
        if site.kind == "pinned":
            continue
        got = docs.get(host_of(site.homepage))
        found = (got["url"], got["found_by"]) if got else (None, None)
        if found != (site.expected, site.expected_rule):
            wrong.append((site.kind, site.expected, site.expected_rule, found))
    assert wrong == []
    kinds_found = {s.kind for s in run.web.sites.values() if s.expected}
    assert {"rel", "hub", "sitemap", "robots-sitemap", "common-path", "hosted", "other-domain", "pdf",
            "lang-ja", "lang-zh-Hans", "lang-ko", "lang-ru"} <= kinds_found


def test_no_decoy_is_archived_or_even_captured(run):
    db = open_archive(run.db, readonly=True)
    decoys = {u for s in run.web.sites.values() for u in s.decoys}
    captured = {r["url"] for r in db.query("SELECT url FROM captures")} | \
               {r["final_url"] for r in db.query("SELECT final_url FROM captures")}
    assert len(decoys) > 100
    assert captured & decoys == set()


def test_every_company_is_registered_even_without_a_policy(run):
    db = open_archive(run.db, readonly=True)
    sites = {r["key"]: r for r in db.query("SELECT key, name, homepage FROM sites")}
    for site in run.web.sites.values():
        row = sites[host_of(site.homepage)]
        assert row["name"] == site.name and row["homepage"] == site.homepage


def test_versions_are_made_for_every_found_policy_including_pdf_and_legacy_encodings(run):
    db = open_archive(run.db, readonly=True)
    texts = {r["key"]: r["text"] for r in db.query(
        "SELECT s.key, v.text FROM versions v JOIN documents d ON d.id = v.document_id "
        "JOIN sites s ON s.id = d.site_id")}
    by_kind = {s.kind: host_of(s.homepage) for s in run.web.sites.values()}
    assert "个人信息" in texts[by_kind["lang-zh-Hans"]]  # GBK, declared in <meta>
    assert "個人資料" in texts[by_kind["lang-zh-Hant"]]  # Big5, declared in the header only
    assert "個人情報" in texts[by_kind["lang-ja"]]  # Shift_JIS, undeclared
    assert "personenbezogenen Daten" in texts[by_kind["lang-de"]]
    assert "personal data" in texts[by_kind["pdf"]]  # a PDF policy, versioned like HTML
    expected = [s for s in run.web.sites.values() if s.expected or s.kind == "pinned"]
    assert len(texts) == len(expected)


def test_robots_disallow_is_obeyed_and_reported(run):
    site = next(s for s in run.web.sites.values() if s.kind == "robots-disallow")
    assert run.web.requests_to(site.host, "/privacy") == []
    assert run.web.requests_to(site.host, "/robots.txt")
    line = next(l for l in run.first.stdout.splitlines() if host_of(site.homepage) in l)
    assert "blocked by robots.txt" in line
    # the readers say why there is no policy as the crawl did, not that no page read as one
    from click.testing import CliRunner

    from archive.cli import cli
    looked_up = CliRunner().invoke(cli, ["--db", str(run.db), "history", site.name])
    assert looked_up.exit_code == 2 and looked_up.output.count("\n") == 1, looked_up.output
    assert "has no policy in the archive: the last crawl found none: blocked by robots.txt" in looked_up.output
    listed = CliRunner().invoke(cli, ["--db", str(run.db), "sites", "--json"])
    row = next(r for r in json.loads(listed.stdout) if r["site"] == host_of(site.homepage))
    assert row["url"] is None and row["no_policy_reason"].startswith("blocked by robots.txt")
    # when discovery looks again (a user's trial: blank, while the report said when)
    db = open_archive(run.db, readonly=True)
    retry = db.execute("SELECT next_discovery FROM sites WHERE key = ?", [host_of(site.homepage)]).fetchone()[0]
    assert retry and row["next_check"] == retry


def test_no_policy_site_says_why(run):
    site = next(s for s in run.web.sites.values() if s.kind == "no-policy")
    line = next(l for l in run.first.stdout.splitlines() if host_of(site.homepage) in l)
    assert "none" in line and ("no privacy policy link" in line or "no page read as a privacy policy" in line)
    ok = next(s for s in run.web.sites.values() if s.kind == "hub")
    line = next(l for l in run.first.stdout.splitlines() if host_of(ok.homepage) in l)
    assert ok.expected in line and "legal-hub" in line and "new_version" in line


def test_429_retry_after_is_honoured(run):
    site = next(s for s in run.web.sites.values() if s.kind == "throttled")
    hits = run.web.requests_to(site.host, "/privacy-policy")[:2]
    assert [h["status"] for h in hits] == [429, 200]
    assert hits[1]["t0"] - hits[0]["t"] >= 0.9  # Retry-After: 1


def test_redirect_chain_keeps_the_requested_url_as_identity(run):
    db = open_archive(run.db, readonly=True)
    site = next(s for s in run.web.sites.values() if s.kind == "redirect")
    row = next(db.query("SELECT url, final_url, status FROM captures WHERE url = ?", [site.expected]))
    assert row["final_url"] == f"http://{site.host}/legal/privacy-policy.html" and row["status"] == 200


def test_a_recrawl_asks_a_permanent_redirect_at_its_target_but_follows_a_temporary_one(run):
    """/privacy 301 -> /legal/privacy 302 -> the page: the recrawl starts at /legal/privacy (one request and
    one per-host delay less) and still follows the 302; the document is still /privacy."""
    db = open_archive(run.db, readonly=True)
    site = next(s for s in run.web.sites.values() if s.kind == "redirect")
    second = [r["path"] for r in run.web.log[run.split:] if r["host"] == site.host]
    assert second == ["/legal/privacy", "/legal/privacy-policy.html"]
    home = f"http://{site.host}"
    chains = [(r["final_url"], json.loads(r["redirects"]), r["status"]) for r in db.query(
        "SELECT final_url, redirects, status FROM captures WHERE url = ? ORDER BY id", [site.expected])]
    page, hop301, hop302 = home + "/legal/privacy-policy.html", [home + "/privacy", 301], [home + "/legal/privacy", 302]
    assert chains == [(page, [hop301, hop302], 200), (page, [hop302], 304)]


def test_a_crawl_starts_with_the_hosts_it_has_most_requests_for():
    """Politeness spaces a host's requests: the hosts with most of them start first, or they are the tail."""
    from crawler.spiders.policies import DISCOVERY_REQUESTS, _longest_hosts_first

    starts = [("http://a.test/privacy", 1), ("http://vendor.test/p/1", 1), ("http://new.test/", DISCOVERY_REQUESTS),
              ("http://chain.test/legal/privacy", 2), ("http://b.test/privacy", 1), ("http://vendor.test/p/2", 1),
              ("http://vendor.test/p/3", 1), ("http://vendor.test/p/4", 1), ("http://vendor.test/p/5", 1)]
    order = [url for url, _ in _longest_hosts_first(starts)]
    assert order == ["http://vendor.test/p/1", "http://vendor.test/p/2", "http://vendor.test/p/3",
                     "http://vendor.test/p/4", "http://vendor.test/p/5", "http://new.test/",
                     "http://chain.test/legal/privacy", "http://a.test/privacy", "http://b.test/privacy"]


def test_pinned_policy_skips_discovery(run):
    db = open_archive(run.db, readonly=True)
    doc = documents(db)["pinned.test"]
    assert (doc["url"], doc["found_by"]) == ("http://www.pinned.test/legal/notice-2024", "pinned")
    assert run.web.requests_to("www.pinned.test", "/") == []


def test_user_agent_names_the_project_and_the_contact(run):
    first = run.web.log[:run.split]
    agents = {r["headers"].get("user-agent") for r in first}
    assert len(agents) == 1
    agent = agents.pop()
    assert agent.startswith("policy-archive/") and CONTACT in agent


def test_at_most_two_requests_in_flight_per_host(run):
    by_host = {}
    for r in run.web.log:
        by_host.setdefault(r["host"], []).append((r["t0"], r["t"]))
    for host, spans in by_host.items():
        events = sorted([(a, 1) for a, _ in spans] + [(b, -1) for _, b in spans])
        level = peak = 0
        for _, step in events:
            level += step
            peak = max(peak, level)
        assert peak <= 2, host


def test_second_crawl_uses_conditional_get_and_records_unchanged(run):
    second = run.web.log[run.split:]
    db = open_archive(run.db, readonly=True)
    for site in run.web.sites.values():
        if not site.expected or site.kind in ("redirect",):
            continue
        host = site.expected.split("/")[2]
        path = "/" + site.expected.split("/", 3)[3]
        hits = [r for r in second if r["host"] == host and r["path"] == path]
        assert hits, site.kind
        last = hits[-1]
        assert last["status"] == 304, (site.kind, last)
        assert "if-none-match" in last["headers"] or "if-modified-since" in last["headers"]
        if site.kind == "last-modified":
            assert "if-none-match" not in last["headers"] and "if-modified-since" in last["headers"]
        # discovery was skipped: the homepage was not fetched again
        assert not [r for r in second if r["host"] == site.host and r["path"] == "/"], site.kind
    outcomes = dict(db.execute("SELECT outcome, count(*) FROM captures WHERE fetched_at > "
                               "(SELECT max(first_seen) FROM versions) GROUP BY outcome").fetchall())
    assert outcomes.get("unchanged", 0) >= len([s for s in run.web.sites.values() if s.expected])
    assert outcomes.get("new_version", 0) == 0
    versions = db.execute("SELECT max(number) FROM versions").fetchone()[0]
    assert versions == 1
    assert "unchanged" in run.second.stdout


def test_closing_table_of_a_large_recrawl_lists_only_what_needs_a_look(run):
    assert len(run.web.sites) > REPORT_EVERY_SITE
    with_policy = [s for s in run.web.sites.values() if s.expected or s is run.pinned]
    for site in run.web.sites.values():  # first crawl: new versions and missing policies, so everyone is listed
        assert host_of(site.homepage) in run.first.stdout, site.kind
    quiet = re.search(r"(\d+) more compan(?:y|ies) with an unchanged policy", run.second.stdout)
    assert quiet and int(quiet.group(1)) == len(with_policy), run.second.stdout[-2000:]
    for site in with_policy:
        assert host_of(site.homepage) not in run.second.stdout, site.kind


def test_autothrottle_counts_304_and_redirects_as_healthy_but_not_errors():
    from scrapy.core.downloader import Slot
    from scrapy.extensions.throttle import AutoThrottle
    from scrapy.http import Response
    from scrapy.utils.test import get_crawler

    from crawler.extensions import RecrawlAutoThrottle

    crawler = get_crawler(settings_dict={"AUTOTHROTTLE_ENABLED": True, "DOWNLOAD_DELAY": 0.25})

    def delay_after(ext_class, status):
        ext = ext_class(crawler)
        ext.mindelay, ext.maxdelay = 0.25, 30.0
        slot = Slot(concurrency=2, delay=1.0, jitter=0)
        ext._adjust_delay(slot, 0.01, Response("http://www.example.test/privacy", status=status))
        return slot.delay

    for status in (200, 301, 302, 304):
        assert delay_after(RecrawlAutoThrottle, status) < 1.0, status
    for status in (404, 429, 503):
        assert delay_after(RecrawlAutoThrottle, status) == 1.0, status
    assert delay_after(AutoThrottle, 301) == 1.0  # Scrapy's own keeps the start delay on a redirect


def test_robots_txt_is_kept_a_day(tmp_path):
    web = generate_sites(1, kinds=["robots-sitemap"]).start()  # discovery reads robots.txt's Sitemap line too
    try:
        site = next(iter(web.sites.values()))
        seeds, db = write_seeds(web, tmp_path / "seeds.txt"), tmp_path / "archive.db"
        crawl = lambda now: crawl_subprocess(str(db), str(seeds), web, *FAST, "--no-progress", "--rediscover",
                                             capture=True, env={"POLICY_ARCHIVE_NOW": now}).returncode == 0
        robots = lambda: len(web.requests_to(site.host, "/robots.txt"))
        policy = lambda: len(web.requests_to(site.host, urlsplit(site.expected).path))
        assert crawl("2025-03-01T08:00:00Z") and robots() == 1  # obeyed and read for its Sitemap line: once
        assert documents(open_archive(db, readonly=True))[host_of(site.homepage)]["url"] == site.expected
        assert crawl("2025-03-02T07:00:00Z") and robots() == 1 and policy() == 2  # kept: only the policy is asked
        # a day later the kept copy is stale: robots.txt is asked again, and what it now says is obeyed
        site.robots = f"User-agent: *\nDisallow: {urlsplit(site.expected).path}\n"
        assert crawl("2025-03-02T08:00:01Z") and robots() == 2 and policy() == 2
    finally:
        web.stop()


def test_a_recrawl_registers_a_company_only_when_something_about_it_is_new(tmp_path):
    """An unchanged company costs one item (its policy's capture); a renamed one, or one with a failed
    discovery to clear, is registered again."""
    web = generate_sites(3, kinds=["footer-en"]).start()
    try:
        seeds, db = write_seeds(web, tmp_path / "seeds.txt"), tmp_path / "archive.db"
        crawl = lambda: crawl_subprocess(str(db), str(seeds), web, *FAST, "--no-progress", "--log-level", "INFO",
                                         capture=True)
        items = lambda result: int(re.search(r"'item_scraped_count': (\d+)", result.stderr).group(1))
        assert items(crawl()) == 6  # per company: its policy's capture, and the company
        renamed, failed, quiet = (host_of(s.homepage) for s in web.sites.values())
        seeds.write_text(seeds.read_text().replace(next(iter(web.sites.values())).name, "Renamed Holdings"))
        with open_archive(db) as archive:
            archive.execute("UPDATE sites SET discovery_failures = 1, next_discovery = '2020-01-01T00:00:00Z' "
                            "WHERE key = ?", [failed])
        second = crawl()
        assert items(second) == 3 + 2, second.stderr[-3000:]
        archive = open_archive(db, readonly=True)
        rows = {key: (name, failures, retry) for key, name, failures, retry in archive.execute(
            "SELECT key, name, discovery_failures, next_discovery FROM sites")}
        assert rows[renamed][0] == "Renamed Holdings"
        assert rows[failed][1:] == (0, None)
        assert rows[quiet][1:] == (0, None)
    finally:
        web.stop()


def test_retry_after_parsing():
    assert retry_after_seconds("3") == 3.0
    assert retry_after_seconds(b"0") == 0.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_scrapy_crawl_command_works_from_the_project(tmp_path):
    web = generate_sites(3, kinds=["footer-en", "lang-de", "rel"]).start()
    try:
        seeds = write_seeds(web, tmp_path / "seeds.txt")
        db = tmp_path / "s.db"
        env = dict(os.environ, http_proxy=web.proxy_url, no_proxy="")
        result = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "policies", "-a", f"seeds={seeds}",
                                 "-s", f"ARCHIVE_DB={db}", "-s", "ALLOW_PRIVATE=1", "-s", "LOG_LEVEL=INFO"],
                                cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr[-3000:]
        docs = documents(open_archive(db, readonly=True))
        assert {k: v["url"] for k, v in docs.items()} == {host_of(s.homepage): s.expected
                                                          for s in web.sites.values()}
    finally:
        web.stop()


def test_moved_policy_is_rediscovered_and_rediscover_flag_refetches_homepages(tmp_path):
    web = generate_sites(2, kinds=["footer-en", "lang-fr"]).start()
    try:
        moved, steady = list(web.sites.values())
        seeds = write_seeds(web, tmp_path / "seeds.txt")
        db = tmp_path / "m.db"
        assert crawl_subprocess(str(db), str(seeds), web, *FAST, "--no-progress", capture=True).returncode == 0
        # the company moves its policy: the old URL is gone, the footer links the new one
        old_path = "/privacy-policy"
        moved.pages["/legal/privacy-2025"] = moved.pages.pop(old_path)
        home = moved.pages["/"]
        home.body = home.body.replace(b'href="/privacy-policy"', b'href="/legal/privacy-2025"')
        split = len(web.log)
        second = crawl_subprocess(str(db), str(seeds), web, *FAST, "--no-progress", capture=True, env=WIDE)
        assert second.returncode == 0, second.stderr[-2000:]
        archive = open_archive(db, readonly=True)
        rows = list(archive.query("SELECT c.url, c.status, c.outcome FROM captures c WHERE c.url LIKE ? "
                                  "ORDER BY c.id", [f"http://{moved.host}%"]))
        assert [(r["url"].split("/", 3)[3], r["status"]) for r in rows] == [
            ("privacy-policy", 200), ("privacy-policy", 404), ("legal/privacy-2025", 200)]
        assert rows[1]["outcome"] == "rejected"
        later = web.log[split:]
        assert [r for r in later if r["host"] == moved.host and r["path"] == "/"]  # discovery ran again
        assert not [r for r in later if r["host"] == steady.host and r["path"] == "/"]  # known: skipped
        split = len(web.log)
        third = crawl_subprocess(str(db), str(seeds), web, *FAST, "--no-progress", "--rediscover", capture=True)
        assert third.returncode == 0
        assert [r for r in web.log[split:] if r["host"] == steady.host and r["path"] == "/"]
    finally:
        web.stop()


def test_a_known_policy_that_fails_for_now_is_not_looked_for_again(tmp_path):
    """A fresh user's trial: a known policy URL answering 503 (an outage of a day) sent the crawl back to the
    homepage and the common paths, and the closing table said "none ... homepage: HTTP 503", as if the vendor
    had removed its policy. A server error, a rate limit or a timeout says nothing of where the policy is: the
    row names its address and the failure, no page of discovery is asked, and the next crawl finds it there."""
    web = generate_sites(1, kinds=["footer-en"]).start()
    try:
        site = next(iter(web.sites.values()))
        seeds, db = write_seeds(web, tmp_path / "seeds.txt"), tmp_path / "archive.db"
        crawl = lambda: crawl_subprocess(str(db), str(seeds), web, *FAST, "--no-progress", "-s", "RETRY_TIMES=0",
                                         capture=True, env=WIDE)
        assert crawl().returncode == 0
        policy = site.pages["/privacy-policy"]
        for status in (503, 429):
            site.pages["/privacy-policy"] = Page(b"<h1>Service unavailable</h1>", status=status)
            split = len(web.log)
            out = crawl()
            if status == 503:  # the run's only company answered nothing: the run fails (a cron job sees it), saying why
                assert out.returncode == 1 and out.stderr.strip().endswith(
                    f": the policy at {site.url('/privacy-policy')}: HTTP 503); check the network and the seeds"), \
                    out.stderr[-2000:]
            else:  # a rate limit is an answer of the site's
                assert out.returncode == 0, out.stderr[-2000:]
            assert [r["path"] for r in web.log[split:] if r["host"] == site.host and r["path"] != "/robots.txt"] \
                == ["/privacy-policy"]  # no homepage, no guessed path
            row = next(line for line in out.stdout.splitlines() if site.host in line)
            assert "/privacy-policy" in row and f"http_{status}" in row and "none" not in row, out.stdout
        site.pages["/privacy-policy"] = policy
        assert crawl().returncode == 0
        archive = open_archive(db, readonly=True)
        assert [tuple(r) for r in archive.execute("SELECT status, outcome FROM captures ORDER BY id")] == [
            (200, "new_version"), (503, "rejected"), (429, "rejected"), (304, "unchanged")]
        assert archive.execute("SELECT state FROM documents").fetchone()[0] == "active"
        archive.close()
        # a policy whose last checks all failed (`failing`, as `status` shows it) is looked for again: a page that
        # answers 503 for weeks may be gone (a colleague's review)
        import sqlite3
        with sqlite3.connect(db) as conn:
            conn.execute("UPDATE documents SET state = 'failing', failures = 4")
        site.pages["/privacy-policy"] = Page(b"<h1>Service unavailable</h1>", status=503)
        split = len(web.log)
        crawl()
        assert "/" in [r["path"] for r in web.log[split:] if r["host"] == site.host]
    finally:
        web.stop()


def test_a_permanent_redirect_pointed_elsewhere_is_followed_from_the_documents_own_url(tmp_path):
    """The remembered target gone: the recrawl asks /privacy itself and archives where it points now, as a new
    version of the same document. A target still up is asked directly only for RELINK_DAYS."""
    web = generate_sites(1, kinds=["footer-en"]).start()
    try:
        site = next(iter(web.sites.values()))
        policy = site.pages.pop("/privacy-policy")
        site.pages["/privacy-2024"] = policy
        site.pages["/privacy"] = Page(status=301, location="/privacy-2024")
        site.pages["/"].body = site.pages["/"].body.replace(b'href="/privacy-policy"', b'href="/privacy"')
        seeds, db = write_seeds(web, tmp_path / "seeds.txt"), tmp_path / "archive.db"
        crawl = lambda env=None: crawl_subprocess(str(db), str(seeds), web, *FAST, "--no-progress", capture=True,
                                                  env=env)
        paths = lambda since: [(r["path"], r["status"]) for r in web.log[since:] if r["host"] == site.host]
        assert crawl().returncode == 0
        split = len(web.log)
        assert crawl().returncode == 0
        assert paths(split) == [("/privacy-2024", 304)]
        del site.pages["/privacy-2024"]
        site.pages["/privacy-2025"] = Page(policy.body.replace(b"Privacy Policy", b"Privacy Notice 2025"))
        site.pages["/privacy"] = Page(status=301, location="/privacy-2025")
        split = len(web.log)
        assert crawl().returncode == 0
        assert paths(split) == [("/privacy-2024", 404), ("/privacy", 301), ("/privacy-2025", 200)]
        archive = open_archive(db, readonly=True)
        assert [r[0] for r in archive.execute("SELECT url FROM documents")] == [f"http://{site.host}/privacy"]
        assert archive.execute("SELECT count(*) FROM versions").fetchone()[0] == 2
        assert archive.execute("SELECT count(*) FROM captures WHERE status = 404").fetchone()[0] == 0
        week = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=RELINK_DAYS + 1)).isoformat()
        split = len(web.log)
        assert crawl({"POLICY_ARCHIVE_NOW": week}).returncode == 0
        assert paths(split) == [("/robots.txt", 200), ("/privacy", 301), ("/privacy-2025", 304)]
    finally:
        web.stop()


@pytest.fixture
def one_site():
    """A local web of one ordinary company, for tests that break one thing about it."""
    web = generate_sites(1, kinds=["footer-en"]).start()
    try:
        yield web, next(iter(web.sites.values()))
    finally:
        web.stop()


def crawl_report_line(web, tmp_path, host: str, *settings: str, seeds: Path | None = None, returncode: int = 0):
    """Crawl into a fresh archive (it must exit with `returncode`); the closing table's line for `host`."""
    seeds = seeds or write_seeds(web, tmp_path / "seeds.txt")
    result = crawl_subprocess(str(tmp_path / "archive.db"), str(seeds), web, *FAST, "--no-progress", *settings,
                              capture=True, env=WIDE)
    assert result.returncode == returncode, result.stdout + result.stderr
    return next(l for l in result.stdout.splitlines() if host in l)


def test_oversized_body_is_not_fetched(tmp_path, one_site):
    web, site = one_site
    line = crawl_report_line(web, tmp_path, host_of(site.homepage), "-s", "DOWNLOAD_MAXSIZE=3000")
    assert len(site.pages["/"].body) < 3000 < len(site.pages[site.expected.split(site.host, 1)[1]].body)
    assert web.requests_to(site.host, "/privacy-policy")  # asked for, cancelled past the limit
    assert open_archive(tmp_path / "archive.db", readonly=True).execute(
        "SELECT count(*) FROM captures").fetchone()[0] == 0
    assert "none" in line and "the policy link failed" in line and "larger than download max size" in line


def test_a_crawl_listens_on_no_port(tmp_path, one_site):
    """No telnet console, no HTTP control port: a crawl opens no socket but its fetches."""
    web, site = one_site
    site.pages["/privacy-policy"].delay = 3  # the crawl is still running once its homepage is in
    env = {**os.environ, "http_proxy": web.proxy_url, "no_proxy": ""}
    crawl = subprocess.Popen([sys.executable, "-m", "crawler.cli", "--db", str(tmp_path / "a.db"), "crawl",
                              "--allow-private", "--no-progress", "--log-level", "DEBUG",
                              str(write_seeds(web, tmp_path / "seeds.txt"))],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_output(crawl, re.escape(f"Crawled (200) <GET {site.homepage}>"))
        listening = [c for c in psutil.Process(crawl.pid).net_connections(kind="inet") if c.status == psutil.CONN_LISTEN]
        assert crawl.poll() is None and listening == []
    finally:
        crawl.kill()
        crawl.wait(timeout=60)
        crawl.stderr.close()


def test_slow_page_times_out_and_says_so(tmp_path, one_site):
    web, site = one_site
    site.pages["/privacy-policy"].delay = 3
    line = crawl_report_line(web, tmp_path, host_of(site.homepage), "-s", "DOWNLOAD_TIMEOUT=1",
                             "-s", "RETRY_TIMES=0")
    assert "the policy link failed" in line and "timed out" in line, line


def test_down_site_is_reported_without_walking_the_fallbacks(tmp_path, one_site):
    web, _ = one_site
    seeds = tmp_path / "seeds.txt"
    seeds.write_text("http://www.gone.test/  Gone Co\n")  # the local web answers 502 for unknown hosts
    line = crawl_report_line(web, tmp_path, "gone.test", "-s", "RETRY_TIMES=1", "-s", "RETRY_BACKOFF_BASE=0.1",
                             seeds=seeds, returncode=1)  # the only company could not be reached: the run failed
    assert "homepage: HTTP 502" in line
    paths = [r["path"] for r in web.requests_to("www.gone.test")]
    assert sorted(paths) == ["/", "/", "/robots.txt", "/robots.txt"]  # one retry each, nothing more


def test_the_closing_table_in_a_pipe_is_as_wide_as_its_rows(tmp_path, one_site, monkeypatch):
    """A second user's trial: piped, the crawl's table wrapped at 80 columns, its reasons over several lines (and
    cut with "…"), while `sites`, `history` and `runs` are as wide as their rows there."""
    web, site = one_site
    seeds = tmp_path / "seeds.txt"
    pinned = f"{site.homepage}a/rather/long/path/to/a/policy/that/is/not/there/at/all/privacy-policy.html"
    seeds.write_text(f"{site.homepage}  Long  {pinned}\n")
    monkeypatch.delenv("COLUMNS", raising=False)
    result = crawl_subprocess(str(tmp_path / "archive.db"), str(seeds), web, *FAST, "--no-progress", capture=True)
    rows = [line for line in result.stdout.splitlines() if host_of(site.homepage) in line]
    assert len(rows) == 1 and pinned in rows[0] and "404" in rows[0], result.stdout


def test_homepages_that_answer_with_an_odd_status_are_no_outage(tmp_path):
    """A colleague's review: homepages answering 406 (a status Scrapy hands to the errback) counted as "not
    reached", so the run failed as an outage and the companies were looked at again at every run."""
    web = FixtureWeb([])
    for name in ("picky", "fussy"):
        site = Site(host=f"www.{name}.test", name=name.title(), kind="odd")
        site.pages["/"] = Page(b"<html><body>Not acceptable</body></html>", status=406)
        web.add(site)
    seeds = tmp_path / "seeds.txt"
    seeds.write_text("http://www.picky.test/\nhttp://www.fussy.test/\n")
    with web:
        result = crawl_subprocess(str(tmp_path / "archive.db"), str(seeds), web, *FAST, "--no-progress",
                                  capture=True, env=WIDE)
    assert result.returncode == 0, result.stdout + result.stderr  # they answered, without a policy: ordinary
    db = open_archive(tmp_path / "archive.db", readonly=True)
    assert db.execute("SELECT status FROM runs").fetchone()[0] == "finished"
    assert db.execute("SELECT count(*) FROM sites WHERE next_discovery IS NOT NULL").fetchone()[0] == 2  # backed off


def test_a_pinned_policy_url_that_is_gone_fails_and_is_not_moved(tmp_path, one_site):
    """A second user's trial: a pinned URL answering 404 was marked `moved` (to nowhere: a pinned URL is never
    rediscovered). It is a failed check of the URL the seed names, shown `failing` in time, until it is mended."""
    web, site = one_site
    seeds = tmp_path / "seeds.txt"
    seeds.write_text(f"{site.homepage}  Pinned  {site.homepage}no-such-policy.html\n")
    line = crawl_report_line(web, tmp_path, host_of(site.homepage), seeds=seeds)
    assert "404" in line, line
    db = open_archive(tmp_path / "archive.db", readonly=True)
    assert db.execute("SELECT url, state, failures, last_error, moved_to FROM documents").fetchall() == \
        [(f"{site.homepage}no-such-policy.html", "active", 1, "http_404", None)]


def test_redirect_loop_stops_at_the_redirect_limit(tmp_path, one_site):
    web, site = one_site
    for i in range(10):  # /privacy-policy -> /r/0 -> /r/1 -> ... (more than REDIRECT_MAX_TIMES)
        site.pages["/privacy-policy" if i == 0 else f"/r/{i - 1}"] = Page(status=302, location=f"/r/{i}")
    site.pages["/r/9"] = Page(status=302, location="/privacy-policy")
    line = crawl_report_line(web, tmp_path, host_of(site.homepage))
    assert "max redirections reached" in line, line
    hops = [r for r in web.requests_to(site.host) if r["path"].startswith("/r/")]
    assert len(hops) == 5  # REDIRECT_MAX_TIMES


def test_the_policy_check_goes_on_in_the_crawl_when_its_process_dies():
    """The candidate check runs in a process of its own (CHECK_WORKERS); killed (the OOM killer), the crawl
    checks in its own process from then on instead of leaving the company unfinished."""
    import asyncio
    import multiprocessing
    import signal
    from concurrent.futures import ProcessPoolExecutor

    from crawler.spiders.policies import PoliciesSpider

    spider = PoliciesSpider(seeds=["https://www.acme.example"])
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    pool.submit(int, 1).result()  # its process is up
    spider._checks = pool
    for pid in list(pool._processes):
        os.kill(pid, signal.SIGKILL)
    page = policy_html("en", "Acme").encode()
    verdict = asyncio.run(spider._check_document(page, "text/html; charset=utf-8", "https://www.acme.example/privacy"))
    assert verdict.is_policy and spider._checks is False
    pool.shutdown(wait=False)


def test_a_capture_the_archive_cannot_record_fails_the_run_and_is_named(tmp_path):
    """The pipeline raising (here SQLite refuses one company's capture, as a full disk or a bug would) used to
    leave only a log line: the run was 'finished', exit 0, and the capture silently missing."""
    web = generate_sites(2, kinds=["footer-en"]).start()
    try:
        refused = next(iter(web.sites.values()))
        db_path = tmp_path / "archive.db"
        db = open_archive(db_path)
        db.execute(f"CREATE TRIGGER refuse BEFORE INSERT ON captures WHEN NEW.url LIKE '%{refused.host}%' "
                   "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
        db.conn.commit()
        db.close()
        result = crawl_subprocess(str(db_path), str(write_seeds(web, tmp_path / "seeds.txt")), web, *FAST,
                                  "--no-progress", capture=True, env=WIDE)
        assert result.returncode == 1, result.stdout + result.stderr
        last = result.stderr.strip().splitlines()[-1]
        assert last.startswith("Error: 1 capture(s) could not be recorded") and refused.host in last
        assert "refused by the test" in last
        row = next(l for l in result.stdout.splitlines() if refused.host in l)
        assert "not recorded" in row
        db = open_archive(db_path, readonly=True)
        status, errors = db.execute("SELECT status, errors FROM runs").fetchone()
        assert status == "failed" and refused.host in errors
        kept = {r[0] for r in db.execute("SELECT url FROM versions v JOIN documents d ON d.id = v.document_id")}
        assert len(kept) == 1 and refused.host not in next(iter(kept))  # the other company is archived
        assert "body" not in result.stderr and "<html" not in result.stderr  # the log names the item, not its bytes
    finally:
        web.stop()


def test_a_crawl_where_no_company_could_be_reached_fails(tmp_path):
    """Every homepage refused (the network or a proxy down, seeds naming nothing): the run was 'finished' with
    exit 0, so a cron job or `schedule` never saw it. It fails, in one line naming a company and why."""
    ports = []
    for _ in range(2):  # ports nothing listens on: bound, then closed
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            ports.append(s.getsockname()[1])
    seeds = tmp_path / "seeds.txt"
    seeds.write_text("".join(f"http://127.0.0.1:{p}/\n" for p in ports))
    db_path = tmp_path / "archive.db"
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    cmd = [sys.executable, "-m", "crawler.cli", "--db", str(db_path), "crawl", "--allow-private", "--no-progress",
           *FAST, "-s", "RETRY_TIMES=0", str(seeds)]
    result = subprocess.run(cmd, env=env, text=True, capture_output=True, timeout=120)
    assert result.returncode == 1, result.stdout + result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: none of the 2 companies could be reached (127.0.0.1:") and \
        "homepage: connection refused)" in last, last  # not Twisted's "DownloadConnectionRefusedError: ... 111: ..."
    assert "Traceback" not in result.stderr
    db = open_archive(db_path, readonly=True)
    assert db.execute("SELECT status FROM runs").fetchone()[0] == "failed"
    # the outage says nothing of the companies: no back-off, the next run looks at them at once (trial 8: a day)
    assert db.execute("SELECT count(*) FROM sites WHERE next_discovery IS NOT NULL").fetchone()[0] == 0
    db.close()
    again = subprocess.run(cmd, env=env, text=True, capture_output=True, timeout=120)
    assert "looked at again later" not in again.stdout and "could be reached" in again.stderr
    # `runs` leads with why the run failed, then how many more errors ("3: none of the 2 companies…" read as a
    # count of companies: an operator's trial)
    runs = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(db_path), "runs"], text=True,
                          capture_output=True, timeout=60, env={**env, "COLUMNS": "400"}).stdout
    assert "│ none of the 2 companies could be reached (127.0.0.1:" in runs and "(and 2 more)" in runs, runs



class _RobotsOnly(BaseHTTPRequestHandler):
    """A proxy that answers robots.txt (404) and drops every other request unanswered."""

    def do_GET(self):  # noqa: N802 (http.server's name)
        if self.path.endswith("/robots.txt"):
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)

    def log_message(self, *args):
        pass


@pytest.mark.parametrize("network", ["down", "robots.txt only", "one company"])
def test_a_recrawl_of_known_policies_that_reaches_nothing_fails(tmp_path, network):
    """A user's trial: `crawl --due` of an archive whose policy URLs are known (one found, one pinned), with the
    network down, exited 0 and its run was "finished", because each known URL's failed check is recorded as a
    capture; a colleague's review then found robots.txt counted as an answer. Not one company's page answered: the
    run fails, and two companies' failed checks do not back them off (one company's silence may be its own)."""
    web = generate_sites(1, kinds=["footer-en"])
    pinned = Site(host="www.pinned.test", name="Pinned Co", kind="pinned")
    pinned.pages["/"] = Page(b"<html><body><h1>Pinned</h1></body></html>")
    pinned.pages["/legal/notice"] = Page(policy_html("en", "Pinned Co").encode())
    web.add(pinned)
    seeds = write_seeds(web, tmp_path / "seeds.txt")
    lines = [line for line in seeds.read_text().splitlines() if "pinned.test" not in line]
    lines.append("http://www.pinned.test/  Pinned Co  http://www.pinned.test/legal/notice")
    seeds.write_text("\n".join(lines) + "\n")
    db_path = tmp_path / "archive.db"
    web.start()
    proxy = web.proxy_url  # the local web's proxy, which stops answering: the network down
    try:
        first = crawl_subprocess(str(db_path), str(seeds), web, *FAST, "--no-progress", capture=True, env=WIDE)
    finally:
        web.stop()
    assert first.returncode == 0, first.stdout + first.stderr
    if network == "one company":
        seeds.write_text(lines[-1] + "\n")
    robots = None
    if network == "robots.txt only":
        robots = ThreadingHTTPServer(("127.0.0.1", 0), _RobotsOnly)
        threading.Thread(target=robots.serve_forever, daemon=True).start()
        proxy = f"http://127.0.0.1:{robots.server_address[1]}"
    later = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=3)).isoformat()
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **WIDE, "http_proxy": proxy, "HTTP_PROXY": proxy,
           "POLICY_ARCHIVE_NOW": later}
    try:
        result = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(db_path), "crawl", "--allow-private",
                                 "--due", "--no-progress", *FAST, "-s", "RETRY_TIMES=0", str(seeds)],
                                env=env, text=True, capture_output=True, timeout=120)
    finally:
        if robots:
            robots.shutdown()
    assert result.returncode == 1, result.stdout + result.stderr
    last = result.stderr.strip().splitlines()[-1]
    n = 1 if network == "one company" else 2
    assert last.startswith("Error: the company could not be reached" if n == 1 else
                           "Error: none of the 2 companies could be reached"), last
    assert "Traceback" not in result.stderr and "twisted" not in result.stdout  # "connection lost", not a repr
    db = open_archive(db_path, readonly=True)
    assert db.execute("SELECT status FROM runs ORDER BY id DESC").fetchone()[0] == "failed"
    assert db.execute("SELECT count(*) FROM captures WHERE status = 0").fetchone()[0] == n  # the failed checks, kept
    due_now = db.execute("SELECT count(*) FROM documents WHERE state = 'active' AND failures = 0 AND next_check = "
                         "(SELECT started_at FROM runs ORDER BY id DESC LIMIT 1)").fetchone()[0]
    # two companies silent at once say nothing of either: both are due at once, not in 2 hours, 4, 8...
    assert due_now == (0 if n == 1 else 2)
    db.close()
    # `status` counts the failed checks by kind, not one line per company's host (a user's trial), and does not
    # call the policies "never crawled"
    status = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(db_path), "status"], env=env, text=True,
                            capture_output=True, timeout=60).stdout
    failed = [line for line in status.splitlines() if line.startswith("  rejected (")]
    assert len(failed) == 1 and failed[0].endswith(f": {n}") and "never crawled" not in status, status


def test_the_closing_table_reports_the_policy_urls_outcome_not_another_addresss():
    """A company whose crawl fetched its live policy (a new version) and an old known address that fails
    (DNS, 404) after it: the row showed the old address's refusal against the policy URL, hiding the new
    version (a fresh user's trial). The policy URL's outcome is reported, else the best of the company's."""
    from crawler.items import closing_outcome
    live, dead = "http://www.acme.test/privacy", "https://www.acme.test/privacy"
    seen = {live: {"outcome": "new_version", "version": 3},
            dead: {"outcome": "rejected", "reason": "DNS lookup failed"}}
    assert closing_outcome(seen, live)["outcome"] == "new_version"
    assert closing_outcome(seen, "http://www.acme.test/legal")["outcome"] == "new_version"  # reached otherwise
    assert closing_outcome({dead: seen[dead]}, live)["outcome"] == "rejected"
    assert closing_outcome({}, live) is None
    # the policy URL written otherwise (a trailing slash) is the policy URL, not any other address (a review)
    assert closing_outcome({live + "/": {"outcome": "rejected"}, "http://www.acme.test/old": {"outcome": "unchanged"}},
                           live)["outcome"] == "rejected"
