"""export: JSONL, CSV, Parquet, OTA layout, WARC; dataset card; filters; atomic files; stdout, links, FIFOs."""
import csv
import hashlib
import io
import json
import os
import stat
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from warcio.archiveiterator import ArchiveIterator

from archive import open_archive
from archive.export import FIELDS
from conftest import at, policy_html, write_warc


@pytest.fixture
def imported(run, tmp_path, history_records):
    other = [("https://other.org/legal/privacy", at(3), 200, policy_html(title="Other Privacy Notice")),
             ("https://other.org/legal/privacy", at(40), 200, policy_html({0: "We collect only your e-mail "
              "address, and nothing else, and we keep it for thirty days."}, title="Other Privacy Notice"))]
    result = run("import-warc", write_warc(tmp_path / "h.warc.gz", history_records + other))
    assert result.exit_code == 0, result.output
    return run


def test_jsonl_has_every_field_and_a_card(imported, tmp_path):
    out = tmp_path / "v.jsonl"
    result = imported("export", "--format", "jsonl", "--all-versions", "-o", out)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 5
    assert list(rows[0]) == FIELDS
    assert rows[0]["site"] == "example.com" and rows[0]["first_seen"].endswith("Z")
    card = (tmp_path / "v.jsonl.card.md").read_text()
    assert hashlib.sha256(out.read_bytes()).hexdigest() in card
    assert "5 versions of 2 policies of 2 companies" in card
    assert "2024-01-01T00:00:00Z to 2024-02-12T00:00:00Z" in card
    for field in FIELDS:
        assert f"| {field} |" in card


def test_csv_reads_back(imported, tmp_path):
    out = tmp_path / "v.csv"
    assert imported("export", "--format", "csv", "-o", out).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [r["version"] for r in rows] == ["1", "2", "3", "1", "2"]
    assert "one year after it is closed" in rows[2]["markdown"]
    # booleans read as numbers in any spreadsheet: 0 / 1, as technical_upgrade (empty for a first version)
    assert {r["formatting_only"] for r in rows} <= {"0", "1", ""} and {r["technical_upgrade"] for r in rows} == {"0"}
    assert "0" in {r["formatting_only"] for r in rows}


def test_csv_for_excel_begins_with_a_byte_order_mark(imported, tmp_path):
    """A fresh user's trial: Excel on Windows reads a UTF-8 CSV without a byte-order mark in its local code page,
    so Polish and Japanese text came out garbled. `--bom` writes one; without it the file is plain UTF-8, as
    pandas and csv readers expect; other formats refuse it in one line."""
    plain, excel = tmp_path / "v.csv", tmp_path / "excel.csv"
    assert imported("export", "-o", plain).exit_code == 0 and imported("export", "--bom", "-o", excel).exit_code == 0
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert excel.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    assert next(csv.reader(io.StringIO(excel.read_text(encoding="utf-8-sig"))))[0] == FIELDS[0]
    refused = imported("export", "--bom", "-o", tmp_path / "v.jsonl")
    assert refused.exit_code == 2 and "--bom is for --format csv" in refused.output


def test_parquet_reads_back_with_types(imported, tmp_path):
    out = tmp_path / "v.parquet"
    assert imported("export", "--format", "parquet", "-o", out).exit_code == 0
    table = pq.read_table(out)
    assert table.num_rows == 5 and table.column_names == FIELDS
    assert table.schema.field("first_seen").type.tz == "UTC"  # a real timestamp column, not text
    assert table.column("site").to_pylist() == ["example.com"] * 3 + ["other.org"] * 2


def test_filters_latest_site_and_window(imported, tmp_path):
    out = tmp_path / "f.jsonl"
    imported("export", "--format", "jsonl", "--latest", "-o", out)
    assert [(r["site"], r["version"]) for r in map(json.loads, out.read_text().splitlines())] == \
        [("example.com", 3), ("other.org", 2)]
    imported("export", "--format", "jsonl", "--site", "other.org", "-o", out)
    assert {json.loads(r)["site"] for r in out.read_text().splitlines()} == {"other.org"}
    imported("export", "--format", "jsonl", "--site", "other.org", "--site", "example.com", "-o", out)
    assert {json.loads(r)["site"] for r in out.read_text().splitlines()} == {"other.org", "example.com"}
    assert "site in example.com, other.org" in open(f"{out}.card.md", encoding="utf-8").read()
    imported("export", "--format", "jsonl", "--since", "2024-01-20", "--until", "2024-02-01", "-o", out)
    rows = [json.loads(r) for r in out.read_text().splitlines()]
    assert [(r["site"], r["version"]) for r in rows] == [("example.com", 2), ("other.org", 1)]
    imported("export", "--format", "jsonl", "--latest", "--until", "2024-01-20", "-o", out)
    rows = [json.loads(r) for r in out.read_text().splitlines()]
    assert [(r["site"], r["version"]) for r in rows] == [("example.com", 2), ("other.org", 1)]
    # a window after everything captured gets the latest versions, with a word that they are no more than that
    late = imported("export", "--format", "jsonl", "--since", "2030-01-01", "-o", out)
    assert late.exit_code == 0 and "warning: 2 of 2 policies were last captured before --since 2030-01-01: their " \
        "rows are the latest versions known" in late.stderr, late.output
    # each policy by its own last capture (example.com's is on 2024-02-12, other.org's on 2024-02-10)
    one = imported("export", "--format", "jsonl", "--since", "2024-02-11", "-o", out)
    assert "warning: 1 of 2 policies were last captured before --since 2024-02-11" in one.stderr, one.output
    assert "warning" not in imported("export", "--format", "jsonl", "--since", "2024-02-10", "-o", out).stderr
    alone = imported("export", "--format", "jsonl", "--site", "example.com", "--since", "2024-02-11", "-o", out)
    assert "warning" not in alone.stderr, alone.output


