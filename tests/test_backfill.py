"""Backfill from a web archive: a real pywb on 127.0.0.1 serving ten years of a policy (tests/archived_policy.py),
and local servers speaking the Internet Archive's CDX dialect and refusing with 429. Nothing leaves the machine."""
from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import archived_policy as ap
from pywb_server import PywbServer

import crawler.cli  # noqa: F401  (registers `backfill` on the CLI group)
from archive import open_archive
from archive.cli import cli
from crawler import backfill as bf

FAST = ["--rate", "600", "--cdx-rate", "600"]  # 0.1 s between requests: the tests' own politeness
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def pywb(tmp_path_factory):
    root = tmp_path_factory.mktemp("pywb")
    warc = ap.write_history(root / "examplecorp.warc.gz")
    server = PywbServer.start(root, {"policies": [warc]})
    yield server
    server.stop()


@pytest.fixture
def coll(pywb):
    return pywb.collection_url("policies")


def invoke(db, *args):
    from click.testing import CliRunner
    return CliRunner().invoke(cli, ["--db", str(db), *map(str, args)], catch_exceptions=False)


def versions(db_path, url):
    db = open_archive(db_path)
    return db.execute("SELECT v.number, v.first_seen, v.last_seen FROM versions v JOIN documents d "
                      "ON d.id = v.document_id WHERE d.url = ? ORDER BY v.number", [url]).fetchall()


def rejected(db_path, url):
    db = open_archive(db_path)
    return dict(db.execute("SELECT reason, count(*) FROM captures WHERE url = ? AND outcome = 'rejected' "
                           "GROUP BY reason", [url]).fetchall())


def max_in_window(times: list[float], window: float) -> int:
    return max(sum(1 for u in times if t <= u < t + window) for t in times)


def fetches_since(pywb, mark: int) -> list[str]:
    return [path for _, path, _ in pywb.requests()[mark:] if "id_/" in path]


def test_ten_years_of_a_policy_become_its_versions(pywb, coll, tmp_path):
    db_path = tmp_path / "a.db"
    mark = len(pywb.requests())
    result = invoke(db_path, "backfill", ap.OLD, "--archive", coll, *FAST)
    assert result.exit_code == 0, result.output
    expected = ap.EXPECTED[ap.OLD]
    got = versions(db_path, ap.OLD)
    assert [v[1] for v in got] == expected["first_seen"]  # one version per distinct real text, at archive times
    assert [v[2] for v in got] == expected["last_seen"]
    assert rejected(db_path, ap.OLD) == expected["rejected"]  # the 404 period and the redirects
    # one fetch per distinct (status, digest): the identical captures, the revisit and the reappearance after
    # the outage reuse bytes already fetched
    fetched = fetches_since(pywb, mark)
    distinct = {(s, body) for u, _, s, body, *_ in ap.CAPTURES if u == ap.OLD}
    assert len(fetched) == len(set(fetched)) == len(distinct)
    db = open_archive(db_path)
    rows = db.execute("SELECT source, source_ref, fetched_at FROM captures").fetchall()
    assert {r[0] for r in rows} == {f"backfill:127.0.0.1:{pywb.port}/policies"}
    for source, ref, fetched_at in rows:  # provenance: the memento URL, whose timestamp is the capture's time
        stamp = dt.datetime.strptime(fetched_at, "%Y-%m-%dT%H:%M:%SZ").strftime("%Y%m%d%H%M%S")
        assert ref == f"{coll}/{stamp}id_/{ap.OLD}"
    # the User-Agent names the project and its contact, as the crawl's
    assert all(ua.startswith("policy-archive/") and "(+http" in ua for _, _, ua in pywb.requests()[mark:])
    assert "4 new versions" in result.output and "1 CDX and 8 memento requests" in result.output

    # idempotent: a second run fetches no memento and adds nothing
    mark = len(pywb.requests())
    before = db.execute("SELECT count(*) FROM captures").fetchone()[0]
    again = invoke(db_path, "backfill", "examplecorp.com", "--archive", coll, *FAST)  # by site key this time
    assert again.exit_code == 0, again.output
    assert fetches_since(pywb, mark) == []
    assert open_archive(db_path).execute("SELECT count(*) FROM captures").fetchone()[0] == before
    assert "0 new versions, 0 unchanged, 0 rejected" in again.output


