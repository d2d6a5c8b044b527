"""Scheduling rules: adaptive intervals, backoff, failing state, due sites, runs and the lease."""
import datetime as dt
import os
import random
import subprocess
import sys

import pytest

from archive import ArchiveError, Capture, open_archive, record
from archive import schedule
from archive.capture import NEW_VERSION, REJECTED
from conftest import URL, at, policy_html

DAY = dt.timedelta(days=1)


def test_stable_policies_are_checked_less_often_up_to_14_days():
    interval, now, rng = None, at(0), random.Random(1)
    seen = []
    for _ in range(12):
        check = schedule.after_success(interval, changed=False, now=now, rng=rng)
        interval, now = check.interval, check.next_check
        seen.append(interval)
    assert seen[0] == DAY
    assert all(a <= b for a, b in zip(seen, seen[1:]))
    assert seen[-1] == dt.timedelta(days=14)


def test_a_change_brings_the_interval_back_to_one_day():
    check = schedule.after_success(dt.timedelta(days=10), changed=True, now=at(0), rng=random.Random(1))
    assert check.interval == DAY
    assert DAY * 0.9 <= check.next_check - at(0) <= DAY * 1.1


def test_failures_back_off_with_jitter_and_become_failing():
    delays, failures = [], 0
    for i in range(6):
        check = schedule.after_failure(DAY, failures, at(0), rng=random.Random(i))
        failures = check.failures
        delays.append(check.next_check - at(0))
        assert check.state == ("failing" if failures >= schedule.FAILING_AFTER else "active")
    assert delays[0] < delays[1] < delays[2] < delays[3]
    assert max(delays) <= dt.timedelta(days=14) * 1.1
    jittered = {schedule.after_failure(DAY, 1, at(0), rng=random.Random(s)).next_check for s in range(5)}
    assert len(jittered) == 5  # documents that fail together do not retry together


def test_record_check_moves_next_check_and_due_sites(db_path, monkeypatch):
    monkeypatch.setenv("POLICY_ARCHIVE_NOW", "2024-01-01T00:00:00Z")
    db = open_archive(db_path)
    out = record(db, Capture(url=URL, fetched_at=at(0), status=200, body=policy_html(), site="example.com"))
    assert schedule.due_sites(db, ["example.com", "new.org"]) == ["example.com", "new.org"]
    schedule.record_check(db, URL, out.status)
    assert schedule.due_sites(db, ["example.com", "new.org"]) == ["new.org"]
    monkeypatch.setenv("POLICY_ARCHIVE_NOW", "2024-01-02T06:00:00Z")
    assert schedule.due_sites(db, ["example.com"]) == ["example.com"]
    out = record(db, Capture(url=URL, fetched_at=at(1, 6), status=0, error="timeout"))
    assert (out.status, out.reason) == ("rejected", "timeout")
    schedule.record_check(db, URL, out.status, out.reason)
    state, failures, error = db.execute("SELECT state, failures, last_error FROM documents").fetchone()
    assert (state, failures, error) == ("active", 1, "timeout")


def test_an_outage_takes_back_the_failures_of_its_run_only(db_path, monkeypatch):
    """`outage`: the failed checks a run made (since its start) are taken back, a policy made `failing` by one
    of them is `active` again and due at once; a failure of an earlier run stays, as does a `moved` policy."""
    monkeypatch.setenv("POLICY_ARCHIVE_NOW", "2024-01-01T00:00:00Z")
    db = open_archive(db_path)
    record(db, Capture(url=URL, fetched_at=at(0), status=200, body=policy_html(), site="example.com"))
    for day in range(1, 5):  # four failed checks, one a day: the fourth (on 2024-01-05) makes it failing
        schedule.record_check(db, URL, REJECTED, "timeout", now=at(day))
    assert db.execute("SELECT state, failures FROM documents").fetchone() == ("failing", 4)
    schedule.outage(db, ["example.com"], "2024-01-05T00:00:00Z")  # the run that made the fourth
    assert db.execute("SELECT state, failures, next_check FROM documents").fetchone() == \
        ("active", 3, "2024-01-05T00:00:00Z")  # due from the run's start, not "never crawled" (NULL)
    schedule.outage(db, ["example.com"], "2024-01-06T00:00:00Z")  # a later run made no check: nothing taken
    assert db.execute("SELECT failures FROM documents").fetchone() == (3,)
    db.execute("UPDATE documents SET state = 'moved', failures = 1, last_check = '2024-01-06T00:00:00Z'")
    schedule.outage(db, ["example.com"], "2024-01-06T00:00:00Z")
    assert db.execute("SELECT state, failures FROM documents").fetchone() == ("moved", 0)