def test_changes_are_the_versions_first_seen_in_the_window_that_followed_another(imported, tmp_path):
    """"Which companies changed their policy in 2026?" took an export and a filter by hand (a user's trial):
    `--since` selects what was in force then, `--changes` what changed in that time."""
    out = tmp_path / "c.jsonl"
    rows = lambda: [(r["site"], r["version"], r["change_kind"]) for r in map(json.loads, out.read_text().splitlines())]
    assert imported("export", "--format", "jsonl", "--changes", "-o", out).exit_code == 0
    assert rows() == [("example.com", 2, "edit"), ("example.com", 3, "edit"), ("other.org", 2, "edit")]
    imported("export", "--format", "jsonl", "--changes", "--since", "2024-01-20", "-o", out)
    assert rows() == [("example.com", 3, "edit"), ("other.org", 2, "edit")]  # v2 was in force then, not new
    imported("export", "--format", "jsonl", "--changes", "--since", "2024-01-02", "--until", "2024-01-31", "-o", out)
    assert rows() == [("example.com", 2, "edit")]  # other.org's first version (2024-01-04) is no change
    assert "- Query: changes (versions that followed another); first seen at or after 2024-01-02T00:00:00Z; first " \
        "seen at or before 2024-01-31T23:59:59Z" in open(f"{out}.card.md", encoding="utf-8").read()
    refused = imported("export", "--format", "jsonl", "--changes", "--latest", "-o", tmp_path / "x.jsonl")
    assert refused.exit_code == 2 and "--changes selects versions" in refused.output


def test_ota_layout(imported, tmp_path):
    out = tmp_path / "ota"
    assert imported("export", "--format", "ota", "-o", out).exit_code == 0
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md"))
    # the pages name their companies ("Privacy Policy | Example"): a service folder takes the company's name
    assert files == ["Example/Privacy Policy/2024-01-01T00-00-00Z.md",
                     "Example/Privacy Policy/2024-01-15T00-00-00Z.md",
                     "Example/Privacy Policy/2024-02-05T00-00-00Z.md",
                     "Other/Privacy Policy/2024-01-04T00-00-00Z.md",
                     "Other/Privacy Policy/2024-02-10T00-00-00Z.md", "README.md"]


def test_ota_file_names_are_whole_seconds_as_open_terms_archive_writes_them(run, tmp_path):
    """A fresh user's trial: captures imported from WARC/1.1 (WARC-Date with microseconds) were exported as
    `2023-03-01T08-00-00.390274Z.md`, not the `YYYY-MM-DDTHH-MM-SSZ.md` the README (and Open Terms Archive's
    engine, which drops the milliseconds) writes. Whole seconds now; only versions of one document first seen
    within one second keep the fraction, all six digits, so neither overwrites the other and names sort as times."""
    from conftest import SECTIONS, policy_html
    v1, v2 = policy_html(), policy_html({3: SECTIONS[3][1] + " We will answer every request within one month."})
    v3 = policy_html({4: "We keep your personal data for one year after your account is closed."})
    url = "https://www.example.com/privacy"
    warc = write_warc(tmp_path / "sub.warc.gz", [(url, "2023-03-01T08:00:00.390274Z", 200, v1),
                                                 (url, "2023-03-02T08:00:00.200000Z", 200, v2),
                                                 (url, "2023-03-02T08:00:00.700000Z", 200, v1),
                                                 (url, "2023-03-03T10:11:12.5Z", 200, v3)])
    assert run("import-warc", warc).exit_code == 0
    out = tmp_path / "ota"
    assert run("export", "--format", "ota", "-o", out).exit_code == 0
    files = sorted(p.name for p in out.rglob("*.md") if p.name != "README.md")
    assert files == ["2023-03-01T08-00-00Z.md", "2023-03-02T08-00-00.200000Z.md", "2023-03-02T08-00-00.700000Z.md",
                     "2023-03-03T10-11-12Z.md"]
    assert "YYYY-MM-DDTHH-MM-SSZ>.md" in (out / "README.md").read_text()
    again = run("export", "--format", "ota", "-o", out)  # its own earlier export is replaced, fractions and all
    assert again.exit_code == 0, again.output