def test_the_legacy_encoding_capture_is_the_same_text(pywb, coll, tmp_path):
    """The windows-1252 capture decodes to the text of the UTF-8 ones: unchanged, not a version."""
    db_path = tmp_path / "a.db"
    assert invoke(db_path, "backfill", ap.OLD, "--archive", coll, "--to", "2016-12-31", *FAST).exit_code == 0
    db = open_archive(db_path)
    row = db.execute("SELECT outcome, content_type FROM captures WHERE fetched_at = '2016-03-15T10:00:00Z'").fetchone()
    assert row == ("unchanged", "text/html")
    text = db.execute("SELECT text FROM versions").fetchall()
    assert len(text) == 1 and "representative’s office is in Zürich" in text[0][0]


def test_discover_finds_the_earlier_url_in_archived_homepages(pywb, coll, tmp_path):
    db_path = tmp_path / "a.db"
    mark = len(pywb.requests())
    result = invoke(db_path, "backfill", ap.NEW, "--discover", "--archive", coll, "--rate", "300", "--cdx-rate", "120")
    assert result.exit_code == 0, result.output
    for url in (ap.OLD, ap.NEW):
        assert [v[1] for v in versions(db_path, url)] == ap.EXPECTED[url]["first_seen"], url
        assert [v[2] for v in versions(db_path, url)] == ap.EXPECTED[url]["last_seen"], url
    db = open_archive(db_path)
    assert db.execute("SELECT found_by FROM documents WHERE url = ?", [ap.OLD]).fetchone()[0].startswith(
        "archived-homepage:")
    # measured at the archive's side: never faster than asked (CDX 120/min: 0.5 s; mementos 300/min: 0.2 s)
    reqs = pywb.requests()[mark:]
    cdx = [t for t, path, _ in reqs if "/cdx?" in path]
    mementos = [t for t, path, _ in reqs if "id_/" in path]
    # (arrival times jitter on a loaded machine: the limit is checked over windows, as "N a minute" is)
    assert len(cdx) >= 2 and len(mementos) >= 10
    assert max_in_window(mementos, 5 * 0.2) <= 5 + 1  # at most 5 per second, give or take the edges
    assert mementos[-1] - mementos[0] >= (len(mementos) - 1) * 0.2 - 0.1
    assert min(b - a for a, b in zip(mementos, mementos[1:])) >= 0.2 / 2  # never a burst
    assert cdx[-1] - cdx[0] >= (len(cdx) - 1) * 0.5 - 0.1


