"""The CLI's contract: every command explains itself and is in the README's guide."""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli  # the console script's group, with the crawler's commands added

README = (Path(__file__).parent.parent / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example_and_is_documented(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, f"{name} --help shows no example"
    assert re.search(rf"policy-archive (--db \S+ )?{re.escape(name)}\b", README), f"{name} is not in README.md"


def test_top_level_help_lists_commands():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in ("import-warc", "history", "show", "diff", "export", "reprocess", "crawl"):
        assert name in result.output


def test_version_names_the_extractor_and_the_schema():
    """What made a text is the extractor's version (`versions.extractor`), not the package's: a bug report or
    a methods section needs both."""
    from archive.extract import EXTRACTOR_VERSION
    from archive.store import SCHEMA_VERSION
    result = CliRunner().invoke(cli, ["--version"], prog_name="policy-archive")
    assert result.exit_code == 0
    assert result.output.startswith("policy-archive ")
    assert f"(extractor {EXTRACTOR_VERSION}, archive schema {SCHEMA_VERSION})" in result.output


def test_unreadable_archive_is_one_line(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"definitely not sqlite" * 100)
    result = CliRunner().invoke(cli, ["--db", str(junk), "status"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "is not a policy archive" in result.output


def test_an_archive_damaged_inside_is_one_line_and_no_output_file(tmp_path, history_records):
    """Pages of the file overwritten (a failing disk, a bad copy): `export`, `report` and `feed` crashed with
    sqlite3's "database disk image is malformed" traceback."""
    import os

    from conftest import write_warc
    db = tmp_path / "a.db"
    warc = write_warc(tmp_path / "h.warc.gz", history_records * 1)
    assert CliRunner().invoke(cli, ["--db", str(db), "import-warc", "--workers", "1", str(warc)]).exit_code == 0
    size = db.stat().st_size
    with db.open("r+b") as f:  # every page past the first few: the schema reads, the rows do not
        f.seek(4096 * 2)
        f.write(os.urandom(size - 4096 * 2))
    for args in (["export", "--format", "jsonl", "-o", str(tmp_path / "out.jsonl")],
                 ["report", "-o", str(tmp_path / "out.html")], ["feed"]):
        result = CliRunner().invoke(cli, ["--db", str(db), *args])
        assert result.exit_code == 2, (args, result.output)
        assert result.output.count("\n") == 1 and "is damaged" in result.output and "recover" in result.output
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "out.html").exists()


def test_someone_elses_sqlite_file_is_refused_untouched(tmp_path, history_records):
    """A writing command refused another program's SQLite file after switching it to WAL, a mode that stays."""
    import sqlite3

    from conftest import write_warc
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    warc = write_warc(tmp_path / "h.warc.gz", history_records)
    for args in (["import-warc", str(warc)], ["reprocess"], ["sites"]):
        result = CliRunner().invoke(cli, ["--db", str(other), *args])
        assert result.exit_code == 2 and "is an SQLite file but not a policy archive" in result.output, result.output
    assert other.read_bytes() == before and not (tmp_path / "other.sqlite-wal").exists()
    assert sqlite3.connect(other).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_reading_command_never_turns_an_empty_file_into_an_archive(tmp_path):
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    result = CliRunner().invoke(cli, ["--db", str(empty), "sites"])
    assert result.exit_code == 2 and "is an empty file, not a policy archive" in result.output
    assert empty.stat().st_size == 0 and not (tmp_path / "empty.warc-wal").exists()


def test_listings_as_json_and_csv(run, tmp_path, history_records):
    import csv as csvmod
    import io
    import json

    from conftest import write_warc
    assert run("import-warc", write_warc(tmp_path / "h.warc.gz", history_records)).exit_code == 0
    hist = json.loads(run("history", "example.com", "--json").output)
    assert [h["version"] for h in hist] == [1, 2, 3] and hist[1]["change_kind"] == "edit"
    rows = list(csvmod.DictReader(io.StringIO(run("history", "example.com", "--csv").output)))
    assert [r["version"] for r in rows] == ["1", "2", "3"] and rows[2]["change_summary"].startswith("1 section")
    sites = json.loads(run("sites", "--json").output)
    assert sites == [{"site": "example.com", "name": "Example", "url": "https://www.example.com/privacy", "versions": 3,
                      "last_capture": "2024-02-12T00:00:00Z", "no_policy_reason": None, "state": "active",
                      "next_check": None, "check_interval_days": None, "failures": 0, "last_error": None}]
    assert "due now" in run("sites").output  # imported, never crawled: the schedule's next check is now
    status = json.loads(run("status", "--json").output)
    assert status["captures"] == 7 and {"outcome": "rejected", "reason": "http_404", "captures": 1} in status["outcomes"]
    assert "captures,7" in run("status", "--csv").output.splitlines()
    # imported, never crawled: due at the first `crawl --due`, and said so
    assert (status["due"], status["due_never_crawled"]) == (1, 1)
    assert "due now      1 document(s), 1 of them never crawled (imported only)" in run("status").output
    assert json.loads(run("runs", "--json").output) == []
    assert run("runs", "--csv").output == "run,kind,started_at,ended_at,status,counts,errors\n"
    both = run("sites", "--json", "--csv")
    assert both.exit_code == 2 and "not both" in both.output


def _open_new_archives_in_step(folder: str, rounds: int, barrier, errors) -> None:
    """A worker of the test below: at each round, wait at the barrier with the others, then open that round's new
    archive; a failure is put on `errors` (traceback's last line)."""
    import traceback
    from archive.store import open_archive
    for i in range(rounds):
        barrier.wait(timeout=60)
        try:
            open_archive(f"{folder}/new{i}.db").close()
        except Exception:  # noqa: BLE001 - the test reports whatever a first open raises
            errors.put(traceback.format_exc().strip().splitlines()[-1])


def test_first_opens_of_a_new_archive_at_once_all_succeed(tmp_path):
    """Imports started together on a new archive: the second used to fail with a traceback ('table sites
    already exists') because both read schema 0 before either migrated; later, now and then, with 'database is
    locked', since SQLite refuses the switch to WAL at once, without waiting, while another opener reads the
    new file (CI, 1 of 6 processes). Eight processes open sixty new archives together, each round released by a
    barrier (fork: separate processes, each with its own SQLite connections)."""
    import multiprocessing
    ctx = multiprocessing.get_context("fork")
    rounds, workers = 60, 8
    barrier, errors = ctx.Barrier(workers), ctx.Queue()
    procs = [ctx.Process(target=_open_new_archives_in_step, args=(str(tmp_path), rounds, barrier, errors))
             for _ in range(workers)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
    failures = []
    while not errors.empty():
        failures.append(errors.get())
    assert [p.exitcode for p in procs] == [0] * workers and not failures, failures
    from archive.store import SCHEMA_VERSION, open_archive
    for i in range(rounds):
        path = tmp_path / f"new{i}.db"
        assert open_archive(path, readonly=True).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


@pytest.mark.parametrize("workers", ["0", "-3"])
def test_import_refuses_a_worker_count_below_one(tmp_path, workers):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), "import-warc", "--workers", workers, "x.warc"])
    assert result.exit_code == 2 and "--workers" in result.output and not (tmp_path / "a.db").exists()


def test_status_counts_failed_fetches_by_kind_of_reason():
    """A failed fetch's reason names its host or URL after its kind; `status` counts the kinds, and a reason that
    is a kind already stays whole (a colleague's review: "blocked by robots.txt" was cut to "blocked by")."""
    from archive.cli import _outcome_kinds
    rows = [("rejected", "DNS lookup failed: no results for hostname lookup: www.a.test", 1),
            ("rejected", "DNS lookup failed: no results for hostname lookup: www.b.test", 1),
            ("rejected", "timed out (Getting http://www.a.test/ took longer than 30.0 seconds.)", 2),
            ("rejected", "refused http://127.0.0.1:80/: 127.0.0.1, a loopback address (allowed with --allow-private)", 1),
            ("rejected", "blocked by robots.txt", 3), ("rejected", "http_404", 4), ("new_version", None, 5)]
    assert _outcome_kinds(rows) == [("new_version", None, 5), ("rejected", "http_404", 4),
                                    ("rejected", "blocked by robots.txt", 3), ("rejected", "DNS lookup failed", 2),
                                    ("rejected", "timed out", 2), ("rejected", "refused", 1)]


def test_sites_shows_when_a_moved_policy_is_looked_for_again(tmp_path, monkeypatch):
    """A policy gone (404) is `moved` and no crawl checks its URL: its company's next look is discovery's (a
    colleague's review: `sites` showed the moved URL's next check, which nothing acts on)."""
    from archive import Capture, open_archive, record, schedule
    from conftest import URL, at, policy_html
    monkeypatch.setenv("POLICY_ARCHIVE_NOW", "2024-01-02T00:00:00Z")
    db_path = tmp_path / "a.db"
    db = open_archive(db_path)
    record(db, Capture(url=URL, fetched_at=at(0), status=200, body=policy_html(), site="example.com"))
    out = record(db, Capture(url=URL, fetched_at=at(1), status=404, body=b"gone", site="example.com"))
    assert schedule.record_check(db, URL, out.status, out.reason).state == "moved"
    schedule.discovery_done(db, "example.com", found=False, reason="no privacy policy link")
    retry = db.execute("SELECT next_discovery FROM sites").fetchone()[0]
    db.close()
    listed = json.loads(CliRunner().invoke(cli, ["--db", str(db_path), "sites", "--json"]).output)
    assert [(r["state"], r["next_check"]) for r in listed] == [("moved", retry)]


@pytest.mark.parametrize("args", [["status"], ["export", "--format", "csv", "-o", "-"],
                                  ["history", "--json", "example.com"],
                                  ["history", "example.com"]])  # drawn by rich: its "−" is no ASCII (a review)
def test_output_into_a_pipe_whose_reader_stopped_ends_quietly_as_sigpipe(tmp_path, history_records, args):
    """`policy-archive status | head -1`: click said nothing and exited 1, a failure to a `set -o pipefail`
    script that stopped reading on purpose. It ends as `git log | head` does: nothing said, status 141."""
    import subprocess
    import sys
    from conftest import write_warc
    db = tmp_path / "a.db"
    assert CliRunner().invoke(cli, ["--db", str(db), "import-warc", str(write_warc(tmp_path / "h.warc.gz",
                                                                                     history_records))]).exit_code == 0
    proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "--db", str(db), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, "COLUMNS": "400"})  # a table, not a list
    proc.stdout.close()  # before it writes a byte: its first write finds no reader
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 141 and err == b"", err


def test_the_archive_commands_load_no_crawler_framework():
    """`policy-archive import-warc`, `history`, `export`...: Scrapy and Twisted are the crawl's (a quarter of a
    second and tens of MB in every process, the import's extracting pool included, which forks the CLI)."""
    code = "import sys, crawler.cli; print(sorted({m.split('.')[0] for m in sys.modules} & {'scrapy', 'twisted'}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
