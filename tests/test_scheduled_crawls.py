"""Scheduled crawls against a real local web: due-only fetching under a simulated clock, moved policies,
concurrent runs, a real SIGKILL mid-crawl, webhooks and the schedule loop."""
import json
import os
import signal
import sqlite3
import subprocess
import sys

import pytest

from archive import open_archive
from conftest import wait_for_output
from crawler.demo.web import FixtureWeb, Page, Site, home_html, policy_html, write_seeds

FAST = ("-s", "AUTOTHROTTLE_START_DELAY=0.05", "-s", "DOWNLOAD_DELAY=0", "--no-progress")
DAY0 = "2025-03-01T08:00:00Z"


def day(n: float) -> str:
    import datetime as dt
    t = dt.datetime.fromisoformat(DAY0.replace("Z", "+00:00")) + dt.timedelta(days=n)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def company(i: int, delay: float = 0.0, policy_path: str = "/privacy") -> Site:
    co = f"Sched{i:02d}"
    site = Site(host=f"www.sched{i:02d}.test", name=co, kind="footer-en")
    site.pages["/"] = Page(home_html(co, "en", [("Terms", "/terms"), ("Privacy Policy", policy_path)]).encode())
    site.pages[policy_path] = Page(policy_html("en", co).encode(), delay=delay)
    return site


def crawl(web, db, seeds, *extra, now=DAY0, wait=True, **kw):
    env = {**os.environ, "http_proxy": web.proxy_url, "HTTP_PROXY": web.proxy_url, "no_proxy": "127.0.0.1,localhost", "NO_PROXY": "127.0.0.1,localhost",
           "POLICY_ARCHIVE_NOW": now, "COLUMNS": "200"}
    cmd = [sys.executable, "-m", "crawler.cli", "--db", str(db), "crawl", "--allow-private", *FAST, *extra, str(seeds)]
    if not wait:
        return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=180)