def test_a_backfill_that_records_nothing_leaves_no_archive_it_made(tmp_path):
    """A fresh user's trial: a backfill from an archive that cannot be reached left a new, empty archive file
    behind (with its failed run); `import-warc` removes one it found nothing for, and so does backfill. An
    archive that was there before stays, with the failed run recorded."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    port = server.server_port
    server.server_close()  # connection refused
    db_path = tmp_path / "new.db"
    result = invoke(db_path, "backfill", "https://example.com/privacy", "--archive", f"http://127.0.0.1:{port}/c")
    assert result.exit_code == 2 and "cannot reach" in result.output and "no archive was made" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert sorted(tmp_path.iterdir()) == []
    open_archive(db_path).close()  # an archive of the user's, empty
    result = invoke(db_path, "backfill", "https://example.com/privacy", "--archive", f"http://127.0.0.1:{port}/c")
    assert result.exit_code == 2 and "no archive was made" not in result.output
    assert [r[0] for r in open_archive(db_path).execute("SELECT status FROM runs")] == ["failed"]


def test_a_mistyped_collection_stops_and_an_unarchived_url_says_so(pywb, coll, tmp_path):
    """pywb lists nothing for a collection it does not have (an empty 200), which read as "0 listed", exit 0
    (a trial's `--archive http://127.0.0.1:8080/nosuch`); a URL the collection holds no capture of is a note.
    Without --rate / --cdx-rate, an archive on this machine is asked at the local rate, not the Internet
    Archive's 30 a minute."""
    db_path = tmp_path / "a.db"
    wrong = coll.rsplit("/", 1)[0] + "/nosuch"
    result = invoke(db_path, "backfill", ap.OLD, "--archive", wrong)
    assert result.exit_code == 2 and "nosuch: no such collection (HTTP 404" in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1
    # pywb's root, no collection named: its /cdx redirects to its home page, which read as "no capture of
    # this URL", exit 0 (a user's trial: the policy seemed to have no history)
    root = coll.rsplit("/", 1)[0]
    result = invoke(db_path, "backfill", ap.OLD, "--archive", root)
    assert result.exit_code == 2 and "the CDX query was redirected (HTTP 3" in result.output, result.output
    assert "give --archive a pywb collection" in result.output and len(result.output.strip().splitlines()) == 1
    mark = len(pywb.requests())
    result = invoke(db_path, "backfill", "https://www.nowhere.example/privacy", "--discover", "--archive", coll)
    assert result.exit_code == 0, result.output
    assert "the archive lists no capture of this URL" in result.stdout
    assert "--discover: no other policy URL found (0 archived homepages read; the archive lists none" in result.stderr
    # nothing recorded in the archive file this backfill made: none is left (a user's trial found one, as README
    # says there is not)
    assert "nothing was recorded, so no archive was made" in result.stderr and not db_path.exists()
    times = [t for t, _, _ in pywb.requests()[mark:]]
    assert len(times) >= 3 and max_in_window(times, 2.0) >= 3  # 30 a minute would space them 2 s apart
    assert bf.WaybackArchive(coll).is_local() and bf.WaybackArchive("http://10.1.2.3:8080/c").is_local()
    assert not bf.WaybackArchive("http://93.184.215.14/c").is_local()  # a public address


def test_redirect_target_is_followed_with_discover(pywb, coll, tmp_path):
    """A 301 of the old URL names the new one: --discover backfills it from the redirect's time on."""
    db_path = tmp_path / "a.db"
    # no archived homepage between these dates: only the redirect can name the new URL
    result = invoke(db_path, "backfill", ap.OLD, "--discover", "--archive", coll, "--from", "2020-01-01",
                    "--to", "2021-12-31", *FAST)
    assert result.exit_code == 0, result.output
    db = open_archive(db_path)
    assert db.execute("SELECT found_by FROM documents WHERE url = ?", [ap.NEW]).fetchone()[0] == "archived-redirect"
    assert [v[1] for v in versions(db_path, ap.NEW)] == ["2021-02-01T10:00:01Z"]  # from the redirect to --to
    assert [v[1] for v in versions(db_path, ap.OLD)] == ["2020-06-01T10:00:00Z"]  # --from applies


def test_every_thins_change_points(pywb, coll, tmp_path):
    db_path = tmp_path / "a.db"
    result = invoke(db_path, "backfill", ap.OLD, "--archive", coll, "--every", "800d", *FAST)
    assert result.exit_code == 0, result.output
    # runs starting within 800 days of the last kept one are dropped: 2015-02, then 2017-10... kept
    first = [v[1] for v in versions(db_path, ap.OLD)]
    assert first[0] == "2015-02-10T10:00:00Z" and len(first) < len(ap.EXPECTED[ap.OLD]["first_seen"])
    starts = [dt.datetime.fromisoformat(f.replace("Z", "+00:00")) for f in first]
    assert all((b - a).days >= 800 for a, b in zip(starts, starts[1:]))
    # the table says how many listed captures --every left unfetched (a user's trial read "fetched 1" as the
    # whole history); a period under a day is said to be one ("1m" is a minute, not a month)
    listed = len(_listing(coll, ap.OLD))
    planned = len(bf.plan(_listing(coll, ap.OLD), every=800 * 86400))
    row = next(line for line in result.stdout.splitlines() if ap.OLD in line)
    assert f"--every 800d: {listed - planned} listed captures between change points not fetched" in row, row
    minute = invoke(tmp_path / "b.db", "backfill", ap.OLD, "--archive", coll, "--every", "1m", *FAST)
    assert minute.exit_code == 0 and "note: --every 1m is 1 minute(s) ('m' is minutes); a month is 30d" \
        in minute.stderr, minute.stderr


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_a_killed_backfill_resumes_without_duplicates(pywb, coll, tmp_path, sig):
    """SIGKILL in the middle, run again: every capture once, the same versions, nothing recorded fetched again.
    Ctrl-C (SIGINT) stops it as it stops a crawl or an import: a line saying how to resume, exit 130, the run
    `interrupted` (a user's trial got click's "Aborted!", exit 1, and a run `failed` with "KeyboardInterrupt")."""
    db_path = tmp_path / "a.db"
    args = [sys.executable, "-m", "crawler.cli", "--db", str(db_path), "backfill", ap.OLD, ap.NEW, "--archive", coll,
            "--rate", "150", "--cdx-rate", "600", "--no-progress"]
    mark = len(pywb.requests())
    errors = open(tmp_path / "stderr.txt", "w+")  # a file, not a pipe nobody reads while the child runs
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors,  # Ctrl-C heard even when
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # run in the background
    deadline = time.monotonic() + 120
    done_before = 0
    while time.monotonic() < deadline and proc.poll() is None:  # wait for a real condition: 5 captures recorded
        done_before = _captures_so_far(db_path)
        if done_before >= 5:
            break
        threading.Event().wait(0.05)
    assert proc.poll() is None, f"the backfill ended before it could be killed: {(tmp_path / 'stderr.txt').read_text()}"
    os.kill(proc.pid, sig)
    assert proc.wait(timeout=60) == (130 if sig == signal.SIGINT else -signal.SIGKILL)
    errors.close()
    if sig == signal.SIGINT:
        said = (tmp_path / "stderr.txt").read_text()
        assert "interrupted: the captures fetched so far are recorded; run the same backfill again" in said, said
        assert "Traceback" not in said and "Aborted" not in said
    db = open_archive(db_path)
    refs_before = {r[0] for r in db.execute("SELECT source_ref FROM captures")}
    total = len(bf.plan(_listing(coll, ap.OLD))) + len(bf.plan(_listing(coll, ap.NEW)))
    assert 5 <= len(refs_before) < total
    db.conn.close()
    mark2 = len(pywb.requests())
    rerun = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    db = open_archive(db_path)
    refs = [r[0] for r in db.execute("SELECT source_ref FROM captures")]
    assert len(refs) == len(set(refs)) == total  # none duplicated, none lost
    for url in (ap.OLD, ap.NEW):
        assert [v[1] for v in versions(db_path, url)] == ap.EXPECTED[url]["first_seen"]
    refetched = {f"http://127.0.0.1:{pywb.port}{p}" for p in fetches_since(pywb, mark2)}
    assert not refetched & refs_before  # nothing recorded before the kill was fetched again
    assert db.execute("SELECT status FROM runs ORDER BY id").fetchall() == \
        [("interrupted" if sig == signal.SIGINT else "killed",), ("finished",)]
    assert mark < mark2


def test_a_backfill_piped_into_a_reader_that_stopped_records_its_run(pywb, coll, tmp_path):
    """`backfill … | head -1`: as a crawl (the eleventh session's trials), its closing table met the closed pipe
    and the run of a backfill that had recorded everything was `failed`. Its output is dropped, the run
    `finished`, exit 0."""
    db_path = tmp_path / "a.db"
    proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "--db", str(db_path), "backfill", ap.OLD,
                             "--archive", coll, "--rate", "600", "--cdx-rate", "600", "--contact", "ops@example.org"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before the first line
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 0, err
    db = open_archive(db_path)
    assert db.execute("SELECT status FROM runs").fetchall() == [("finished",)]
    assert [v[1] for v in versions(db_path, ap.OLD)] == ap.EXPECTED[ap.OLD]["first_seen"]


def _captures_so_far(db_path) -> int:
    """Captures committed so far, read without writing (the child owns the archive and its migration)."""
    import sqlite3
    if not db_path.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM captures").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet
        return 0


def _listing(coll, url):
    client = bf.Client(bf.WaybackArchive(coll), "policy-archive/test", cdx_per_minute=6000, fetch_per_minute=6000)
    try:
        return client.list(url)
    finally:
        client.close()


# --- planning -------------------------------------------------------------------------------------------------

def m(ts: str, digest: str, status: int | None = 200, url: str = "https://example.com/privacy") -> bf.Memento:
    return bf.Memento(ts, url, status, digest, "warc/revisit" if status is None else "text/html")


def test_plan_records_run_ends_and_fetches_each_digest_once():
    rows = [m("20150101000000", "A"), m("20150201000000", "A"), m("20150301000000", "A", None),
            m("20150401000000", "B"), m("20150501000000", "A"),
            m("20150601000000", "N", 404), m("20150701000000", "N", 404), m("20150801000000", "A")]
    steps = bf.plan(rows[::-1])  # any order in, time order out
    recorded = [(s.memento.timestamp[:6], s.status, s.fetch) for s in steps]
    assert recorded == [("201501", 200, True), ("201503", 200, False),  # run A: its ends; the revisit is A's
                        ("201504", 200, True),  # B
                        ("201505", 200, False),  # A again after B: recorded (a revert), not fetched again
                        ("201506", 404, True), ("201507", 404, False),
                        ("201508", 200, False)]
    assert all(s.source.digest == s.memento.digest for s in steps)


def test_plan_every_merges_runs_split_by_a_dropped_one():
    rows = [m("20150101000000", "A"), m("20150105000000", "B"), m("20150110000000", "A"), m("20150301000000", "C")]
    steps = bf.plan(rows, every=30 * 86400)
    assert [(s.memento.timestamp[:8], s.memento.digest) for s in steps] == [
        ("20150101", "A"), ("20150110", "A"), ("20150301", "C")]  # B dropped; A's run now ends on Jan 10


# --- the adapter: the two CDX dialects ------------------------------------------------------------------------

def test_cdx_dialects_differ_only_in_the_adapter():
    ia, wb = bf.WaybackArchive(), bf.WaybackArchive("http://127.0.0.1:8080/my-coll/")
    assert (ia.cdx_url, ia.name) == ("https://web.archive.org/cdx/search/cdx", "web.archive.org")
    assert (wb.cdx_url, wb.name) == ("http://127.0.0.1:8080/my-coll/cdx", "127.0.0.1:8080/my-coll")
    assert ia.cdx_params("x.com/p", "2015", None, only_ok=True)["filter"] == "statuscode:200"
    assert wb.cdx_params("x.com/p", "2015", None, only_ok=True)["filter"] == "=status:200"
    assert "showResumeKey" in ia.cdx_params("x.com/p", None, None) and "showResumeKey" not in wb.cdx_params(
        "x.com/p", None, None)
    memento = m("20200101000000", "A")
    assert ia.memento_url(memento) == "https://web.archive.org/web/20200101000000id_/https://example.com/privacy"
    assert wb.unreplay("http://127.0.0.1:8080/my-coll/20200101000000id_/https://example.com/new") == \
        "https://example.com/new"
    text = json.dumps([["timestamp", "original", "statuscode", "digest", "mimetype"],
                       ["20150101000000", "https://example.com/p", "200", "AAA", "text/html"],
                       ["20150102000000", "https://example.com/p", "-", "AAA", "warc/revisit"],
                       [], ["com,example)/p 20150102000000"]])
    rows, key = ia.parse_cdx(text)
    assert [r.status for r in rows] == [200, None] and key == "com,example)/p 20150102000000"
    with pytest.raises(bf.BackfillError, match="not pywb's .* check the --archive URL"):
        wb.parse_cdx(text)  # the Internet Archive's answer given to a pywb URL: said so, not Python's words


class _FakeClock:
    def __init__(self):
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds


def test_rate_limiter_keeps_24_a_minute_on_a_clock():
    clock = _FakeClock()
    limiter = bf.RateLimiter(bf.CDX_PER_MINUTE, clock, clock.sleep)
    times = []
    for _ in range(100):
        limiter.wait()
        times.append(clock.now)
    assert max(sum(1 for t in times if s <= t < s + 60) for s in times) <= 24
    assert min(b - a for a, b in zip(times, times[1:])) == pytest.approx(2.5)
    limiter.pause(120)  # Retry-After: nothing before it
    limiter.wait()
    assert clock.now >= times[-1] + 120
    with pytest.raises(Exception):
        bf.RateLimiter(0)


def test_retry_after_forms():
    now = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    assert bf.retry_after("120") == 120
    assert bf.retry_after("Wed, 01 Jan 2025 00:10:00 GMT", now) == 600
    assert bf.retry_after("soon") is None and bf.retry_after(None) is None


class _IAStyle(BaseHTTPRequestHandler):
    """The Internet Archive's CDX dialect on 127.0.0.1: paged with resume keys, refusing the first request
    of each page with 429 + Retry-After, a memento that is an archived 503 (not a refusal)."""
    seen: list[str] = []

    def do_GET(self):
        from urllib.parse import parse_qs, urlsplit
        type(self).seen.append(self.path)
        q = parse_qs(urlsplit(self.path).query)
        if self.path.startswith("/cdx/search/cdx"):
            page = q.get("resumeKey", ["first"])[0]
            if sum(1 for p in type(self).seen if p == self.path) == 1:
                self.send_response(429)
                self.send_header("Retry-After", "90")
                self.end_headers()
                return
            header = ["timestamp", "original", "statuscode", "digest", "mimetype"]
            rows = ([header, ["20150101000000", "https://example.com/p", "200", "A", "text/html"], [], ["k2"]]
                    if page == "first" else [header, ["20160101000000", "https://example.com/p", "503", "B", "text/html"]])
            body = json.dumps(rows).encode()
            self.send_response(200)
        else:
            body = b"<html>archived server error</html>"
            self.send_response(503)
            self.send_header("Memento-Datetime", "Fri, 01 Jan 2016 00:00:00 GMT")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_429_and_retry_after_are_honoured_never_ignored():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _IAStyle)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        clock = _FakeClock()
        archive = bf.WaybackArchive(f"http://127.0.0.1:{server.server_port}", dialect="ia")
        client = bf.Client(archive, bf.user_agent("https://example.org/contact"), clock=clock, sleep=clock.sleep)
        rows = client.list("example.com/p")
        assert [r.timestamp[:4] for r in rows] == ["2015", "2016"]  # both pages, through the resume key
        assert client.counts.cdx == 4 and client.counts.retries == 2  # each page refused once, then asked again
        assert clock.slept.count(90) == 2  # Retry-After honoured to the second
        resp, body = client.fetch(rows[1])  # an archived 503 is the memento, not a refusal: no retry
        assert resp.status_code == 503 and client.counts.retries == 2
        client.close()
    finally:
        server.shutdown()


