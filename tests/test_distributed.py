"""The distributed crawl: a real redis-server, the real fixture web, real `worker` / `writer` / `crawl --redis`
subprocesses; the archive a cluster makes is compared with the one a single-process crawl makes of the same
web, and workers, the writer and Redis itself are killed mid-crawl."""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import time
from collections import Counter

import pytest

from crawler.demo.cluster import CLI, RedisServer, env_for, kill, start, stop
from crawler.demo.web import KINDS, FixtureWeb, Page, Site, generate_sites, home_html, policy_html, write_seeds

NOW = "2025-03-01T08:00:00Z"
LATER = "2025-03-03T08:00:00Z"  # two days on: every policy is due again
FAST = ["-s", "AUTOTHROTTLE_START_DELAY=0.05", "-s", "DOWNLOAD_DELAY=0"]
WORKER = ["--allow-private", *FAST, "-s", "REDIS_WORKER_TTL=3"]


def wait_until(condition, timeout: float = 120.0, what: str = "a condition", poll: float = 0.05):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(poll)


def query(db, sql, params=()):
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return []


def snapshot(db, dates: bool = True) -> dict:
    """What a crawl archived: documents, versions, captures with their outcomes, the schedule of each."""
    t = "v.first_seen, v.last_seen," if dates else ""
    c = "c.fetched_at," if dates else ""
    return {
        "documents": query(db, "SELECT s.key, d.url, d.found_by, d.state, d.failures, d.moved_to IS NOT NULL "
                               "FROM documents d JOIN sites s ON s.id = d.site_id ORDER BY d.url"),
        "versions": query(db, f"SELECT d.url, v.number, {t} v.content_hash, v.captures FROM versions v "
                              "JOIN documents d ON d.id = v.document_id ORDER BY d.url, v.number"),
        "captures": query(db, f"SELECT c.url, {c} c.status, c.raw_sha256, c.outcome, c.reason FROM captures c "
                              "ORDER BY c.url, c.fetched_at, c.status, c.raw_sha256"),
        "sites": query(db, "SELECT key, name, homepage, discovery_failures" + (", next_discovery" if dates else "")
                           + " FROM sites ORDER BY key"),
        "schedule": query(db, "SELECT url, next_check, check_interval FROM documents ORDER BY url") if dates else [],
    }


