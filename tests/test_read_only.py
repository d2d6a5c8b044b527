"""An archive on read-only media: every reader works, `serve` included; and a writer leaves the archive in
the .db file, not in its -wal (issue 16's sharp edges).

The read-only file system is real: the archive's directory is bind-mounted read-only in a private mount
namespace (`unshare`), where `serve` and the CLI's readers run as subprocesses; the test first checks that
nothing can be written there. SQLite's `mode=ro` cannot read a WAL archive there (it needs to create the
-shm file), so the readers open it with `immutable=1` (archive.store.read_only_uri).
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import urllib.request

import pytest
from click.testing import CliRunner

from archive.cli import cli
from conftest import wait_for_output
from test_feed import build_archive
from test_view import LAUNCH, free_port


def _namespace() -> list[str]:
    """An `unshare` command line that gives a private mount namespace (as an unprivileged user with a user
    namespace, or as root)."""
    for cmd in (["unshare", "-rm"], ["unshare", "-m"]):
        if shutil.which(cmd[0]) and subprocess.run([*cmd, "true"], capture_output=True).returncode == 0:
            return cmd
    pytest.fail("cannot make a private mount namespace (unshare) for a real read-only file system")


def read_only(directory, *command: str) -> list[str]:
    """`command` run where `directory` is a read-only mount; prints READ-ONLY first when a write there fails."""
    d = str(directory)
    script = (f'mount --bind "{d}" "{d}" && mount -o remount,bind,ro "{d}" && '
              f'if touch "{d}/probe" 2>/dev/null; then echo WRITABLE; else echo READ-ONLY; fi && exec "$@"')
    return [*_namespace(), "sh", "-c", script, "sh", *command]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("ro")
    store = workdir / "media"
    store.mkdir()
    db = build_archive(store / "archive.db", workdir)
    for leftover in store.glob("archive.db-*"):  # as on media the archive was copied to: the .db file alone
        leftover.unlink()
    return db


def test_a_writing_command_leaves_the_archive_in_the_db_file(tmp_path):
    db = build_archive(tmp_path / "archive.db", tmp_path)  # import-warc through the CLI
    wal = tmp_path / "archive.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0, "the data was left in the -wal file"
    # the .db file alone (no -wal beside it) holds every version
    alone = tmp_path / "copy" / "archive.db"
    alone.parent.mkdir()
    shutil.copy(tmp_path / "archive.db", alone)
    conn = sqlite3.connect(alone)
    assert conn.execute("SELECT count(*) FROM versions").fetchone()[0] == 5
    conn.close()


def test_readers_work_on_a_read_only_file_system(archive):
    for args in (["history", "example.com"], ["show", "example.com"], ["feed"], ["status"]):
        out = subprocess.run(read_only(archive.parent, sys.executable, "-c", LAUNCH, "--db", str(archive), *args),
                             capture_output=True, text=True, timeout=120)
        assert out.stdout.startswith("READ-ONLY\n"), out.stdout + out.stderr
        assert out.returncode == 0, out.stderr
    assert not (archive.parent / "probe").exists()


def test_serve_works_on_a_read_only_file_system(archive):
    port = free_port()
    proc = subprocess.Popen(read_only(archive.parent, sys.executable, "-c", LAUNCH, "--db", str(archive), "serve",
                                      "--port", str(port), "--no-open"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert proc.stdout.readline() == b"READ-ONLY\n"
        wait_for_output(proc, r"Uvicorn running on", timeout=90)
        base = f"http://127.0.0.1:{port}"
        for path, text in [("/", "example.com"), ("/company/example.com", "version 3"), ("/version/1", "Cite as"),
                           ("/feed.atom", "<feed")]:
            with urllib.request.urlopen(base + path, timeout=30) as r:
                assert r.status == 200 and text in r.read().decode(), path
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert not os.path.exists(str(archive) + "-shm")


def test_a_writer_is_refused_on_a_read_only_file_system_in_one_line(archive, tmp_path):
    warc = tmp_path / "none.warc"
    warc.write_bytes(b"")
    out = subprocess.run(read_only(archive.parent, sys.executable, "-c", LAUNCH, "--db", str(archive), "reprocess"),
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and out.stderr.strip().startswith("Error:") and "read-only" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert CliRunner().invoke(cli, ["--db", str(archive), "history", "example.com"]).exit_code == 0


def test_a_new_archive_in_a_read_only_folder_is_said_to_be_uncreatable(archive, tmp_path):
    from conftest import URL, at, policy_html, write_warc
    warc = write_warc(tmp_path / "one.warc.gz", [(URL, at(0), 200, policy_html())])
    new = archive.parent / "new.db"
    out = subprocess.run(read_only(archive.parent, sys.executable, "-c", LAUNCH, "--db", str(new), "import-warc",
                                   str(warc)), capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1
    assert out.stderr.strip() == f"Error: cannot create {new}: its folder is read-only (read-only file system or no " \
                                 "write permission)"
    assert not new.exists()


def test_a_reader_on_a_full_disk_is_told_so_not_that_the_archive_is_broken(archive, tmp_path):
    """A fresh user's trial: `status` on an archive whose disk was full said it "is not a policy archive
    (disk I/O error)", and a user could delete a sound archive after that. A reader of a WAL archive makes
    its `-shm` index beside it; for real, the reading process may write no byte (RLIMIT_FSIZE 0)."""
    import resource
    import signal
    db = tmp_path / "archive.db"
    shutil.copy(archive, db)

    def full():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails instead of the process being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    for command in (["status"], ["sites"]):
        said = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(db), *command], capture_output=True,
                              text=True, timeout=60, preexec_fn=full)
        assert said.returncode == 2 and len(said.stderr.strip().splitlines()) == 1, said.stderr
        assert f"cannot open {db} (disk I/O error): is its disk full?" in said.stderr
        assert "not a policy archive" not in said.stderr
    for leftover in tmp_path.glob("archive.db-*"):
        leftover.unlink()
    assert subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(db), "status"], capture_output=True,
                          timeout=60).returncode == 0  # the same file, with room on its disk


def test_an_archive_another_program_locks_is_said_to_be_busy_not_broken(archive, tmp_path):
    """A colleague's review: every error on opening but SQLite's "not a database" was told as a full disk. An
    archive held under an exclusive lock (its journal in the file, as another tool may set) is busy."""
    db = tmp_path / "archive.db"
    shutil.copy(archive, db)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        said = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(db), "status"], capture_output=True,
                              text=True, timeout=120)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert said.returncode == 2 and len(said.stderr.strip().splitlines()) == 1, said.stderr
    assert "another program is writing it" in said.stderr and "disk full" not in said.stderr