# --- the command ------------------------------------------------------------------------------------------------

def test_bad_input_is_one_line(tmp_path):
    db_path = tmp_path / "a.db"
    for args, words in [(["nosuch"], "no archive at"),  # a company needs an archive that knows it
                        (["https://example.com/p", "--archive", "ftp://x"], "--archive"),
                        (["https://example.com/p", "--from", "2020-01-01", "--to", "2019-01-01"], "--from is after"),
                        (["https://example.com/p", "--every", "often"], "bad duration"),
                        (["https://example.com/p", "--every", "0d"], "longer than zero")]:
        result = invoke(db_path, "backfill", *args)
        assert result.exit_code == 2, (args, result.output)
        assert words in result.output and "Traceback" not in result.output
    assert open_archive(db_path).execute("SELECT count(*) FROM captures").fetchone()[0] == 0


def test_an_archive_that_is_not_there_is_reported_at_once(tmp_path):
    """Connection refused before the archive ever answered is a wrong --archive, not a busy archive: the run
    stops at once (a fresh user's typo'd port waited 30, 60, 120, 240 s... for over 15 minutes)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)  # answers nothing useful
    port = server.server_port
    server.server_close()  # the port is closed: connection refused
    db = open_archive(tmp_path / "a.db")
    clock = _FakeClock()
    client = bf.Client(bf.WaybackArchive(f"http://127.0.0.1:{port}/coll"), "policy-archive/test", clock=clock,
                       sleep=clock.sleep)
    with pytest.raises(bf.ArchiveRefused, match="cannot reach .*ConnectError.*check --archive"):
        bf.backfill(db, ["https://example.com/p"], client=client)
    assert clock.slept == []  # no backoff
    assert db.execute("SELECT count(*) FROM captures").fetchone()[0] == 0


def test_library_reports_progress_and_a_summary(pywb, coll, tmp_path):
    db = open_archive(tmp_path / "a.db")
    calls = []
    summary = bf.backfill(db, [ap.NEW], archive=coll, cdx_per_minute=6000, fetch_per_minute=6000,
                          progress=lambda url, done, total: calls.append((url, done, total)))
    assert calls[0] == (ap.NEW, 0, 5) and calls[-1] == (ap.NEW, 5, 5)  # the bar: 5 captures to record
    assert [d for _, d, _ in calls] == sorted(d for _, d, _ in calls)
    report = summary.reports[0]
    assert (report.listed, report.fetched, summary.versions, summary.counts.cdx) == (5, 4, 3, 1)
    assert summary.outcome("new_version") == 3 and summary.outcome("unchanged") == 2


def test_benchmark_smoke_run():
    """benchmarks/backfill.py --quick runs end to end on its own pywb and reports the figures it promises."""
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks/backfill.py"), "--quick"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    rows = [line.split("|") for line in proc.stdout.splitlines() if line.startswith("| ExampleCorp")
            or line.startswith("| DenseCorp")]
    assert len(rows) == 2
    example, dense = ([c.strip() for c in r] for r in rows)
    assert example[7] == "7" and dense[7] == "6"  # versions: the distinct real texts
    assert dense[3].startswith("7 ") and dense[4] == "522"  # 7 fetches for 522 listed captures
    for row in (example, dense):  # a rerun adds no capture (ExampleCorp's reads its homepages again)
        assert row[-2].split("(")[0].split("/")[1].strip() == "0", row


class _Blocking(BaseHTTPRequestHandler):
    """An archive that blocks the address for two hours (the Internet Archive's second block)."""
    hits = 0

    def do_GET(self):
        type(self).hits += 1
        self.send_response(429)
        self.send_header("Retry-After", "7200")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_a_long_block_stops_the_whole_backfill(tmp_path):
    """Past an hour's Retry-After no URL asks again in this run: one line, exit 2, a later run resumes. (The
    archive is the user's, made before: one this backfill made is removed when nothing was recorded.)"""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Blocking)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    open_archive(tmp_path / "a.db").close()
    try:
        result = invoke(tmp_path / "a.db", "backfill", "https://a.example/privacy", "https://b.example/privacy",
                        "--archive", f"http://127.0.0.1:{server.server_port}/coll")
        assert result.exit_code == 2 and "asks to wait 7200 s" in result.output, result.output
        assert _Blocking.hits == 1  # the second URL was never asked for
        db = open_archive(tmp_path / "a.db")
        assert db.execute("SELECT status FROM runs").fetchall() == [("failed",)]
    finally:
        server.shutdown()