def test_ota_layout_gives_every_document_its_own_folder(run, tmp_path):
    """Two companies of one name, and one company with two policies: each document keeps its own history
    (a fresh user's export wrote one file for two companies, and interleaved two documents in one folder)."""
    from conftest import at, policy_html
    a, b = policy_html(), policy_html({2: "We never share data."})
    records = [("https://acme.example/privacy", at(0), 200, a), ("https://acme.test/privacy", at(0), 200, b),
               ("https://acme.example/members/privacy", at(1), 200, b), ("https://acme.example/privacy", at(2), 200, b)]
    assert run("import-warc", write_warc(tmp_path / "acme.warc.gz", records)).exit_code == 0
    db = open_archive(tmp_path / "archive.db")
    db.execute("UPDATE sites SET name = 'Acme'")  # as a seeds file naming both would
    db.close()
    out = tmp_path / "ota"
    assert run("export", "--format", "ota", "-o", out).exit_code == 0
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md") if p.name != "README.md")
    assert files == ["Acme (acme.example)/Privacy Policy (members_privacy)/2024-01-02T00-00-00Z.md",
                     "Acme (acme.example)/Privacy Policy/2024-01-01T00-00-00Z.md",
                     "Acme (acme.example)/Privacy Policy/2024-01-03T00-00-00Z.md",
                     "Acme (acme.test)/Privacy Policy/2024-01-01T00-00-00Z.md"], files


def test_a_not_modified_capture_is_exported_as_a_revisit_and_comes_back(run, tmp_path, history_records):
    """A 304 (a recrawl's "not modified") has no body, but it is a capture: it goes out as a revisit record,
    profile server-not-modified, and a re-import gives the same captures and last_seen (a fresh user's round
    trip lost 5 of the demo's 13 captures)."""
    records = [*history_records, (history_records[0][0], history_records[-1][1].replace(day=28), 304, b"")]
    assert run("import-warc", write_warc(tmp_path / "h.warc.gz", records)).exit_code == 0
    out = tmp_path / "back.warc.gz"
    assert "wrote 8 captures" in run("export", "--format", "warc", "-o", out).output
    with open(out, "rb") as f:
        kinds = [(r.rec_type, r.rec_headers.get_header("WARC-Profile")) for r in ArchiveIterator(f)]
    assert kinds[-1] == ("revisit", "http://netpreserve.org/warc/1.1/revisit/server-not-modified")
    fresh = tmp_path / "fresh.db"
    assert run("import-warc", out, db=fresh).exit_code == 0
    q = "SELECT number, first_seen, last_seen, captures FROM versions ORDER BY number"
    assert list(open_archive(fresh, readonly=True).query(q)) == list(open_archive(tmp_path / "archive.db",
                                                                                  readonly=True).query(q))


def test_warc_export_is_byte_exact(imported, tmp_path, db_path, history_records):
    out = tmp_path / "back.warc.gz"
    result = imported("export", "--format", "warc", "--site", "example.com", "-o", out)
    assert result.exit_code == 0, result.output
    with open(out, "rb") as f:
        back = [(r.rec_headers.get_header("WARC-Date"), r.http_headers.get_statuscode(), r.content_stream().read())
                for r in ArchiveIterator(f, check_digests="raise")]
    original = [(t.strftime("%Y-%m-%dT%H:%M:%SZ"), str(s), b) for _, t, s, b in history_records]
    assert back == original
    # and it imports into a fresh archive with the same history
    fresh = tmp_path / "fresh.db"
    assert imported("import-warc", out, db=fresh).exit_code == 0
    q = "SELECT number, first_seen, last_seen, content_hash FROM versions ORDER BY number"
    assert list(open_archive(fresh).query(q)) == \
        list(open_archive(db_path).query(q.replace("FROM versions", "FROM versions WHERE document_id = 1")))


def test_bad_output_paths_leave_nothing(imported, tmp_path):
    result = imported("export", "--format", "jsonl", "-o", tmp_path / "missing" / "v.jsonl")
    assert result.exit_code == 2 and "does not exist" in result.output
    result = imported("export", "--format", "jsonl", "-o", tmp_path)
    assert result.exit_code == 2 and "is a directory" in result.output
    result = imported("export", "--format", "xml", "-o", tmp_path / "v.xml")
    assert result.exit_code == 2 and "'xml' is not one of" in result.output
    assert not list(tmp_path.glob(".v.*")) and not (tmp_path / "v.xml").exists()


def test_each_file_gets_its_own_card(imported, tmp_path):
    """issue 16, wrong #7: data.jsonl, data.csv and data.parquet had one data.card.md, describing the last."""
    for fmt in ("jsonl", "csv", "parquet"):
        assert imported("export", "--format", fmt, "--site", "other.org", "-o", tmp_path / f"data.{fmt}").exit_code == 0
    for fmt in ("jsonl", "csv", "parquet"):
        card = (tmp_path / f"data.{fmt}.card.md").read_text()
        assert f"# Dataset card: data.{fmt}" in card and f"- Format: {fmt}" in card
        assert hashlib.sha256((tmp_path / f"data.{fmt}").read_bytes()).hexdigest() in card
    assert not (tmp_path / "data.card.md").exists()


def cli(db, *args, cwd):
    return subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(db), *map(str, args)], cwd=cwd,
                          capture_output=True, timeout=120)