def test_a_404_marks_the_policy_for_rediscovery(db_path, monkeypatch):
    monkeypatch.setenv("POLICY_ARCHIVE_NOW", "2024-01-01T00:00:00Z")
    db = open_archive(db_path)
    record(db, Capture(url=URL, fetched_at=at(0), status=200, body=policy_html()))
    out = record(db, Capture(url=URL, fetched_at=at(1), status=404, body=b"gone"))
    check = schedule.record_check(db, URL, out.status, out.reason)
    assert check.state == "moved"
    new = "https://www.example.com/legal/privacy-notice"
    record(db, Capture(url=new, fetched_at=at(1), status=200, body=policy_html()))
    schedule.mark_moved(db, URL, new)
    rows = db.execute("SELECT url, state, moved_to FROM documents ORDER BY id").fetchall()
    assert rows == [(URL, "moved", 2), (new, "active", None)]
    assert db.execute("SELECT count(DISTINCT site_id) FROM documents").fetchone()[0] == 1
    # a URL pinned in the seeds is not looked for elsewhere: its 404 is a failed check, not a move
    out = record(db, Capture(url=new, fetched_at=at(2), status=404, body=b"gone"))
    assert schedule.record_check(db, new, out.status, out.reason, pinned=True).state == "active"


def test_a_move_is_marked_whichever_scheme_the_seed_writes_and_https_is_no_move(db_path):
    """A document is one page at `http://` and `https://` (`store.address_forms`): a seed written `http://` marks
    the `https://` document moved, and rediscovery finding the `https://` form of the same page marks nothing."""
    db = open_archive(db_path)
    record(db, Capture(url=URL, fetched_at=at(0), status=200, body=policy_html()))
    plain = URL.replace("https://", "http://")
    schedule.mark_moved(db, plain, URL)
    assert db.execute("SELECT state, moved_to FROM documents").fetchall() == [("active", None)]
    new = "https://www.example.com/legal/privacy-notice"
    record(db, Capture(url=new, fetched_at=at(1), status=200, body=policy_html()))
    schedule.mark_moved(db, plain, new)
    assert db.execute("SELECT url, state, moved_to FROM documents ORDER BY id").fetchall() == [
        (URL, "moved", 2), (new, "active", None)]


def test_runs_and_killed_runs(db_path):
    db = open_archive(db_path)
    run_id = schedule.start_run(db, "crawl", "seeds.txt")
    schedule.finish_run(db, run_id, {"new_version": 2}, ["https://x.example/: timeout"])
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    db.execute("INSERT INTO runs (started_at, kind, pid, host, status) VALUES ('2024-01-01T00:00:00Z', 'due', ?, ?, "
               "'running')", [int(child.stdout), os.uname().nodename])
    assert schedule.close_dead_runs(db) == [2]
    assert [r[0] for r in db.execute("SELECT status FROM runs ORDER BY id")] == ["finished", "killed"]