class _InternetArchiveStyle(BaseHTTPRequestHandler):
    """A Wayback Machine as the Internet Archive's answers look: CDX as JSON rows under a header row, `-` for a
    revisit's status, original headers repeated as X-Archive-Orig-*, its own headers beside them, and a
    redirect memento's Location rewritten into the replay space."""
    rows = [["20150101000000", ap.OLD, "200", "D1", "text/html"],
            ["20150601000000", ap.OLD, "-", "D1", "warc/revisit"],
            ["20170101000000", ap.OLD, "200", "D2", "text/html"],
            ["20210201000000", ap.OLD, "301", "D3", "text/html"]]
    bodies = {"20150101000000": ap._policy(1), "20150601000000": ap._policy(1), "20170101000000": ap._policy(2)}

    def do_GET(self):
        if self.path.startswith("/cdx/search/cdx"):
            body = json.dumps([["timestamp", "original", "statuscode", "digest", "mimetype"], *self.rows]).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
        else:
            stamp = self.path.split("/")[2][:14]
            when = dt.datetime.strptime(stamp, "%Y%m%d%H%M%S").strftime("%a, %d %b %Y %H:%M:%S GMT")
            body = self.bodies.get(stamp, b"")
            self.send_response(301 if stamp.startswith("2021") else 200)
            if stamp.startswith("2021"):
                self.send_header("Location", f"http://127.0.0.1:{self.server.server_port}/web/{stamp}id_/{ap.NEW}")
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("X-Archive-Orig-Content-Type", "text/html; charset=utf-8")
            self.send_header("X-Archive-Orig-Last-Modified", "Thu, 01 Jan 2015 00:00:00 GMT")
            self.send_header("X-Archive-Src", "spn2-20150101.warc.gz")
            self.send_header("Memento-Datetime", when)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_internet_archive_dialect_end_to_end(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _InternetArchiveStyle)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        archive = bf.WaybackArchive(f"http://127.0.0.1:{server.server_port}", dialect="ia")
        client = bf.Client(archive, "policy-archive/test", cdx_per_minute=6000, fetch_per_minute=6000)
        db = open_archive(tmp_path / "a.db")
        summary = bf.backfill(db, [ap.OLD], client=client)
        assert summary.reports[0].fetched == 3  # the revisit is not fetched: its bytes are D1's
        rows = db.execute("SELECT fetched_at, status, outcome, headers FROM captures ORDER BY fetched_at").fetchall()
        assert [(r[0][:4], r[1], r[2]) for r in rows] == [("2015", 200, "new_version"), ("2015", 200, "unchanged"),
                                                          ("2017", 200, "new_version"), ("2021", 301, "rejected")]
        headers = json.loads(rows[0][3])
        assert headers["last-modified"] == "Thu, 01 Jan 2015 00:00:00 GMT"  # the original's, put back
        assert "x-archive-src" not in headers and "memento-datetime" not in headers  # the archive's own, left out
        assert json.loads(rows[3][3])["location"] == ap.NEW  # the original Location, not the replay URL
        assert bf.Backfill(db, client).redirect_targets(ap.OLD) == [(ap.NEW, "20210201000000")]
        client.close()
    finally:
        server.shutdown()