@pytest.mark.parametrize("output", ["-", "/dev/stdout"])
def test_dash_and_dev_stdout_stream_to_a_pipe_with_no_card(imported, db_path, tmp_path, output):
    """issue 16, wrong #1: `-o -` wrote a file named `-`; `-o /dev/stdout` replaced /dev/stdout (as root)."""
    work = tmp_path / "cwd"
    work.mkdir()
    before = os.stat("/dev/stdout").st_mode
    result = cli(db_path, "export", "--format", "jsonl", "-o", output, cwd=work)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [(r["site"], r["version"]) for r in rows] == [("example.com", 1), ("example.com", 2), ("example.com", 3),
                                                         ("other.org", 1), ("other.org", 2)]
    assert result.stderr.decode().strip() == "wrote 5 versions to stdout"
    assert list(work.iterdir()) == []  # no file named `-`, no card
    assert os.stat("/dev/stdout").st_mode == before


def test_binary_formats_and_the_feed_stream_to_a_pipe(imported, db_path, tmp_path):
    result = cli(db_path, "export", "--format", "parquet", "--latest", "-o", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert pq.read_table(io.BytesIO(result.stdout)).column("version").to_pylist() == [3, 2]
    result = cli(db_path, "export", "--format", "warc", "--site", "other.org", "-o", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(list(ArchiveIterator(io.BytesIO(result.stdout)))) == 2
    result = cli(db_path, "feed", "-o", "-", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith(b"<?xml"), result.stderr
    assert not (tmp_path / "-").exists()


def test_a_symlink_keeps_being_a_link_and_its_target_is_written(imported, tmp_path):
    """issue 16, wrong #1: exporting to a symlink replaced the link instead of writing its target."""
    data = tmp_path / "data"
    data.mkdir()
    target = data / "2024.jsonl"
    target.write_text("old\n")
    target.chmod(0o640)
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target)
    result = imported("export", "--format", "jsonl", "--latest", "-o", link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert len(target.read_text().splitlines()) == 2
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # replaced in place: its permissions kept
    card = (data / "2024.jsonl.card.md").read_text()  # the card goes with the data it describes
    assert hashlib.sha256(target.read_bytes()).hexdigest() in card
    assert sorted(p.name for p in data.iterdir()) == ["2024.jsonl", "2024.jsonl.card.md"]  # no temp files
    assert not list(tmp_path.glob(".*")) and not (tmp_path / "latest.jsonl.card.md").exists()
    dangling = tmp_path / "new.csv"
    dangling.symlink_to(data / "new-target.csv")
    assert imported("export", "--format", "csv", "-o", dangling).exit_code == 0
    assert dangling.is_symlink() and (data / "new-target.csv").read_text().startswith("version_id,cite_id,site,company,url,")


def device(tmp_path):
    """A character device: /dev/null's twin made here when we may (as root), so that a regression replaces a
    scratch node, not the machine's /dev/null; /dev/null itself otherwise (which only root could replace)."""
    node = tmp_path / "null"
    if not node.exists():
        try:
            os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except PermissionError:
            return "/dev/null"
    return node


@pytest.mark.parametrize("command", [["export", "--format", "jsonl"], ["feed"]])
def test_a_fifo_a_device_and_a_directory_are_refused_in_one_line(imported, tmp_path, command):
    """issue 16, wrong #1: a FIFO was replaced by a regular file."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = imported(*command, "-o", fifo)
    assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
    assert "is a FIFO (named pipe), not a regular file" in result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    result = imported(*command, "-o", device(tmp_path))
    assert result.exit_code == 2 and "is a character device, not a regular file" in result.output, result.output
    assert stat.S_ISCHR(os.stat(device(tmp_path)).st_mode)
    import socket
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(tmp_path / "sock"))
        result = imported(*command, "-o", tmp_path / "sock")
    assert result.exit_code == 2 and "is a socket, not a regular file" in result.output, result.output
    result = imported(*command, "-o", tmp_path)
    assert result.exit_code == 2 and result.output.count("\n") == 1 and "is a directory" in result.output
    result = imported(*command, "-o", "/dev/stderr")
    assert result.exit_code == 2 and "file descriptor" in result.output
    sneaky = tmp_path / "out.xml"
    sneaky.symlink_to("/proc/self/fd/2")
    result = imported(*command, "-o", sneaky)
    assert result.exit_code == 2 and "leads to a file descriptor" in result.output, result.output
    assert sneaky.is_symlink()
    sneaky.unlink()
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind
    assert os.stat("/dev/null").st_rdev == os.makedev(1, 3)


@pytest.mark.parametrize("output", ["-", "/dev/stdout"])
def test_ota_to_stdout_is_one_line(imported, tmp_path, output):
    result = imported("export", "--format", "ota", "-o", output)
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert "--format ota writes a folder of files; it cannot go to stdout" in result.output


def test_ota_replaces_an_earlier_export_but_no_other_folder(imported, tmp_path):
    out = tmp_path / "ota"
    assert imported("export", "--format", "ota", "-o", out).exit_code == 0
    assert imported("export", "--format", "ota", "--site", "other.org", "-o", out).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["CITATION.cff", "Other", "README.md"]  # named from its page
    precious = tmp_path / "home"
    precious.mkdir()
    (precious / "thesis.tex").write_text("years of work")
    result = imported("export", "--format", "ota", "-o", precious)
    assert result.exit_code == 2 and "not an earlier OTA export" in result.output
    assert (precious / "thesis.tex").read_text() == "years of work"
    # a note put among an earlier export's versions is not deleted by the next one (a user's trial lost one)
    note = next(out.glob("Other/*")) / "my-notes.txt"
    note.write_text("read the 2024 version first")
    result = imported("export", "--format", "ota", "-o", out)
    assert result.exit_code == 2 and "holds a file it did not write (Other/" in result.output, result.output
    assert note.read_text() == "read the 2024 version first"
    note.unlink()
    assert imported("export", "--format", "ota", "-o", out).exit_code == 0  # an export of ours alone: replaced


def warc_dates(path):
    with open(path, "rb") as f:
        return [r.rec_headers.get_header("WARC-Date") for r in ArchiveIterator(f)]


def test_warc_export_applies_latest_since_and_until(imported, tmp_path):
    """issue 16, wrong #6: --latest, --since and --until were ignored by --format warc while its card claimed them."""
    out = tmp_path / "w.warc.gz"
    assert imported("export", "--format", "warc", "--site", "example.com", "--latest", "-o", out).exit_code == 0
    assert warc_dates(out) == ["2024-02-05T00:00:00Z", "2024-02-12T00:00:00Z"]  # the captures that saw version 3
    card = (tmp_path / "w.warc.gz.card.md").read_text()
    assert "- Rows: 2 captures of 1 policy of 1 company" in card
    assert "the captures of the latest version of each policy; site = example.com" in card
    assert "a `revisit` of profile server-not-modified" in card  # what a 304 is written as
    assert 'title: "Privacy policy captures: the captures of the latest' in card
    assert "2024-02-05T00:00:00Z to 2024-02-12T00:00:00Z" in card
    result = imported("export", "--format", "warc", "--since", "2024-01-20", "--until", "2024-02-01", "-o", out)
    assert result.exit_code == 0 and "wrote 2 captures" in result.output, result.output
    assert warc_dates(out) == ["2024-01-22T00:00:00Z", "2024-01-29T00:00:00Z"]  # the 404 is a capture too
    card = (tmp_path / "w.warc.gz.card.md").read_text()
    assert "fetched at or after 2024-01-20T00:00:00Z; fetched at or before 2024-02-01T23:59:59Z" in card
    assert "- Rows: 2 captures of 1 policy of 1 company" in card
    assert imported("export", "--format", "warc", "--latest", "--until", "2024-01-20", "-o", out).exit_code == 0
    assert warc_dates(out) == ["2024-01-15T00:00:00Z", "2024-01-04T00:00:00Z"]  # version 2 / version 1, to then


@pytest.mark.parametrize("args, message", [
    (["--latest", "--all-versions"], "Error: --latest and --all-versions contradict each other: give one"),
    (["--all-versions", "--latest"], "Error: --latest and --all-versions contradict each other: give one"),
    (["--since", "2024-03-01", "--until", "2024-01-31"],
     "Error: --since 2024-03-01 is after --until 2024-01-31: nothing can match; swap them"),
])
def test_contradictory_filters_are_one_line(imported, tmp_path, args, message):
    """issue 16, wrong #9."""
    result = imported("export", "--format", "jsonl", *args, "-o", tmp_path / "x.jsonl")
    assert result.exit_code == 2 and result.output == message + "\n"
    assert not (tmp_path / "x.jsonl").exists()
def test_researchers_columns(imported, tmp_path):
    out = tmp_path / "r.jsonl"
    assert imported("export", "--format", "jsonl", "--site", "example.com", "-o", out).exit_code == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    v1, v2, v3 = rows
    assert v1["cite_id"].startswith("example.com/privacy@2024-01-01T00:00:00Z#sha256:")
    assert v1["cite_id"].endswith(v1["content_hash"][:12])
    assert isinstance(v1["version_id"], int) and v1["technical_upgrade"] is False  # the row id (`serve`'s /version/ID)
    assert v1["extractor"] and v1["company"] == "Example"  # named from its page (archive/sitename.py)
    # the change happened after the last capture that showed v1 (day 7) and at or before day 14
    assert (v1["prev_capture_at"], v2["prev_capture_at"], v3["prev_capture_at"]) == \
        (None, "2024-01-08T00:00:00Z", "2024-01-29T00:00:00Z")
    assert v1["change_kind"] == "first" and v2["change_kind"] == "edit"
    assert v2["sections_modified"] == ["Your rights"] and v3["sections_modified"] == ["Data retention"]
    assert v2["change_summary"].startswith("1 section changed: 'Your rights'; +8 / −0 words")
    assert v2["formatting_only"] is False


def test_captures_table_with_outcomes_and_reasons(imported, tmp_path, history_records):
    out = tmp_path / "c.csv"
    result = imported("export", "--format", "csv", "--captures", "--site", "example.com", "-o", out)
    assert result.exit_code == 0 and "wrote 7 captures" in result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [r["outcome"] for r in rows] == ["new_version", "unchanged", "new_version", "rejected", "unchanged",
                                            "new_version", "unchanged"]
    assert rows[3]["reason"] == "http_404" and rows[3]["version_id"] == rows[3]["cite_id"] == ""
    assert rows[4]["cite_id"].startswith("example.com/privacy@2024-01-15T00:00:00Z#sha256:")
    assert rows[4]["version_id"] == rows[2]["version_id"] != ""  # the row id of the version it continued
    assert rows[0]["source"] == "warc:h.warc.gz" and rows[0]["source_ref"].startswith("<urn:uuid:")
    pq_out = tmp_path / "c.parquet"
    assert imported("export", "--format", "parquet", "--table", "captures", "-o", pq_out).exit_code == 0
    table = pq.read_table(pq_out)
    assert table.num_rows == 9 and table.schema.field("fetched_at").type.tz == "UTC"
    assert imported("export", "--format", "ota", "--captures", "-o", tmp_path / "x").exit_code == 2
    assert imported("export", "--format", "csv", "--captures", "--latest", "-o", tmp_path / "y.csv").exit_code == 2
    assert not (tmp_path / "y.csv").exists()


def test_parquet_fields_are_described(imported, tmp_path):
    out = tmp_path / "d.parquet"
    assert imported("export", "--format", "parquet", "-o", out).exit_code == 0
    schema = pq.read_schema(out)
    for name in FIELDS:
        assert schema.field(name).metadata[b"description"], name
    assert b"first capture" in schema.field("first_seen").metadata[b"description"]
    # a list column is a list in Parquet: only CSV holds it as JSON text (trial 9 read "JSON list" here)
    assert schema.field("sections_modified").metadata[b"description"].startswith(b"List of the headings")
    assert b"JSON text in CSV" in schema.field("sections_modified").metadata[b"description"]
    assert schema.field("sections_renamed").type.value_type.value_type == "string"


def test_card_has_licence_source_and_citation(imported, tmp_path):
    out = tmp_path / "l.jsonl"
    assert imported("export", "--format", "jsonl", "--licence", "CC-BY-4.0", "-o", out).exit_code == 0
    card = (tmp_path / "l.jsonl.card.md").read_text()
    assert "- Licence: CC-BY-4.0" in card
    assert "- Source: 9 captures imported from WARC files (h.warc.gz)" in card
    assert "cff-version: 1.2.0" in card and 'license: "CC-BY-4.0"' in card
    assert imported("export", "--format", "ota", "--licence", "CC0-1.0", "-o", tmp_path / "o").exit_code == 0
    cff = (tmp_path / "o" / "CITATION.cff").read_text()
    assert 'license: "CC0-1.0"' in cff
    assert "rows exported to o by policy-archive" in cff  # the folder's name, not the temporary one written first
    bad = imported("export", "--format", "jsonl", "--licence", "free; rm -rf", "-o", tmp_path / "b.jsonl")
    assert bad.exit_code == 2 and "SPDX" in bad.output
    # an id of the right shape that the SPDX list does not hold was written into CITATION.cff (a fresh user's
    # trial); one spelt in another case is written as the list spells it
    bad = imported("export", "--format", "jsonl", "--licence", "NOTSPDX", "-o", tmp_path / "b.jsonl")
    assert bad.exit_code == 2 and "not an SPDX licence id" in bad.output and not (tmp_path / "b.jsonl").exists()
    assert imported("export", "--format", "jsonl", "--licence", "cc-by-4.0 OR odbl-1.0", "-o", out).exit_code == 0
    card = (tmp_path / "l.jsonl.card.md").read_text()  # CFF 1.2.0: a choice of licences is a list of ids
    assert "- Licence: CC-BY-4.0 OR ODbL-1.0" in card and 'license: ["CC-BY-4.0", "ODbL-1.0"]' in card
    # what CITATION.cff cannot hold (a colleague's review): ScanCode's LicenseRef- keys, AND, WITH
    for licence, says in (("licenseref-scancode-proprietary-license", "not an SPDX licence id"),
                          ("MIT AND Apache-2.0", "joined by OR"), ("GPL-2.0-only WITH Classpath-exception-2.0", "OR")):
        bad = imported("export", "--format", "jsonl", "--licence", licence, "-o", tmp_path / "b.jsonl")
        assert bad.exit_code == 2 and says in bad.output, bad.output


def test_the_card_names_the_extractors_that_made_the_texts_not_only_the_installed_one(imported, tmp_path, db_path):
    """An archive exported as it stands may hold texts of an older extractor (trial 6: the card said 0.5.40 of rows
    made by 0.5.39); a methods section copies the card's line."""
    from archive.extract import EXTRACTOR_VERSION
    db = open_archive(db_path)
    db.execute("UPDATE versions SET extractor = '0.0.9' WHERE id = (SELECT min(id) FROM versions)")
    db.conn.commit()
    n = db.execute("SELECT count(*) FROM versions WHERE superseded_at IS NULL").fetchone()[0]
    db.close()
    out = tmp_path / "x.jsonl"
    assert imported("export", "--format", "jsonl", "-o", out).exit_code == 0
    card = (tmp_path / "x.jsonl.card.md").read_text()
    made = f"the texts were made by extractors 0.0.9 (1 row), {EXTRACTOR_VERSION} ({n - 1} rows)"
    assert card.count(made) == 1  # the card line
    assert f"texts made by {made.removeprefix('the texts were made by ')}." in card  # the CITATION.cff abstract


def test_warc_export_keeps_the_imported_record_ids(imported, tmp_path, db_path):
    source_ids = []
    with open(tmp_path / "h.warc.gz", "rb") as f:
        source_ids = [r.rec_headers.get_header("WARC-Record-ID") for r in ArchiveIterator(f) if r.rec_type == "response"]
    out = tmp_path / "again.warc.gz"
    assert imported("export", "--format", "warc", "-o", out).exit_code == 0
    with open(out, "rb") as f:
        records = [r.rec_headers for r in ArchiveIterator(f) if r.rec_type == "response"]
    assert sorted(h.get_header("WARC-Record-ID") for h in records) == sorted(source_ids)
    assert {h.get_header("WARC-Source") for h in records} == {"warc:h.warc.gz"}


def test_a_warc_export_carries_the_companies_names_to_the_archive_that_imports_it(imported, tmp_path, db_path):
    """A fresh user's trial: after `export --format warc` and `import-warc`, "Exemple Médias" was "Exemple" (the
    name the page gives) and a Japanese company had none. The record says its company's name; an import gives
    it to a company that has none, and never renames one."""
    import sqlite3
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE sites SET name = 'サンプル株式会社 · Exemple Médias'")
    conn.commit()
    conn.close()
    out = tmp_path / "named.warc.gz"
    assert imported("export", "--format", "warc", "-o", out).exit_code == 0
    fresh, renamed = tmp_path / "fresh.db", tmp_path / "renamed.db"
    assert imported("import-warc", out, db=fresh).exit_code == 0
    with sqlite3.connect(fresh) as conn:
        assert {n for (n,) in conn.execute("SELECT name FROM sites")} == {"サンプル株式会社 · Exemple Médias"}
    # an archive that holds these captures already, its companies unnamed, is given the names too
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE sites SET name = NULL")
    assert imported("import-warc", out).exit_code == 0
    with sqlite3.connect(db_path) as conn:
        assert {n for (n,) in conn.execute("SELECT name FROM sites")} == {"サンプル株式会社 · Exemple Médias"}
    # one whose companies have their own names keeps them, the captures new to it
    later = [(url, at(90 + i), 200, policy_html(title="Other Privacy Notice"))
             for i, url in enumerate(("https://example.com/privacy", "https://other.org/legal/privacy"))]
    assert imported("import-warc", write_warc(tmp_path / "later.warc.gz", later), db=renamed).exit_code == 0
    with sqlite3.connect(renamed) as conn:
        conn.execute("UPDATE sites SET name = 'Our own name'")
    assert imported("import-warc", out, db=renamed).exit_code == 0
    with sqlite3.connect(renamed) as conn:
        assert {n for (n,) in conn.execute("SELECT name FROM sites")} == {"Our own name"}
        assert conn.execute("SELECT count(*) FROM captures").fetchone()[0] > len(later)  # (they were imported)


def test_warc_export_of_subsecond_capture_times_is_warc_1_1(run, tmp_path, db_path):
    """A capture time imported from a WARC/1.1 file may carry microseconds, which WARC/1.0's WARC-Date
    (whole seconds) cannot hold: the export is WARC/1.1 and reads back with the same dates and record ids."""
    from pathlib import Path
    source = Path(__file__).parent / "fixtures" / "warc" / "warc11-subsecond-dates.warc.gz"
    assert run("import-warc", source).exit_code == 0
    out = tmp_path / "sub.warc.gz"
    result = run("export", "--format", "warc", "-o", out)
    assert result.exit_code == 0, result.output
    with open(out, "rb") as f:
        heads = [r.rec_headers for r in ArchiveIterator(f) if r.rec_type == "response"]
    assert heads and {h.protocol for h in heads} == {"WARC/1.1"}
    dates = {h.get_header("WARC-Date") for h in heads}
    stored = {d for (d,) in open_archive(db_path).execute("SELECT fetched_at FROM captures WHERE raw_sha256 IS NOT NULL")}
    assert dates == stored and "2024-04-02T09:15:30.900000Z" in dates
    again = tmp_path / "again.db"
    assert run("import-warc", out, db=again).exit_code == 0
    assert {d for (d,) in open_archive(again).execute("SELECT fetched_at FROM captures")} == stored


def test_captures_table_streams_to_stdout_and_gets_its_own_card(imported, db_path, tmp_path):
    work = tmp_path / "cwd"
    work.mkdir()
    result = cli(db_path, "export", "--format", "jsonl", "--captures", "--site", "example.com", "-o", "-", cwd=work)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(rows) == 7 and rows[0]["outcome"] == "new_version" and isinstance(rows[0]["version_id"], int)
    assert result.stderr.decode().strip() == "wrote 7 captures to stdout"
    assert list(work.iterdir()) == []
    out = tmp_path / "caps.csv"
    assert imported("export", "--format", "csv", "--table", "captures", "-o", out).exit_code == 0
    card = (tmp_path / "caps.csv.card.md").read_text()
    assert "- Rows: 9 captures of 2 policies of 2 companies" in card and "| outcome |" in card
    assert "capture times" in card and hashlib.sha256(out.read_bytes()).hexdigest() in card
    parquet = tmp_path / "v.parquet"
    assert imported("export", "--format", "parquet", "-o", parquet).exit_code == 0
    table = pq.read_table(parquet)
    assert str(table.schema.field("technical_upgrade").type) == "bool"
    assert str(table.schema.field("version_id").type) == "int64"
    assert table.column("technical_upgrade").to_pylist() == [False] * 5


def test_an_export_reads_each_version_s_captures_by_index(imported, db_path):
    # prev_capture_at (the last capture of the version before) searched every capture once per version: an
    # all-versions export of 100,000 versions did not finish in 15 minutes (benchmarks/memory.py)
    from archive.export import Query
    db = open_archive(db_path, readonly=True)
    for query in (Query(), Query(latest=True)):
        sql, params = query.sql()
        plan = [row[-1] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
        assert not any(step.startswith("SCAN c") for step in plan), plan
        assert any("captures_by_version" in step for step in plan), plan


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_an_archive_damaged_past_the_versions_leaves_no_data_file_without_its_card(imported, db_path, tmp_path, fmt):
    """The card reads the captures table; an archive damaged there (a trial overwrote pages of a real one)
    failed after the data file was in place, exit 2 with a complete file and no card beside it."""
    import sqlite3
    con = sqlite3.connect(db_path)
    root, = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'captures'").fetchone()
    size, = con.execute("PRAGMA page_size").fetchone()
    con.close()
    with open(db_path, "r+b") as f:  # the captures table's first page, overwritten as a bad disk would
        f.seek((root - 1) * size)
        f.write(b"\xff" * size)
    out = tmp_path / f"v.{fmt}"
    result = imported("export", "--format", fmt, "-o", out)
    assert result.exit_code == 2 and "damaged" in result.output, result.output
    assert [p.name for p in tmp_path.iterdir() if f"v.{fmt}" in p.name] == []  # nor a temporary file


def test_a_file_name_that_says_another_format_gets_a_warning(imported, tmp_path):
    """`--format parquet -o latest.csv` wrote Parquet under a CSV name without a word (trial 9)."""
    out = tmp_path / "latest.csv"
    result = imported("export", "--format", "parquet", "-o", out)
    assert result.exit_code == 0 and "warning: writing parquet to" in result.stderr and "--format csv" in result.stderr
    assert pq.read_table(out).num_rows == 5  # the file is what --format says: Parquet, every version
    assert "warning" not in imported("export", "--format", "csv", "-o", tmp_path / "v.csv").stderr


def test_without_format_the_output_name_says_it(imported, tmp_path):
    """`export -o y.parquet` was refused for want of --format (a fresh user's trial): the name's ending says it;
    a name that says none is one line asking for --format."""
    assert imported("export", "-o", tmp_path / "y.parquet").exit_code == 0
    assert pq.read_table(tmp_path / "y.parquet").num_rows == 5
    assert imported("export", "--latest", "-o", tmp_path / "y.ndjson").exit_code == 0
    assert len((tmp_path / "y.ndjson").read_text().splitlines()) == 2
    assert imported("export", "-o", tmp_path / "raw.warc.gz").exit_code == 0
    with open(tmp_path / "raw.warc.gz", "rb") as f:
        assert any(r.rec_type == "response" for r in ArchiveIterator(f))
    for name in ("y.txt", "-"):
        result = imported("export", "-o", name if name == "-" else tmp_path / name)
        assert result.exit_code != 0 and "give --format" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert not (tmp_path / "y.txt").exists()


@pytest.mark.parametrize("fmt", ["csv", "ota"])
def test_an_output_that_fills_up_while_written_is_one_line_and_leaves_nothing(run, db_path, tmp_path, fmt):
    """A full disk met mid-export was a traceback (a fresh user's trial, on a 2 MB tmpfs). The same failure,
    for real: a file-size limit (RLIMIT_FSIZE) of 64 KB on the exporting process (above the archive's 32 KB
    shared-memory file, below a long policy's export) makes its writes fail (EFBIG)."""
    import resource
    import signal
    clauses = "".join(f"<p>Clause {i}: we keep the records of kind {i} for {i + 30} days, then delete them "
                      f"from every system that holds them, backups included.</p>" for i in range(700))
    long = write_warc(tmp_path / "long.warc.gz", [("https://example.com/privacy", at(1), 200,
                                                   policy_html(extra=clauses))])
    assert run("import-warc", long).exit_code == 0

    def limited():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails instead of the process being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
    out = tmp_path / ("big" if fmt == "ota" else "big.csv")
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(db_path), "export", "--format", fmt,
                             "-o", str(out)], capture_output=True, text=True, timeout=120, preexec_fn=limited)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert f"cannot write {out}: File too large; nothing was written" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".big", "big"))) == []


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "ota", "warc"])
def test_an_export_tells_its_progress_in_rows_written(imported, db_path, tmp_path, monkeypatch, fmt):
    """A WARC export of a real archive took 18 s in silence (a fresh user's trial): every format tells a
    progress callback the rows written so far, which the CLI shows on a terminal."""
    import archive.export as ex
    monkeypatch.setattr(ex, "PROGRESS_EVERY", 1)
    told = []
    result = ex.export(open_archive(db_path, readonly=True), fmt, tmp_path / f"out.{fmt}", progress=told.append)
    assert result.rows > 1 and told == list(range(1, result.rows + 1))