def test_lease_refuses_a_second_live_holder_and_takes_over_a_dead_one(db_path):
    db = open_archive(db_path)
    holder = subprocess.Popen([sys.executable, "-c", f"""
import sys; sys.path.insert(0, {os.getcwd()!r})
from archive import open_archive, schedule
db = open_archive({str(db_path)!r}); schedule.acquire_lease(db, 'other crawl'); print('held', flush=True)
sys.stdin.readline()
"""], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(ArchiveError, match="in use by other crawl on "):
            schedule.acquire_lease(db, "me")
        # `crawl --wait` that waited in vain says it waited (a user's trial read the same advice to use --wait)
        from click.testing import CliRunner
        from crawler.cli import cli
        waited = CliRunner().invoke(cli, ["--db", str(db_path), "crawl", "--wait", "1", "https://www.example.com"])
        assert waited.exit_code == 2 and "in use by other crawl on " in waited.output, waited.output
        assert "waited 1 s for it: stop it, or wait longer (--wait SECONDS)" in waited.output
    finally:
        holder.kill()
        holder.wait()
    schedule.acquire_lease(db, "me")  # its process is gone: the lease is taken over
    assert db.execute("SELECT holder, pid FROM lease").fetchone() == ("me", os.getpid())
    schedule.release_lease(db)
    assert db.execute("SELECT count(*) FROM lease").fetchone()[0] == 0


@pytest.mark.parametrize("every", ["0s", "59s", "4m", "0.05h", "366d"])
def test_schedule_refuses_a_period_out_of_bounds_before_any_crawl(tmp_path, every):
    """issue 16, wrong #4: `schedule --every 0s` was accepted and started 825 crawls in ten minutes."""
    from click.testing import CliRunner
    from crawler.cli import cli
    db = tmp_path / "a.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "schedule", "--every", every, "x.example"])
    assert result.exit_code == 2
    assert result.output == (f"Error: --every {every}: give between 5m and 365d (more often than every 5 minutes "
                             "cannot make a due check more punctual; `kill -USR1 PID` runs one now)\n")
    assert not db.exists()  # no crawl ran


def test_schedule_accepts_five_minutes_and_says_the_bounds_in_help(tmp_path, monkeypatch):
    from click.testing import CliRunner
    from crawler.cli import cli
    monkeypatch.chdir(tmp_path)
    # 5m passes the period check: what stops it is the next check, the missing seeds file
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), "schedule", "--every", "5m", "nofile"])
    assert result.exit_code == 2 and result.output == "Error: nofile: neither a seeds file nor a homepage URL\n"
    result = CliRunner().invoke(cli, ["schedule", "--every", "1h", "--max-runs", "0", "x.example"])
    assert result.exit_code == 2 and "Invalid value for '--max-runs'" in result.output
    assert "(at least 5m, at most 365d)" in " ".join(CliRunner().invoke(cli, ["schedule", "--help"]).output.split())


@pytest.mark.parametrize("reason", ["clock_date", "volatile"])
def test_a_capture_refused_as_clock_date_is_a_check_that_saw_the_version(tmp_path, reason):
    """A page printing the day it is served (trial 7): its `clock_date` captures were counted as failed checks,
    so the page showed as `failing`, was retried every few hours, and once the backoff passed a week its clock
    was no longer recognised and each check made a false version. They are successes that saw the version in
    force, and the interval stays under `changes.CLOCK_GAP`; so are a volatile block's (a visit's value in the
    policy), whose rule also needs the page seen within CLOCK_GAP."""
    from archive import changes
    assert schedule.CLOCK_INTERVAL * 1.1 < changes.CLOCK_GAP  # jitter included
    db = open_archive(tmp_path / "a.db")
    url = URL
    record(db, Capture(url=URL, fetched_at=at(0), status=200, body=policy_html(), site="example.com"))
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    check = schedule.record_check(db, url, NEW_VERSION, now=now)
    for _ in range(12):
        now = check.next_check
        check = schedule.record_check(db, url, REJECTED, reason, now=now)
        assert check.failures == 0 and check.state == "active"
        assert check.next_check - now < changes.CLOCK_GAP
    assert check.interval == schedule.CLOCK_INTERVAL  # grown as far as it may
    failing = schedule.record_check(db, url, REJECTED, "http_500", now=now)
    assert failing.failures == 1 and failing.next_check - now < dt.timedelta(hours=3)