def single_crawl(web, db, seeds, now, *extra):
    r = subprocess.run([*CLI, "--db", str(db), "crawl", "--allow-private", "--no-progress", *FAST, *extra, str(seeds)],
                       env=env_for(web, now), capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr


class Cluster:
    """A redis-server, one writer and N workers on one fixture web."""

    def __init__(self, tmp_path, web, now=None, workers: int = 2, appendonly: bool = False):
        self.tmp, self.web, self.now = tmp_path, web, now
        self.db = tmp_path / "cluster.db"
        self.redis = RedisServer(tmp_path / "redis", appendonly=appendonly).start()
        self.workers, self.writer = [], None
        self.n = 0
        self.start_writer()
        for _ in range(workers):
            self.start_worker()

    def env(self):
        return env_for(self.web, self.now)

    def start_writer(self):
        self.writer = start(["writer", "--redis", self.redis.url], self.db, self.env(), self.tmp / "writer.log")
        wait_until(lambda: self.writer.poll() is not None or query(self.db, "SELECT pid FROM lease"), 60,
                   "the writer to take the lease")
        assert self.writer.poll() is None, (self.tmp / "writer.log").read_text()
        return self.writer

    def start_worker(self, *extra):
        self.n += 1
        w = start(["worker", "--redis", self.redis.url, *WORKER, *extra], self.tmp / f"worker{self.n}.db", self.env(),
                  self.tmp / f"worker{self.n}.log")
        self.workers.append(w)
        return w

    def restart(self, now=None):
        self.now = now
        n = len(self.workers)
        for w in self.workers:
            stop(w)
        stop(self.writer)
        self.workers = []
        self.start_writer()
        for _ in range(n):
            self.start_worker()

    def crawl(self, seeds, *extra, wait=True, now=None):
        cmd = [*CLI, "--db", str(self.db), "crawl", "--redis", self.redis.url, *extra]
        cmd += ["--wait", "240"] if wait else []
        env = env_for(self.web, now or self.now)
        r = subprocess.run([*cmd, str(seeds)], env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stdout + r.stderr + self.logs()
        return r

    def logs(self) -> str:
        return "".join(f"\n--- {p.name}\n{p.read_text(errors='replace')[-3000:]}" for p in self.tmp.glob("*.log"))

    def crawl_done(self, crawl: str) -> bool:
        return bool(self.redis.client().hget(f"pa:crawl:{crawl}", "finished"))

    def close(self):
        for w in self.workers:
            stop(w)
        if self.writer is not None:
            stop(self.writer)
        self.redis.stop()


@pytest.fixture
def cluster_factory(tmp_path):
    made = []

    def make(*args, **kwargs):
        c = Cluster(tmp_path, *args, **kwargs)
        made.append(c)
        return c
    yield make
    for c in made:
        c.close()


def two_webs(n: int, kinds=None, delay: float = 0.0):
    """Two identical fixture webs: one for the single-process reference, one for the cluster (each counts its
    own hits, e.g. for the 429s of a throttled page)."""
    webs = []
    for _ in range(2):
        web = generate_sites(n, kinds=kinds)
        for site in web.sites.values():
            for page in site.pages.values():
                page.delay = page.delay or delay
        webs.append(web.start())
    return webs


def test_a_cluster_archives_what_one_process_archives(tmp_path, cluster_factory):
    """Every kind of company of the fixture web, two rounds (a first crawl, then `--due` two days later with an
    edited policy): same documents, versions, captures, outcomes and schedule as the single-process crawl;
    the runs are recorded, the closing table printed."""
    ref_web, web = two_webs(len(KINDS))
    try:
        seeds = write_seeds(web, tmp_path / "seeds.txt")
        ref = tmp_path / "ref.db"
        single_crawl(ref_web, ref, seeds, NOW)
        cluster = cluster_factory(web, now=NOW, workers=2)
        first = cluster.crawl(seeds)
        assert "Privacy policies" in first.stdout and "company0000.test" in first.stdout
        assert snapshot(cluster.db) == snapshot(ref)

        edited = next(s for s in web.sites.values() if s.kind == "footer-en")
        for w in (ref_web, web):
            page = w.sites[edited.host].pages[edited.expected.split(edited.host)[1]]
            w.edit(edited.host, edited.expected.split(edited.host)[1], page.body.replace(b"</h1>", b"</h1><p>We "
                   b"now also keep records of your support requests for three years.</p>", 1), when=1_750_000_000)
        single_crawl(ref_web, ref, seeds, LATER, "--due")
        cluster.restart(now=LATER)  # the archive's simulated clock is each process's own
        second = cluster.crawl(seeds, "--due")
        assert "v2" in second.stdout  # the edited policy's new version is in the closing table
        got, want = snapshot(cluster.db), snapshot(ref)
        assert got == want
        assert any(v[1] == 2 for v in got["versions"])

        runs = query(cluster.db, "SELECT kind, status, counts FROM runs ORDER BY id")
        ref_runs = query(ref, "SELECT kind, status, counts FROM runs ORDER BY id")
        assert [(k, s) for k, s, _ in runs] == [(k, s) for k, s, _ in ref_runs] == [("crawl", "finished"),
                                                                                  ("due", "finished")]
        for (_, _, mine), (_, _, theirs) in zip(runs, ref_runs):
            mine, theirs = json.loads(mine), json.loads(theirs)
            # pages: the companies' pages, robots.txt none of them (a plain crawl counted them: an operator's trial)
            assert {k: mine[k] for k in ("sites", "pages", "new_version", "unchanged", "rejected")} == \
                   {k: theirs[k] for k in ("sites", "pages", "new_version", "unchanged", "rejected")}
        assert query(cluster.db, "SELECT count(*) FROM receipts")[0][0] == 2 * len(KINDS)
    finally:
        ref_web.stop()
        web.stop()


def test_killed_workers_and_writer_lose_nothing_and_record_nothing_twice(tmp_path, cluster_factory):
    """SIGKILL a worker and the writer in the middle of a crawl (the tasks were on the frontier before any
    worker started), start new ones: every company is archived once, as a single-process crawl does."""
    kinds = ["footer-en", "hub", "sitemap", "common-path", "redirect", "lang-de", "rel", "no-policy"]
    ref_web, web = two_webs(24, kinds=kinds, delay=0.15)
    try:
        seeds = write_seeds(web, tmp_path / "seeds.txt")
        ref = tmp_path / "ref.db"
        single_crawl(ref_web, ref, seeds, None)
        cluster = cluster_factory(web, workers=0)
        out = cluster.crawl(seeds, wait=False).stdout
        crawl = out.split()[1].rstrip(":")
        first = cluster.start_worker()
        cluster.start_worker()
        client = cluster.redis.client()
        wait_until(lambda: client.llen("pa:captures") + query(cluster.db, "SELECT count(*) FROM receipts")[0][0] >= 3,
                   120, "the first deliveries")
        kill(first)  # its companies in flight go back to the frontier when its heartbeat expires
        wait_until(lambda: query(cluster.db, "SELECT count(*) FROM receipts")[0][0] >= 6, 120, "the writer")
        kill(cluster.writer)
        cluster.start_worker()
        cluster.start_writer()
        wait_until(lambda: cluster.crawl_done(crawl), 240, "the crawl to finish")

        got = snapshot(cluster.db, dates=False)
        want = snapshot(ref, dates=False)
        assert got["documents"] == want["documents"]
        assert got["versions"] == want["versions"]
        assert [c[:2] + c[3:] for c in got["captures"]] == [c[:2] + c[3:] for c in want["captures"]]
        per_doc = Counter(url for url, *_ in got["captures"])
        assert set(per_doc.values()) == {1}, per_doc  # nothing recorded twice
        assert query(cluster.db, "SELECT count(*) FROM receipts")[0][0] == 24
        assert query(cluster.db, "PRAGMA integrity_check")[0][0] == "ok"
        assert client.llen("pa:captures") == client.llen("pa:captures:working") == client.llen("pa:frontier") == 0
        assert query(cluster.db, "SELECT status FROM runs")[0][0] == "finished"
    finally:
        ref_web.stop()
        web.stop()


def test_a_runs_start_is_when_its_crawl_was_put_on_the_frontier(tmp_path, cluster_factory):
    """A writer started after the workers have fetched (or restarted) used to start the run when it first heard
    of the crawl: `runs` said the crawl began after its first captures."""
    web = generate_sites(3, kinds=["footer-en"]).start()
    try:
        cluster = cluster_factory(web, workers=0)
        stop(cluster.writer)  # its archive is made; the crawl is put on the frontier with no writer up
        crawl = cluster.crawl(write_seeds(web, tmp_path / "seeds.txt"), wait=False).stdout.split()[1].rstrip(":")
        cluster.start_worker()
        client = cluster.redis.client()
        wait_until(lambda: client.llen("pa:captures") >= 2, 120, "the worker's first captures")
        cluster.start_writer()
        wait_until(lambda: cluster.crawl_done(crawl), 120, "the crawl to finish")
        ((started, first_capture),) = query(cluster.db, "SELECT started_at, (SELECT min(fetched_at) FROM captures) "
                                                        "FROM runs")
        assert started <= first_capture
    finally:
        web.stop()

def test_a_batch_delivered_again_is_not_recorded_twice(tmp_path, cluster_factory):
    """The writer's window between its commit and its acknowledgement: batches it committed come back (as
    they do after a kill there); their receipts make them be acknowledged, not recorded. And archive.record
    itself answers DUPLICATE for a capture with the same document, time and body."""
    from archive import DUPLICATE, Capture, open_archive, record

    web = generate_sites(6, kinds=["footer-en", "hub"]).start()
    try:
        seeds = write_seeds(web, tmp_path / "seeds.txt")
        cluster = cluster_factory(web, now=NOW, workers=0)
        stop(cluster.writer)  # the batches wait in the queue: copy them before they are recorded
        cluster.crawl(seeds, wait=False)
        cluster.start_worker()
        client = cluster.redis.client()
        wait_until(lambda: client.llen("pa:captures") == 6, 120, "six delivered batches")
        batches = client.lrange("pa:captures", 0, -1)
        cluster.start_writer()
        wait_until(lambda: client.llen("pa:captures") == 0 and client.llen("pa:captures:working") == 0, 60,
                   "the writer")
        wait_until(lambda: query(cluster.db, "SELECT count(*) FROM receipts")[0][0] == 6, 60, "six receipts")
        before = snapshot(cluster.db)
        stop(cluster.writer)
        client.rpush("pa:captures:working", *batches)  # what a writer killed after its commit leaves
        cluster.start_writer()
        wait_until(lambda: client.llen("pa:captures:working") == 0, 60, "the recovered batches")
        client.rpush("pa:captures", b"PA1\x00\x00\x00\x02{}", b"not a batch")  # bad data: set aside, not fatal
        wait_until(lambda: client.llen("pa:captures:bad") == 2, 60, "the bad batches set aside")
        assert cluster.writer.poll() is None and client.llen("pa:captures:working") == 0
        stop(cluster.writer)
        assert snapshot(cluster.db) == before
        db = open_archive(cluster.db)
        try:
            url, fetched_at, status, sha, headers = db.execute(
                "SELECT url, fetched_at, status, raw_sha256, headers FROM captures LIMIT 1").fetchone()
            from archive.store import get_raw
            again = Capture(url=url, status=status, body=get_raw(db, sha), headers=json.loads(headers),
                            fetched_at=dt.datetime.fromisoformat(fetched_at.replace("Z", "+00:00")))
            assert record(db, again).status == DUPLICATE
        finally:
            db.close()
        assert snapshot(cluster.db) == before
    finally:
        web.stop()


def test_a_second_writer_or_crawl_on_the_archive_is_refused(tmp_path, cluster_factory):
    web = generate_sites(1, kinds=["footer-en"]).start()
    try:
        cluster = cluster_factory(web, workers=0)
        second = subprocess.run([*CLI, "--db", str(cluster.db), "writer", "--redis", cluster.redis.url],
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 2 and "the archive is in use by" in second.stderr and "Traceback" not in second.stderr
        assert "one writer records into an archive" in second.stderr and "crawl --wait" not in second.stderr
        seeds = write_seeds(web, tmp_path / "seeds.txt")
        local = subprocess.run([*CLI, "--db", str(cluster.db), "crawl", "--allow-private", str(seeds)],
                               capture_output=True, text=True, timeout=60, env=env_for(web))
        assert local.returncode == 2 and "the archive is in use by" in local.stderr
        assert cluster.writer.poll() is None
        bad = subprocess.run([*CLI, "--db", str(tmp_path / "x.db"), "writer", "--redis", "redis://127.0.0.1:1/0"],
                             capture_output=True, text=True, timeout=60)
        assert bad.returncode == 2 and bad.stderr.startswith("Error: cannot reach Redis")
    finally:
        web.stop()


def test_a_redis_restart_with_persistence_resumes_the_crawl(tmp_path, cluster_factory):
    kinds = ["footer-en", "hub", "sitemap", "common-path"]
    ref_web, web = two_webs(16, kinds=kinds, delay=0.15)
    try:
        seeds = write_seeds(web, tmp_path / "seeds.txt")
        ref = tmp_path / "ref.db"
        single_crawl(ref_web, ref, seeds, None)
        cluster = cluster_factory(web, workers=2, appendonly=True)
        crawl = cluster.crawl(seeds, wait=False).stdout.split()[1].rstrip(":")
        wait_until(lambda: query(cluster.db, "SELECT count(*) FROM receipts")[0][0] >= 3, 120, "the first records")
        cluster.redis.kill()  # SIGKILL: only what the append-only file holds survives
        wait_until(lambda: "Redis unavailable" in cluster.logs(), 60, "a process to notice Redis gone")
        cluster.redis.start()
        wait_until(lambda: cluster.crawl_done(crawl), 240, "the crawl to finish after the restart")
        # one line each when Redis is lost and when it is back, not one per retry of every request (an
        # operator's trial: 804 identical lines in 45 s)
        logs = [p.read_text(errors="replace") for p in tmp_path.glob("*.log")]
        lost = [log.count("Redis unavailable") for log in logs]
        assert sum(lost) >= 1 and max(lost) <= 2, lost
        assert sum(log.count("Redis answers again") for log in logs) >= 1
        got, want = snapshot(cluster.db, dates=False), snapshot(ref, dates=False)
        assert got["documents"] == want["documents"] and got["versions"] == want["versions"]
        assert set(Counter(url for url, *_ in got["captures"]).values()) == {1}
        assert all(w.poll() is None for w in cluster.workers) and cluster.writer.poll() is None
    finally:
        ref_web.stop()
        web.stop()


def test_politeness_per_host_holds_across_workers(tmp_path, cluster_factory):
    """Twelve companies whose policies live on one host (a policy-hosting service), two workers: that host
    sees at most 2 requests at once and starts at least DOWNLOAD_DELAY apart, from both workers together."""
    web = FixtureWeb([])
    vendor = Site(host="www.policyhost.test", name="host", kind="vendor")
    lines = []
    for i in range(12):
        co = Site(host=f"www.co{i:02d}.test", name=f"Co{i:02d}", kind="hosted")
        co.pages["/"] = Page(home_html(co.name, "en", [("Privacy", f"http://www.policyhost.test/p/{i}")]).encode())
        web.add(co)
        vendor.pages[f"/p/{i}"] = Page(policy_html("en", co.name).encode(), delay=0.2)
        lines.append(f"{co.homepage}  {co.name}  http://www.policyhost.test/p/{i}\n")
    web.add(vendor, company=False)
    web.start()
    try:
        seeds = tmp_path / "seeds.txt"
        seeds.write_text("".join(lines))
        cluster = cluster_factory(web, workers=0)
        delay = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0.3", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2",
                 "-s", "REDIS_SITES_IN_FLIGHT=3"]  # each worker takes 3 companies at a time: both get some
        cluster.start_worker(*delay, "-s", "USER_AGENT=worker-a")
        cluster.start_worker(*delay, "-s", "USER_AGENT=worker-b")
        wait_until(lambda: cluster.redis.client().scard("pa:workers") == 2, 60, "both workers")
        cluster.crawl(seeds)
        hits = sorted((r for r in web.log if r["host"] == "www.policyhost.test" and r["path"].startswith("/p/")),
                      key=lambda r: r["t0"])
        assert len(hits) == 12
        assert {r["headers"].get("user-agent") for r in hits} == {"worker-a", "worker-b"}  # both took part
        gaps = sorted(b["t0"] - a["t0"] for a, b in zip(hits, hits[1:]))
        # the delay, across workers: two uncoordinated workers would be ~0.15 s apart at the median and now and
        # then together; a loaded machine delays a request between its reserved start and the server by a
        # scheduling jitter, hence the slack on the closest pair
        assert gaps[len(gaps) // 2] >= 0.3 - 0.03, gaps
        assert gaps[0] >= 0.15, gaps
        in_flight = max(sum(1 for o in hits if o["t0"] <= r["t0"] < o["t"]) for r in hits)
        assert in_flight <= 2
    finally:
        web.stop()


def _browser_web() -> FixtureWeb:
    """A policy whose text only a script renders, the same page behind a seed's browser=never, a plain one."""
    from crawler.demo.web import js_policy_html
    web = FixtureWeb([])
    for host, name, body in [("www.jsblob.test", "Blob Co", js_policy_html("en", "Blob Co")),
                             ("www.optout.test", "Optout Co", js_policy_html("en", "Optout Co")),
                             ("www.plain.test", "Plain Co", policy_html("en", "Plain Co"))]:
        site = Site(host=host, name=name, kind="browser-test")
        site.pages["/"] = Page(home_html(name, "en", [("Terms", "/terms"), ("Privacy Policy", "/privacy")]).encode())
        site.pages["/privacy"] = Page(body.encode())
        web.add(site)
    return web.start()


def _seeds(web: FixtureWeb, path) -> str:
    path.write_text("".join(f"{s.homepage}  {s.name}" + (f"  {s.homepage}privacy  browser=never"  # pinned
                                                          if s.host == "www.optout.test" else "")
                            + "\n" for s in web.sites.values()))
    return path


def test_workers_render_pages_that_need_a_browser_as_one_process_does(tmp_path, cluster_factory):
    """A worker renders in Chromium what the single-process crawl renders (a seed's browser=never travels
    with its task): the plain response and the rendering both reach the archive, the rendering naming the
    plain one; a worker started with --browser never renders nothing."""
    ref_web, web = _browser_web(), _browser_web()
    try:
        seeds = _seeds(web, tmp_path / "seeds.txt")
        ref = tmp_path / "ref.db"
        single_crawl(ref_web, ref, seeds, NOW, "-s", "BROWSER_SETTLE_TIMEOUT=5")
        cluster = cluster_factory(web, now=NOW, workers=0)
        cluster.start_worker("--browser", "auto", "-s", "BROWSER_SETTLE_TIMEOUT=5")
        cluster.crawl(seeds)
        assert snapshot(cluster.db, dates=False) == snapshot(ref, dates=False)
        sql = ("SELECT fetcher, escalation, outcome, reason, original_sha256 = (SELECT raw_sha256 FROM captures p "
               "WHERE p.url = c.url AND p.fetcher = 'html' ORDER BY p.id LIMIT 1) FROM captures c WHERE url LIKE ? "
               "ORDER BY id")
        for db in (ref, cluster.db):
            assert query(db, sql, ["%jsblob.test/privacy"]) == [("html", "js_shell", "rejected", "escalated", None),
                                                               ("browser", "js_shell", "new_version", None, 1)]
            assert [r[:4] for r in query(db, sql, ["%optout.test/privacy"])] == [("html", None, "rejected",
                                                                                 "challenge")]  # browser=never
            assert [r[:3] for r in query(db, sql, ["%plain.test/privacy"])] == [("html", None, "new_version")]
        assert query(cluster.db, "SELECT count(*) FROM versions v JOIN documents d ON d.id = v.document_id "
                                 "WHERE d.url LIKE '%jsblob%' AND v.text LIKE '%Blob Co%'") == [(1,)]
    finally:
        ref_web.stop()
        web.stop()


def test_a_worker_started_with_browser_never_renders_nothing(tmp_path, cluster_factory):
    web = _browser_web()
    try:
        cluster = cluster_factory(web, now=NOW, workers=0)
        cluster.start_worker("--browser", "never")
        cluster.crawl(_seeds(web, tmp_path / "seeds.txt"))
        assert {r[0] for r in query(cluster.db, "SELECT fetcher FROM captures")} == {"html"}
        versions = "SELECT count(*) FROM versions v JOIN documents d ON d.id = v.document_id WHERE d.url LIKE ?"
        assert query(cluster.db, versions, ["%jsblob%"]) == [(0,)]  # its text only a browser would show
        assert query(cluster.db, versions, ["%plain.test%"]) == [(1,)]
    finally:
        web.stop()


def test_a_cluster_crawl_sends_webhooks_once_it_is_recorded(tmp_path, cluster_factory, receiver):
    url, got, _ = receiver
    web = generate_sites(4, kinds=["footer-en"]).start()
    try:
        seeds = write_seeds(web, tmp_path / "seeds.txt")
        cluster = cluster_factory(web, now=NOW, workers=1)
        cmd = [*CLI, "--db", str(cluster.db), "crawl", "--redis", cluster.redis.url, "--webhook", url, str(seeds)]
        env = {**cluster.env(), "no_proxy": "127.0.0.1", "NO_PROXY": "127.0.0.1"}  # the receiver, not the web
        refused = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
        assert refused.returncode == 2 and "needs --wait" in refused.stderr and not got
        result = subprocess.run([*cmd, "--wait", "240"], env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0 and "4 message(s) sent" in result.stdout, result.stdout + result.stderr
        assert sorted(m["site"] for m in got) == sorted(s.host.removeprefix("www.") for s in web.sites.values())
        assert all(m["event"] == "new_version" and m["version"] == 1 for m in got)
    finally:
        web.stop()


def test_a_cluster_crawl_where_no_company_could_be_reached_fails(tmp_path, cluster_factory):
    """The single-process crawl's outage rule, on a cluster: every company's homepage unanswered (the workers'
    network or proxy down) was a `finished` run and `crawl --wait` exited 0, and each company's discovery backed
    off for a day. The run fails now, `--wait` exits 1 naming a company and why, and nothing is backed off."""
    web = generate_sites(1, kinds=["footer-en"]).start()
    try:
        seeds = tmp_path / "seeds.txt"
        seeds.write_text("http://gone-one.test/\nhttp://gone-two.test/\n")  # the web's proxy answers 502
        cluster = cluster_factory(web, now=NOW, workers=0)
        cluster.start_worker("-s", "RETRY_TIMES=0")
        cmd = [*CLI, "--db", str(cluster.db), "crawl", "--redis", cluster.redis.url, "--wait", "240", str(seeds)]
        result = subprocess.run(cmd, env=cluster.env(), capture_output=True, text=True, timeout=300)
        assert result.returncode == 1, result.stdout + result.stderr + cluster.logs()
        last = result.stderr.strip().splitlines()[-1]
        assert last.startswith("Error: none of the 2 companies could be reached (gone-one.test: "), last
        assert "Traceback" not in result.stderr
        status, errors = query(cluster.db, "SELECT status, errors FROM runs")[0]
        assert status == "failed" and "could be reached" in json.loads(errors)[0]
        assert query(cluster.db, "SELECT count(*) FROM sites WHERE next_discovery IS NOT NULL") == [(0,)]
    finally:
        web.stop()


def test_two_workers_share_a_small_crawl(tmp_path, cluster_factory):
    """A worker took up to 64 companies at one look at the frontier: of a 40-company crawl, 35 went to one worker
    of two while the other sat idle (an operator's trial). It takes a share (REDIS_SITES_CLAIMED) at a time."""
    import re
    web = generate_sites(24, kinds=["footer-en"]).start()
    try:
        seeds = write_seeds(web, tmp_path / "seeds.txt")
        cluster = cluster_factory(web, now=NOW, workers=2)
        cluster.crawl(seeds)
        for w in cluster.workers:
            stop(w)
        delivered = [int(m.group(1)) for log in sorted(tmp_path.glob("worker*.log"))
                     for m in re.finditer(r"worker: (\d+) compan", log.read_text(errors="replace"))]
        assert len(delivered) == 2 and sum(delivered) == 24 and min(delivered) >= 4, delivered
    finally:
        web.stop()


def test_a_crawl_lost_from_redis_fails_its_run(tmp_path, cluster_factory):
    """Redis restarted without its data mid-crawl: the run stayed `running` until the writer was restarted (an
    operator's trial). The writer fails it, saying why."""
    web = generate_sites(2, kinds=["footer-en"]).start()
    try:
        seeds = write_seeds(web, tmp_path / "seeds.txt")
        cluster = cluster_factory(web, now=NOW, workers=0)  # no worker: the crawl waits on the frontier
        cluster.crawl(seeds, wait=False)
        wait_until(lambda: query(cluster.db, "SELECT status FROM runs") == [("running",)], 60, "the writer's run")
        cluster.redis.client().flushdb()  # as a restart without persistence
        wait_until(lambda: query(cluster.db, "SELECT status FROM runs") == [("failed",)], 60, "the run to fail")
        errors = json.loads(query(cluster.db, "SELECT errors FROM runs")[0][0])
        assert errors and "was lost from Redis (restarted without its data, or flushed)" in errors[0]
        assert cluster.writer.poll() is None
    finally:
        web.stop()


def test_a_worker_stopped_sends_no_request_waiting_for_its_politeness_slot(tmp_path, slow_local_sites):
    """`kill -INT` on a worker: it said nothing for 75 s and went on sending the requests that waited for the
    cluster's per-host slot (an operator's trial; a colleague's review found the first fix missed them). It
    says it is stopping, sends nothing more and gives the rest back."""
    import signal

    from archive import open_archive
    from conftest import wait_for_output
    seeds, started = slow_local_sites(tmp_path, 8)
    redis_server = RedisServer(tmp_path / "redis").start()
    try:
        db = tmp_path / "a.db"
        open_archive(db, create=True).close()
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        queued = subprocess.run([*CLI, "--db", str(db), "crawl", "--redis", redis_server.url, str(seeds)], env=env,
                                capture_output=True, text=True, timeout=60)
        assert queued.returncode == 0, queued.stderr
        worker = subprocess.Popen([*CLI, "--db", str(tmp_path / "w.db"), "worker", "--redis", redis_server.url,
                                   "--allow-private", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0"],
                                  env={**env, "PYTHONUNBUFFERED": "1"}, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        started.wait_for(3)
        stop = time.monotonic()
        worker.send_signal(signal.SIGINT)
        said = "".join(wait_for_output(worker, r"worker: stopping", timeout=10))
        assert "finishing the requests under way, giving back the companies not finished" in said
        worker.communicate(timeout=120)
        assert [t for t in started if t > stop + 0.05] == [] and time.monotonic() - stop < 20
        assert redis_server.client().llen("pa:frontier") >= 5  # what it had not done is back on the frontier
    finally:
        redis_server.stop()


def test_crawl_wait_says_what_it_waits_for_and_stops_when_the_crawl_is_gone_or_on_sigint(tmp_path):
    """An operator's trial: `crawl --redis --wait` with no writer and no worker waited in silence; after a Redis
    restart without its data it waited for ever; started in the background it ignored `kill -INT`. It warns of a
    missing writer and worker, stops in one line when the crawl's record is gone, and SIGINT stops the waiting
    (the crawl goes on), exit 130."""
    import signal

    from archive import open_archive
    from conftest import wait_for_output
    redis_server = RedisServer(tmp_path / "redis").start()
    try:
        db = tmp_path / "a.db"
        open_archive(db, create=True).close()
        seeds = tmp_path / "seeds.txt"
        seeds.write_text("https://www.example.com/\n")
        cmd = [*CLI, "--db", str(db), "crawl", "--redis", redis_server.url, "--wait", "120", str(seeds)]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        said = "".join(wait_for_output(proc, r"no worker is running on this Redis", timeout=60))
        assert f"warning: no writer records into {db} now" in said
        redis_server.client().flushdb()  # as a restart without persistence
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 1, err  # the cluster's fault, not a mistake of the user's (2)
        assert err.strip().splitlines()[-1].startswith("Error: the crawl ") and "is no longer in Redis" in err
        # started with SIGINT ignored (`&` in a script): `kill -INT` stops the waiting as Ctrl-C does
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
        wait_for_output(proc, r"no worker is running on this Redis", timeout=60)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 130 and "stopped waiting: crawl " in err and "goes on on the cluster" in err, err
        assert "Traceback" not in err and "Aborted" not in err
    finally:
        redis_server.stop()


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_a_writer_started_in_the_background_stops_on_sigint_or_sigterm(tmp_path, cluster_factory, sig):
    """A writer a shell started in the background inherits SIGINT ignored (`nohup ... &`, a CI job): `kill -INT`
    was ignored (a cluster's `stop` waited its 60 s, then killed it), and a `kill` ended it without its closing
    line. Both now stop it as Ctrl-C does: the lease released, its counts said."""
    import signal
    web = generate_sites(1, kinds=["footer-en"]).start()
    try:
        cluster = cluster_factory(web, workers=0)
        stop(cluster.writer)
        log = tmp_path / "background-writer.log"
        with open(log, "wb") as out:
            writer = subprocess.Popen([*CLI, "--db", str(cluster.db), "writer", "--redis", cluster.redis.url],
                                      env=cluster.env(), stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                                      preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
        try:
            # (its own lease: the cluster's writer, stopped just after it started, may have left one behind)
            wait_until(lambda: query(cluster.db, "SELECT pid FROM lease WHERE pid = ?", [writer.pid]), 60,
                       "the writer to take the lease")
            writer.send_signal(getattr(signal, sig))
            assert writer.wait(timeout=60) == 0, log.read_text()  # (a loaded CI machine took over 20 s once)
        finally:
            kill(writer)
        assert "writer: 0 companies, 0 capture(s) recorded" in log.read_text()
        assert query(cluster.db, "SELECT pid FROM lease") == []
    finally:
        web.stop()