def count(db, sql, params=()):
    """A count read while a crawl may be creating or writing the archive (0 until it exists)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return conn.execute(sql, params).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


@pytest.fixture
def web():
    w = FixtureWeb([company(i) for i in range(4)]).start()
    yield w
    w.stop()


@pytest.mark.parametrize("reason,crawls,extra,shown", [
    ("clock_date", 3, lambda n: f"<p>Last updated: {day(n)[:10]}</p>", "unchanged (its printed date follows the clock)"),
    ("volatile", 4, lambda n: f"<p>Our privacy team currently answers requests in about {12 + 17 * n} minutes.</p>",
     "unchanged (but for a block that changes at every visit)")])
def test_a_capture_that_saw_the_policy_reads_as_unchanged_in_the_closing_table(tmp_path, reason, crawls, extra, shown):
    """A fresh user's trial: a vendor whose page prints the day it is served showed "rejected (clock_date)" in
    every weekly table, read as an error though the policy was seen and had not changed. The same for a line whose
    value is new at every visit (a wait time): after its first two changes, versions, it is refused as `volatile`."""
    site = company(0)
    web = FixtureWeb([site]).start()
    try:
        db, seeds = tmp_path / "a.db", write_seeds(web, tmp_path / "seeds.txt")
        outs = []
        for n in range(crawls):
            site.pages["/privacy"] = Page(policy_html("en", "Sched00", extra=extra(n)).encode())
            outs.append(crawl(web, db, seeds, now=day(n)))
            assert outs[-1].returncode == 0, outs[-1].stderr
        assert count(db, "SELECT count(*) FROM captures WHERE reason = ?", [reason]) == 1
        row = next(line for line in outs[-1].stdout.splitlines() if "sched00" in line)
        assert shown in row and "rejected" not in row, outs[-1].stdout
    finally:
        web.stop()


def test_due_crawls_fetch_only_what_is_due(web, tmp_path):
    db, seeds = tmp_path / "a.db", write_seeds(web, tmp_path / "seeds.txt")
    first = crawl(web, db, seeds, "--due", now=day(0))
    assert first.returncode == 0, first.stderr
    assert count(db, "SELECT count(*) FROM versions") == 4
    n = len(web.log)

    soon = crawl(web, db, seeds, "--due", now=day(0.1))
    assert soon.returncode == 0 and "nothing is due" in soon.stdout
    # the companies skipped are said, with how to check them all (a weekly `--due` run skipped vendors silently)
    assert "4 of 4 companies not due yet" in soon.stdout and "`crawl` without --due checks every one" in soon.stdout
    assert len(web.log) == n  # not a single request

    later = crawl(web, db, seeds, "--due", now=day(1.2))
    assert later.returncode == 0, later.stderr
    fetched = web.log[n:]
    # known policies only: no homepage, no discovery; robots.txt, a day old now, is asked again
    assert sorted(r["path"] for r in fetched if r["path"] != "/privacy") == ["/robots.txt"] * 4
    assert {r["status"] for r in fetched if r["path"] == "/privacy"} == {304}
    assert count(db, "SELECT count(*) FROM captures WHERE outcome = 'unchanged'") == 4

    web.edit("www.sched01.test", "/privacy", policy_html("en", "Sched01", extra="<p>We now sell data.</p>").encode())
    edited = crawl(web, db, seeds, "--due", now=day(3.5))
    assert edited.returncode == 0, edited.stderr
    assert count(db, "SELECT count(*) FROM versions") == 5
    a = open_archive(db, readonly=True)
    runs = a.execute("SELECT kind, status, counts FROM runs ORDER BY id").fetchall()
    assert [(k, s) for k, s, _ in runs] == [("due", "finished")] * 4
    assert json.loads(runs[0][2])["new_version"] == 4 and json.loads(runs[1][2]) == {"sites": 0}
    # the one that changed is checked again in a day; the stable ones were stretched to 1.5 days
    intervals = dict(a.execute("SELECT url, check_interval FROM documents").fetchall())
    assert intervals["http://www.sched01.test/privacy"] == 86400
    assert intervals["http://www.sched00.test/privacy"] == 86400 * 1.5 ** 2


def test_a_moved_policy_is_rediscovered_and_linked(web, tmp_path):
    db, seeds = tmp_path / "a.db", write_seeds(web, tmp_path / "seeds.txt")
    assert crawl(web, db, seeds, now=day(0)).returncode == 0
    site = web.sites["www.sched02.test"]
    site.pages["/legal/privacy-notice"] = site.pages.pop("/privacy")
    site.pages["/"] = Page(home_html("Sched02", "en", [("Privacy Notice", "/legal/privacy-notice")]).encode())
    result = crawl(web, db, seeds, "--due", now=day(2))
    assert result.returncode == 0, result.stderr
    a = open_archive(db, readonly=True)
    rows = a.execute("SELECT d.id, d.url, d.state, d.moved_to, s.key FROM documents d JOIN sites s "
                     "ON s.id = d.site_id WHERE s.key = 'sched02.test' ORDER BY d.id").fetchall()
    assert [(url, state) for _, url, state, _, _ in rows] == [
        ("http://www.sched02.test/privacy", "moved"), ("http://www.sched02.test/legal/privacy-notice", "active")]
    assert rows[0][3] == rows[1][0]
    assert a.execute("SELECT reason FROM captures WHERE url = 'http://www.sched02.test/privacy' "
                     "ORDER BY id DESC").fetchone()[0] == "http_404"
    # the next due crawl no longer asks for the old URL
    n = len(web.log)
    assert crawl(web, db, seeds, "--due", now=day(5)).returncode == 0
    assert not [r for r in web.log[n:] if r["path"] == "/privacy" and "sched02" in r["host"]]


def test_two_crawls_at_once_do_not_share_the_archive(tmp_path):
    web = FixtureWeb([company(0, delay=3.0)]).start()
    try:
        db, seeds = tmp_path / "a.db", write_seeds(web, tmp_path / "seeds.txt")
        first = crawl(web, db, seeds, "--log-level", "INFO", wait=False)
        wait_for_output(first, r"Spider opened")  # the lease is taken before the spider opens
        assert count(db, "SELECT count(*) FROM lease") == 1
        second = crawl(web, db, seeds)
        assert second.returncode == 2
        assert "the archive is in use by" in second.stderr and "Traceback" not in second.stderr
        third = crawl(web, db, seeds, "--wait", "120")  # waits for the first, then runs
        first.communicate(timeout=120)
        assert first.returncode == 0
        assert third.returncode == 0, third.stderr
        a = open_archive(db, readonly=True)
        assert [r[0] for r in a.execute("SELECT status FROM runs ORDER BY id")] == ["finished", "finished"]
        assert a.execute("SELECT count(*) FROM captures").fetchone()[0] == 2
    finally:
        web.stop()


def test_a_killed_crawl_resumes_without_losing_or_repeating_work(tmp_path):
    # staggered answers (0.3 s apart), so that a kill after the third recorded capture lands mid-crawl
    web = FixtureWeb([company(i, delay=0.3 * (i + 1)) for i in range(10)]).start()
    try:
        db, seeds = tmp_path / "a.db", write_seeds(web, tmp_path / "seeds.txt")
        proc = crawl(web, db, seeds, "--due", "--log-level", "INFO", wait=False)
        wait_for_output(proc, r"new_version http", count=3, timeout=90)  # logged once committed
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        done = count(db, "SELECT count(*) FROM captures")
        assert 3 <= done < 10, "the crawl must be killed in the middle"
        rerun = crawl(web, db, seeds, "--due", now=day(0.01))
        assert rerun.returncode == 0, rerun.stderr
        a = open_archive(db, readonly=True)
        assert a.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        per_doc = a.execute("SELECT d.url, count(c.id) FROM documents d JOIN captures c ON c.document_id = d.id "
                            "GROUP BY d.id").fetchall()
        assert len(per_doc) == 10  # nothing lost
        assert {n for _, n in per_doc} == {1}  # nothing fetched twice: what was done stayed done
        assert [r[0] for r in a.execute("SELECT status FROM runs ORDER BY id")] == ["killed", "finished"]
    finally:
        web.stop()


def test_webhook_gets_one_message_per_new_version(web, tmp_path, receiver):
    url, got, _ = receiver
    db, seeds = tmp_path / "a.db", write_seeds(web, tmp_path / "seeds.txt")
    result = crawl(web, db, seeds, "--webhook", url)
    assert result.returncode == 0, result.stderr
    assert "4 message(s) sent" in result.stdout
    assert sorted(m["site"] for m in got) == [f"sched{i:02d}.test" for i in range(4)]
    assert all(m["event"] == "new_version" and m["version"] == 1 for m in got)


def test_schedule_runs_due_crawls_in_the_foreground(web, tmp_path):
    db, seeds = tmp_path / "a.db", write_seeds(web, tmp_path / "seeds.txt")
    env = {**os.environ, "http_proxy": web.proxy_url, "no_proxy": "", "POLICY_ARCHIVE_NOW": DAY0}
    before = len(web.log)
    proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "--db", str(db), "schedule", "--every", "5m",
                             "--max-runs", "2", "--allow-private", "--contact", "https://research.example/me",
                             "-s", "AUTOTHROTTLE_START_DELAY=0.1", str(seeds)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        first = wait_for_output(proc, "run 1 ended with exit code 0", timeout=180)
        proc.send_signal(signal.SIGUSR1)  # the next run now, not in 5 minutes
        _, rest = proc.communicate(timeout=180)
    finally:
        proc.kill()
    assert proc.returncode == 0, rest
    assert ("".join(first) + rest).count("ended with exit code 0") == 2
    a = open_archive(db, readonly=True)
    runs = [json.loads(r[0]) for r in a.execute("SELECT counts FROM runs ORDER BY id")]
    assert runs[0]["sites"] == 4 and runs[1] == {"sites": 0}  # the second found nothing due yet
    # --contact and -s reach each crawl: the contact is in every request's User-Agent
    agents = {next((v for k, v in r["headers"].items() if k.lower() == "user-agent"), "") for r in web.log[before:]}
    assert agents and all("https://research.example/me" in a for a in agents), agents


def _sigint_ignored():
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # as a non-interactive shell starts a job in the background


@pytest.mark.parametrize("sig,code,said,background", [(signal.SIGINT, 130, "Ctrl-C", False),
                                                      (signal.SIGINT, 130, "Ctrl-C", True),
                                                      (signal.SIGTERM, 143, "SIGTERM", False)])
def test_ctrl_c_or_sigterm_stops_a_schedule_as_ctrl_c_stops_a_crawl(tmp_path, sig, code, said, background):
    """Ctrl-C on `schedule` (trial 7) killed its crawl 0.25 s later: no closing lines, exit 1, the run left
    `running`; SIGTERM (`kill`, `docker stop`) left the crawl running as an orphan holding the archive (trial
    8). The crawl now stops gracefully (its run `interrupted`), and the schedule exits 130 or 143. Started in
    the background with SIGINT ignored (`nohup ... &`, a CI job), it ignored `kill -INT`, its crawl ran on."""
    web = FixtureWeb([company(i) for i in range(6)])
    for site in web.sites.values():
        for page in site.pages.values():
            page.delay = 1.0
    web.start()
    try:
        db, seeds = tmp_path / "a.db", write_seeds(web, tmp_path / "seeds.txt")
        env = {**os.environ, "http_proxy": web.proxy_url, "no_proxy": "", "POLICY_ARCHIVE_NOW": DAY0}
        proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "--db", str(db), "schedule", "--every", "1d",
                                 "--allow-private", "-s", "AUTOTHROTTLE_START_DELAY=0.1", str(seeds)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                preexec_fn=_sigint_ignored if background else None)
        try:
            wait_for_output(proc, "run 1 starts", timeout=60, stream="stderr")
            assert web.wait_for_answers(1, timeout=60)  # the crawl is fetching (the web's first answer)
            proc.send_signal(sig)  # what a terminal's Ctrl-C, or `kill`, sends the schedule
            out, err = proc.communicate(timeout=120)
        finally:
            proc.kill()
        assert proc.returncode == code, err
        assert "interrupted:" in err and f"schedule: stopped ({said})" in err and "Aborted" not in err
        assert "run 1 ended with exit code 130" in err
        status = open_archive(db, readonly=True).execute("SELECT status FROM runs").fetchall()
        assert status == [("interrupted",)]
    finally:
        web.stop()


def test_a_schedule_on_an_archive_it_cannot_make_fails_before_its_first_run(tmp_path):
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(tmp_path / "no" / "a.db"), "schedule",
                             "x.example"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "does not exist" in result.stderr


def test_a_bad_setting_stops_the_schedule_before_its_first_run(tmp_path):
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(tmp_path / "a.db"), "schedule",
                             "-s", "NOVALUE", "x.example"], capture_output=True, text=True)
    assert result.returncode == 2 and result.stderr.strip() == "Error: -s 'NOVALUE': expected NAME=VALUE"


def test_bad_duration_is_one_line(tmp_path):
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(tmp_path / "a.db"), "schedule",
                             "--every", "daily", "x.example"], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == "Error: bad duration 'daily': use a number and a unit, e.g. 30m, 6h, 1d"


def test_a_company_without_a_policy_is_rediscovered_with_backoff(tmp_path):
    nothing = Site(host="www.nopolicy.test", name="No Policy Co", kind="none")
    nothing.pages["/"] = Page(home_html("No Policy Co", "en", [("Terms", "/terms")]).encode())
    web = FixtureWeb([company(0), nothing]).start()
    try:
        db, seeds = tmp_path / "a.db", write_seeds(web, tmp_path / "seeds.txt")
        assert crawl(web, db, seeds, "--due", now=day(0)).returncode == 0
        n = len(web.log)
        assert crawl(web, db, seeds, "--due", now=day(0.5)).returncode == 0
        assert len(web.log) == n  # neither the known policy nor the failed discovery is due yet
        plain = crawl(web, db, seeds, now=day(0.5))  # a plain crawl waits too...
        assert plain.returncode == 0 and "looked at again later" in plain.stdout
        assert not [r for r in web.log[n:] if r["host"] == "www.nopolicy.test"]
        n = len(web.log)
        assert crawl(web, db, seeds, "--rediscover", now=day(0.5)).returncode == 0  # ...unless told not to
        assert any(r["host"] == "www.nopolicy.test" and r["path"] == "/" for r in web.log[n:])
        n = len(web.log)
        assert crawl(web, db, seeds, "--due", now=day(3)).returncode == 0  # after 1 + 2 days of backoff
        assert any(r["host"] == "www.nopolicy.test" and r["path"] == "/" for r in web.log[n:])
        a = open_archive(db, readonly=True)
        failures, retry = a.execute("SELECT discovery_failures, next_discovery FROM sites "
                                    "WHERE key = 'nopolicy.test'").fetchone()
        assert failures == 3 and day(3 + 3.6) <= retry <= day(3 + 4.4)  # 1, 2, then 4 days (±10%)
    finally:
        web.stop()


def test_messages_owed_are_posted_by_a_crawl_with_nothing_due(web, tmp_path, receiver):
    """Trial 8: a receiver down for one run got its messages only with the next run that had a company due,
    about a day later; `crawl --due` with nothing due posts what is owed, once."""
    url, got, state = receiver
    db, seeds = tmp_path / "a.db", write_seeds(web, tmp_path / "seeds.txt")
    state["fail"] = 10_000  # the receiver answers 503 all through the first run
    first = crawl(web, db, seeds, "--due", "--webhook", url, now=day(0))
    assert first.returncode == 0 and "4 not delivered" in first.stdout and not got
    state["fail"] = 0
    again = crawl(web, db, seeds, "--due", "--webhook", url, now=day(0.01))
    assert again.returncode == 0 and "nothing is due" in again.stdout and "4 message(s) sent" in again.stdout
    assert sorted(m["site"] for m in got) == [f"sched{i:02d}.test" for i in range(4)]
    crawl(web, db, seeds, "--due", "--webhook", url, now=day(0.02))
    assert len(got) == 4  # each once


def test_a_policy_url_that_keeps_answering_404_is_recorded_each_time(tmp_path):
    """Trial 8: after the first 404 the document was `moved`, later crawls found the same link from the homepage,
    got 404 again and recorded nothing: the history said '1 capture' refused, `status` a last capture weeks old."""
    web = FixtureWeb([company(0)]).start()
    try:
        db, seeds = tmp_path / "a.db", write_seeds(web, tmp_path / "seeds.txt")
        assert crawl(web, db, seeds, now=day(0)).returncode == 0
        web.sites["www.sched00.test"].pages["/privacy"] = Page(b"Not here", status=404)
        for n in (2, 4, 7):
            assert crawl(web, db, seeds, now=day(n)).returncode == 0
        a = open_archive(db, readonly=True)
        assert [r[0] for r in a.execute("SELECT reason FROM captures ORDER BY id")] == [None, "http_404", "http_404",
                                                                                     "http_404"]
        shown = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(db), "show", "sched00.test"],
                               capture_output=True, text=True, timeout=60)
        assert f"has been refused since {day(2)} (http_404; 3 captures)" in shown.stderr
    finally:
        web.stop()
