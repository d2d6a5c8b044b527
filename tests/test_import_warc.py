"""import-warc: real WARC files in, versions out; idempotent, order-independent, robust to corruption."""
import collections
import datetime as dt
import gzip
import io
import json
import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import open_archive
from archive.cli import cli
from archive.warc import read_warc
from conftest import URL, at, paginated_pdf, policy_html, write_warc


def counts(db_path):
    db = open_archive(db_path)
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("captures", "versions", "raw_bodies")}


def test_import_summary_and_versions(run, tmp_path, db_path, history_records):
    warc = write_warc(tmp_path / "h.warc.gz", history_records)
    result = run("import-warc", warc)
    assert result.exit_code == 0, result.output
    assert "7 records: 3 new versions, 3 unchanged, 1 rejected" in result.output
    assert "rejected http_404: 1" in result.output
    assert counts(db_path)["versions"] == 3


def test_importing_twice_adds_nothing(run, tmp_path, db_path, history_records):
    warc = write_warc(tmp_path / "h.warc.gz", history_records)
    run("import-warc", warc)
    before = counts(db_path)
    result = run("import-warc", warc)
    assert result.exit_code == 0, result.output
    assert "7 already in the archive" in result.output
    assert counts(db_path) == before


def test_unsorted_warc_equals_sorted_warc(run, tmp_path, history_records):
    shuffled = history_records[:]
    random.Random(7).shuffle(shuffled)
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    run("import-warc", write_warc(tmp_path / "sorted.warc", history_records, gzip=False), db=a)
    run("import-warc", write_warc(tmp_path / "shuffled.warc.gz", shuffled), db=b)
    # the same history in time order; numbers may differ, since a version once recorded keeps its number when
    # an earlier capture arrives later (version identity, archive.record.match_versions)
    q = ("SELECT first_seen, last_seen, content_hash, captures FROM versions WHERE superseded_at IS NULL "
         "ORDER BY first_seen")
    assert list(open_archive(a).query(q)) == list(open_archive(b).query(q))


def test_corrupt_record_is_reported_and_the_rest_imported(run, tmp_path, db_path):
    bodies = [policy_html(updated=f"May {i + 1}, 2024") for i in range(5)]
    warc = write_warc(tmp_path / "c.warc.gz", [(URL, at(i), 200, b) for i, b in enumerate(bodies)])
    data = bytearray(warc.read_bytes())
    # damage the compressed bytes in the middle of the third record
    starts = [i for i in range(len(data) - 2) if data[i:i + 3] == b"\x1f\x8b\x08"]
    assert len(starts) == 5
    middle = (starts[2] + starts[3]) // 2
    data[middle:middle + 40] = b"\x00" * 40
    warc.write_bytes(bytes(data))
    result = run("import-warc", warc)
    assert result.exit_code == 0, result.output
    assert "corrupt record" in result.output and "c.warc.gz" in result.output
    assert "4 records" in result.output
    assert counts(db_path)["captures"] == 4


def test_truncated_file_keeps_complete_records(run, tmp_path, db_path):
    bodies = [policy_html(updated=f"May {i + 1}, 2024") for i in range(4)]
    warc = write_warc(tmp_path / "t.warc", [(URL, at(i), 200, b) for i, b in enumerate(bodies)], gzip=False)
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) - 500])
    result = run("import-warc", warc)
    assert result.exit_code == 0, result.output
    assert "3 records" in result.output
    assert "unreadable" in result.output
    assert counts(db_path)["captures"] == 3
    # one warning, at the record that is cut (not also at the complete one before it)
    last = data.rindex(b"WARC/1.0\r\n")
    assert result.output.count("truncated record") == 1 and f"record at byte {last}:" in result.output
    assert "1 unreadable" in result.output


def test_a_cut_record_whose_body_is_gzip_encoded_is_one_unreadable_record(run, tmp_path, db_path):
    """A plain WARC cut inside its last record, whose HTTP body is sent `Content-Encoding: gzip`: the reader's
    search for the next record found the body's gzip member and told it as a second unreadable record ("corrupt
    record (Unknown archive format, first line: ['<!DOCTYPE', 'html>'])": a fresh user's trial)."""
    import gzip as gz
    bodies = [gz.compress(policy_html(updated=f"May {i + 1}, 2024")) for i in range(4)]
    warc = write_warc(tmp_path / "t.warc", [(URL, at(i), 200, b) for i, b in enumerate(bodies)], gzip=False,
                      headers=[("Content-Encoding", "gzip")])
    data = warc.read_bytes()
    last = data.rindex(b"WARC/1.0\r\n")
    warc.write_bytes(data[:len(data) - 300])
    result = run("import-warc", warc)
    assert result.exit_code == 0, result.output
    assert counts(db_path)["captures"] == 3
    assert result.output.count("warning:") == 1 and f"record at byte {last}:" in result.output, result.output
    assert "1 unreadable" in result.output and "Unknown archive format" not in result.output
    # two records damaged side by side stay two (a colleague's review of the first form, which merged any gzip
    # member found after a bad record into it): the member must lie inside the bad record's declared length
    data = write_warc(tmp_path / "u.warc", [(URL, at(i), 200, b) for i, b in enumerate(bodies)], gzip=False,
                      headers=[("Content-Encoding", "gzip")]).read_bytes()
    starts = [i for i in range(len(data)) if data.startswith(b"WARC/1.0\r\n", i)]
    broken = bytearray(data)
    for at_ in starts[1:3]:
        broken[at_:at_ + 4] = b"WARX"
    warc.write_bytes(bytes(broken))
    result = run("import-warc", warc, db=tmp_path / "two.db")
    assert result.output.count("warning:") >= 2 and "unreadable" in result.output and "1 unreadable" not in result.output


def test_a_record_quoted_in_a_damaged_records_body_is_not_imported(run, tmp_path, db_path):
    """A page that quotes a whole WARC record (a web-archiving tutorial) in a record whose digest fails: the
    reader resumed at the quoted header and imported a capture nobody took (a second review); it resumes where
    the damaged record says it ends, when a record starts there."""
    quoted = ("<pre>WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://evil.example.net/privacy\r\n"
              "WARC-Date: 2024-01-02T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
              "Content-Length: 60\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>privacy data</p>\r\n\r\n"
              "</pre>").encode()
    bodies = [policy_html(updated=f"May {i + 1}, 2024") for i in range(4)]
    bodies[1] = bodies[1].replace(b"</main>", quoted + b"</main>")
    warc = write_warc(tmp_path / "q.warc", [(URL, at(i), 200, b) for i, b in enumerate(bodies)], gzip=False)
    data = warc.read_bytes()
    at_quote = data.index(b"<pre>WARC/1.0")
    warc.write_bytes(data[:at_quote - 10] + b"X" + data[at_quote - 9:])  # one byte of its body: its digest fails
    result = run("import-warc", warc)
    assert result.exit_code == 0, result.output
    assert counts(db_path)["captures"] == 3 and "1 unreadable" in result.output, result.output
    assert "evil.example.net" not in run("sites").output


@pytest.mark.parametrize("cut", [20, 88, 300])
def test_a_file_cut_inside_its_last_gzip_member_says_so(run, tmp_path, db_path, cut):
    """A gzipped WARC cut a few bytes into its last record's member: warcio stops there without a word, and
    the import said nothing of the record it lost (a fresh user's trial; a cut further in was reported)."""
    bodies = [policy_html(updated=f"May {i + 1}, 2024") for i in range(4)]
    warc = write_warc(tmp_path / "g.warc.gz", [(URL, at(i), 200, b) for i, b in enumerate(bodies)])
    data = warc.read_bytes()
    last = data.rindex(b"\x1f\x8b\x08")
    warc.write_bytes(data[:last + cut])
    result = run("import-warc", warc)
    assert result.exit_code == 0, result.output
    assert f"record at byte {last}: " in result.output and "1 unreadable" in result.output
    assert counts(db_path)["captures"] == 3


def test_a_whole_file_gzip_cut_short_and_a_closing_empty_member_are_told_apart(run, tmp_path, db_path):
    """`gzip file.warc` cut short (an interrupted download) keeps the records before the cut and says one line
    (a colleague's review: the first form of the check above raised a TypeError there); a file that ends with
    an empty gzip member (`cat f.warc.gz empty.gz`, a writer closing so) is whole, and says nothing."""
    import gzip as gz
    bodies = [policy_html(updated=f"May {i + 1}, 2024") for i in range(4)]
    plain = write_warc(tmp_path / "p.warc", [(URL, at(i), 200, b) for i, b in enumerate(bodies)], gzip=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gz.compress(plain.read_bytes())[:-30])
    result = run("import-warc", whole)
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    assert "3 records" in result.output and "truncated record" in result.output
    closed = write_warc(tmp_path / "closed.warc.gz", [(URL, at(i), 200, b) for i, b in enumerate(bodies)])
    closed.write_bytes(closed.read_bytes() + gz.compress(b""))
    result = run("import-warc", closed)
    assert result.exit_code == 0 and "warning" not in result.output and "unreadable" not in result.output, result.output


def test_a_record_without_a_type_is_reported_and_the_rest_imported(run, tmp_path, db_path):
    """WARC 1.1 gives every record a WARC-Type; one without is a corrupt record, not a traceback, and the
    records around it are imported."""
    bodies = [policy_html(updated=f"May {i + 1}, 2024") for i in range(3)]
    warc = write_warc(tmp_path / "u.warc", [(URL, at(i), 200, b) for i, b in enumerate(bodies)], gzip=False)
    untyped = b"WARC/1.0\r\nWARC-Target-URI: https://example.com/privacy\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"
    data = warc.read_bytes()
    second = data.index(b"WARC/1.0\r\n", 10)
    damaged = data[:second] + untyped + data[second:]
    warc.write_bytes(damaged[:-500])  # and the last record cut: its offset is told right after the resync
    result = run("import-warc", warc)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert f"record at byte {second}: corrupt record (no WARC-Type)" in result.output
    assert f"record at byte {damaged.rindex(b'WARC/1.0')}: truncated record" in result.output
    assert counts(db_path)["captures"] == 2


def test_missing_and_non_warc_files_give_one_line(run, tmp_path, db_path):
    result = run("import-warc", tmp_path / "nope.warc.gz")
    assert result.exit_code == 2
    assert result.output.strip() == f"Error: cannot read {tmp_path / 'nope.warc.gz'}: no such file"
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"this is not a warc file\n" * 10)
    result = run("import-warc", junk)
    assert result.exit_code == 2, result.output
    assert result.output == f"Error: {junk} is not a WARC, ARC or WACZ file (it starts 'this is not a warc file '); nothing was imported\n"
    # an archive file, or a tar of WARCs, is named for what it is (a user's trial read "SQLite format 3??????@")
    import sqlite3
    import tarfile
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    assert "(it is an SQLite database: an archive is given with --db FILE)" in run("import-warc", other).output
    bundle = tmp_path / "warcs.tar"
    with tarfile.open(bundle, "w") as tar:
        tar.add(junk, arcname="junk.warc")
    assert "(it is a tar file: unpack it and import the WARC files in it)" in run("import-warc", bundle).output
    assert not db_path.exists()  # and no empty archive is left behind (`status` then spoke of an empty archive)
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    assert run("import-warc", empty).output == f"Error: {empty} is not a WARC, ARC or WACZ file (it is empty); nothing was imported\n"
    about = tmp_path / "README.md"  # a text about WARCs names their version line, but holds none
    about.write_text("# Notes\n\nOur crawler writes WARC/1.1 files; see the spec.\n" * 50)
    result = run("import-warc", about)
    assert result.exit_code == 2 and len(result.output.splitlines()) == 1, result.output
    assert "is not a WARC, ARC or WACZ file" in result.output and not db_path.exists()
    # a zip that is no WACZ (no archive/*.warc inside) is refused before the archive is created, too
    import zipfile
    with zipfile.ZipFile(tmp_path / "notes.wacz", "w") as z:
        z.writestr("datapackage.json", "{}")
    result = run("import-warc", tmp_path / "notes.wacz")
    assert result.exit_code == 2 and "a zip file with no archive/*.warc(.gz) inside" in result.output
    assert not db_path.exists()
    # a device or a pipe is no file to read (it was said to be missing)
    result = run("import-warc", "/dev/null")
    assert result.exit_code == 2 and result.output.strip() == "Error: cannot read /dev/null: not a regular file " \
        "(a directory, a device, a pipe)" and not db_path.exists()
    # more extraction processes than four per core is refused (3,000 for ten records took 11 GB)
    result = run("import-warc", "--workers", "100000", tmp_path / "notes.wacz")
    assert result.exit_code == 2 and "'--workers'" in result.output and len(result.output.splitlines()) == 1


# --- WARCs as real archives write them (inputs from ../shared/cases, copied into tests/fixtures/warc) ---

FIXTURES = Path(__file__).parent / "fixtures" / "warc"


def versions_of(db_path):
    return list(open_archive(db_path).query("SELECT number, first_seen, last_seen, captures, text FROM versions "
                                            "ORDER BY first_seen"))


def test_revisit_records_are_unchanged_captures_of_what_they_refer_to(run, db_path):
    # a response, an identical-payload-digest revisit, a server-not-modified revisit, an edited response
    result = run("import-warc", FIXTURES / "warc-revisit-records.warc.gz")
    assert result.exit_code == 0, result.output
    assert "4 records: 2 new versions, 2 unchanged" in result.output and "corrupt" not in result.output
    v1, v2 = versions_of(db_path)
    assert (v1["first_seen"][:10], v1["last_seen"][:10], v1["captures"]) == ("2024-01-10", "2024-03-10", 3)
    assert v2["first_seen"].startswith("2024-04-10")


def test_a_revisit_whose_record_is_missing_counts_as_not_modified(run, tmp_path, db_path):
    from warcio.warcwriter import WARCWriter
    from warcio.statusandheaders import StatusAndHeaders
    path = tmp_path / "r.warc.gz"
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        body = policy_html()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(URL, "response", payload=io.BytesIO(body), http_headers=http,
                                            warc_headers_dict={"WARC-Date": "2024-01-01T00:00:00Z"}))
        rev = w.create_revisit_record(URL, digest="sha1:NOTINTHISFILE", refers_to_uri=URL,
                                      refers_to_date="2023-06-01T00:00:00Z", http_headers=http)
        rev.rec_headers.replace_header("WARC-Date", "2024-02-01T00:00:00Z")
        w.write_record(rev)
    result = run("import-warc", path)
    assert result.exit_code == 0, result.output
    (v1,) = versions_of(db_path)
    assert (v1["last_seen"][:10], v1["captures"]) == ("2024-02-01", 2)


def test_zstd_and_brotli_bodies_are_decoded_and_never_mislabelled(run, tmp_path, db_path):
    import brotli
    result = run("import-warc", FIXTURES / "warc-zstd-content-encoding.warc.gz")
    assert result.exit_code == 0, result.output
    (v,) = versions_of(db_path)
    assert v["first_seen"].startswith("2024-06-03") and v["captures"] == 2 and "Health data" in v["text"]
    db = open_archive(db_path)
    assert all("content-encoding" not in json.loads(h) for (h,) in db.execute("SELECT headers FROM captures"))
    # br, and a coding nobody knows: the first decoded, the second kept as it came, with its header
    records = [(URL, at(40), 200, brotli.compress(policy_html(updated="June 1, 2025")))]
    path = write_warc(tmp_path / "br.warc.gz", records, headers=[("Content-Encoding", "br")])
    path2 = write_warc(tmp_path / "x.warc.gz", [(URL, at(41), 200, b"\x00\x01opaque")],
                       headers=[("Content-Encoding", "x-unknown")])
    assert run("import-warc", path, path2).exit_code == 0
    rows = {r["fetched_at"][:10]: r for r in db.query("SELECT fetched_at, headers, outcome FROM captures")}
    assert rows[at(40).strftime("%Y-%m-%d")]["outcome"] == "new_version"
    assert json.loads(rows[at(41).strftime("%Y-%m-%d")]["headers"])["content-encoding"] == "x-unknown"


def test_subsecond_dates_keep_the_order_of_captures_within_one_second(run, db_path):
    # file order B(.9) A(.1) B(next day) A(the day before), WARC/1.1 dates with 1 and 9 fractional digits
    result = run("import-warc", FIXTURES / "warc11-subsecond-dates.warc.gz")
    assert result.exit_code == 0, result.output
    v1, v2 = versions_of(db_path)
    assert (v1["first_seen"], v1["last_seen"]) == ("2024-04-01T08:00:00Z", "2024-04-02T09:15:30.100000Z")
    assert (v2["first_seen"], v2["last_seen"]) == ("2024-04-02T09:15:30.900000Z", "2024-04-03T10:00:00.123456Z")
    assert (v1["number"], v2["number"]) == (1, 2)  # numbered as a sorted import numbers them
    at_half = run("show", "harbourline-ferries.example", "--at", "2024-04-02T09:15:30.5Z", "--format", "json")
    assert json.loads(at_half.stdout)["number"] == v1["number"]  # (stderr notes the change came in that second)
    assert "either may have been in force" in at_half.stderr


def test_the_record_id_of_each_imported_record_is_kept(run, db_path):
    run("import-warc", FIXTURES / "warc-revisit-records.warc.gz")
    refs = [r for (r,) in open_archive(db_path).execute("SELECT source_ref FROM captures")]
    assert len(refs) == 4 and all(r.startswith("<urn:uuid:") for r in refs) and len(set(refs)) == 4


def _gzip_member_starts(data: bytes) -> list[int]:
    return [i for i in range(len(data) - 2) if data[i:i + 3] == b"\x1f\x8b\x08"]


def test_a_damaged_gzip_header_costs_only_its_own_record(run, tmp_path, db_path):
    """Every byte of every member's gzip header, damaged in turn: the other two records are read, the damage
    is reported once with the bytes skipped, in one printable line, and the import succeeds."""
    records = [(URL, at(i), 200, policy_html(updated=f"May {i + 1}, 2024")) for i in range(3)]
    data = write_warc(tmp_path / "good.warc.gz", records).read_bytes()
    starts = _gzip_member_starts(data)
    assert len(starts) == 3
    for member, start in enumerate(starts):
        for where in range(start, start + 10):  # the fixed gzip header: magic, method, flags, mtime, xfl, os
            damaged = bytearray(data)
            damaged[where] ^= 0xFF
            path = tmp_path / f"d{where}.warc.gz"
            path.write_bytes(bytes(damaged))
            problems, skipped = [], collections.Counter()
            captures = list(read_warc(path, problems, skipped))
            got = {c.fetched_at for c in captures}
            others = {r[1] for i, r in enumerate(records) if i != member}
            assert others <= got, (member, where, problems)
            assert all(p.skipped is not None and p.skipped > 0 for p in problems), (where, problems)
    damaged = bytearray(data)
    damaged[starts[0] + 2] = 0  # the case: one changed byte in the first gzip header
    path = tmp_path / "first.warc.gz"
    path.write_bytes(bytes(damaged))
    result = CliRunner().invoke(cli, ["--db", str(db_path), "import-warc", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("2 records: 2 new versions")
    warnings = [line for line in result.stderr.splitlines() if not line.endswith("% read")]  # progress aside
    assert len(warnings) == 1 and "bytes skipped" in warnings[0] and warnings[0].isprintable()


def test_damaged_compressed_data_inside_a_record_is_one_warning(run, tmp_path, db_path):
    """Damage deep inside a large record's deflate stream: warcio wrote a zlib message to stderr for every
    block after it (about 200 lines for a fresh user) and dropped the data; it is one warning naming the record
    as corrupt, and the records after it are imported."""
    import random
    rng = random.Random(7)
    noise = " ".join("".join(rng.choice("abcdefghij") for _ in range(8)) for _ in range(12000))
    big = policy_html(extra=f"<p>{noise}</p>")
    records = [(URL, at(0), 200, policy_html()), (URL, at(1), 200, big), (URL, at(2), 200, policy_html())]
    data = bytearray(write_warc(tmp_path / "good.warc.gz", records).read_bytes())
    starts = _gzip_member_starts(bytes(data))
    where = starts[1] + (starts[2] - starts[1]) // 2  # the middle of the large member, past warcio's first block
    assert where - starts[1] > 20_000
    for i in range(where, where + 200):
        data[i] ^= 0x5A
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(bytes(data))
    result = CliRunner().invoke(cli, ["--db", str(db_path), "import-warc", str(path)])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if not line.endswith("% read")]  # progress aside
    assert len(warnings) == 1 and "corrupt record" in warnings[0] and "bytes skipped" in warnings[0], warnings
    assert "???" not in warnings[0], warnings  # the damaged bytes are said to be binary, not shown
    assert result.stdout.startswith("2 records:")


def test_binary_bytes_where_a_record_should_start_are_said_to_be_binary(tmp_path, db_path):
    """A fresh user's trial: the warning for a damaged record showed the damage ("first line: ??????????}TMs?F")."""
    import gzip
    records = [(URL, at(i), 200, policy_html(updated=f"May {i + 1}, 2024")) for i in range(2)]
    data = gzip.decompress(write_warc(tmp_path / "good.warc.gz", records).read_bytes())
    second = data.index(b"WARC/1.", 10)
    path = tmp_path / "damaged.warc"
    path.write_bytes(data[:second] + bytes(range(128, 256)) * 4 + b"\r\n\r\n" + data[second:])
    result = CliRunner().invoke(cli, ["--db", str(db_path), "import-warc", str(path)])
    warnings = [line for line in result.stderr.splitlines() if not line.endswith("% read")]
    assert result.exit_code == 0 and len(warnings) == 1, result.output
    assert "its first line is binary data, not a WARC header" in warnings[0] and "??" not in warnings[0]


def test_a_file_with_no_readable_record_exits_non_zero(run, tmp_path, db_path):
    records = [(URL, at(i), 200, policy_html(updated=f"May {i + 1}, 2024")) for i in range(2)]
    data = bytearray(write_warc(tmp_path / "w.warc.gz", records).read_bytes())
    for start in _gzip_member_starts(bytes(data)):
        data[start + 12:start + 40] = b"\xff" * 28  # the deflate stream of every member
    path = tmp_path / "all-bad.warc.gz"
    path.write_bytes(bytes(data))
    result = run("import-warc", path)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1].startswith(f"Error: no WARC record could be read from {path}")
    assert result.output.rstrip().endswith("(no archive was made)") and not db_path.exists()
    not_warc = tmp_path / "hi.warc.gz"  # a gzip of something else: one line, no warning and no "0 records" summary,
    not_warc.write_bytes(gzip.compress(b"<html><body>hi</body></html>"))  # and it says what the file is (a trial)
    result = run("import-warc", not_warc)
    assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
    assert "is not a WARC, ARC or WACZ file (it is gzip-compressed, and what it holds starts '<html><body>hi" \
        in result.output and "nothing was imported" in result.output and not db_path.exists()
    run("import-warc", write_warc(tmp_path / "good.warc.gz", records))
    result = run("import-warc", path)  # into an archive that exists: it stays, with what it held
    assert result.exit_code == 2 and "no archive was made" not in result.output
    assert len(versions_of(db_path)) == 2


def test_wacz_files_are_read_like_the_warcs_inside(run, tmp_path, db_path, history_records):
    import subprocess
    import sys
    warc = write_warc(tmp_path / "h.warc.gz", history_records)
    wacz = tmp_path / "h.wacz"
    subprocess.run([str(Path(sys.executable).with_name("wacz")), "create", "-o", str(wacz), str(warc)],
                   check=True, capture_output=True, cwd=tmp_path)
    result = run("import-warc", wacz)
    assert result.exit_code == 0, result.output
    assert "7 records: 3 new versions, 3 unchanged, 1 rejected" in result.output
    plain = tmp_path / "plain.db"
    run("import-warc", warc, db=plain)
    q = "SELECT number, first_seen, last_seen, content_hash, captures FROM versions ORDER BY number"
    assert list(open_archive(db_path).query(q)) == list(open_archive(plain).query(q))


def test_arc_files_are_read(run, tmp_path, db_path):
    body = policy_html()
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    version_block = (b"1 0 policy-archive-tests\nURL IP-address Archive-date Content-type Archive-length\n")
    first = b"filedesc://t.arc 0.0.0.0 20240101000000 text/plain %d\n" % len(version_block) + version_block + b"\n"
    rec = b"%s 93.184.216.34 20240105120000 text/html %d\n" % (URL.encode(), len(http)) + http + b"\n"
    path = tmp_path / "t.arc"
    path.write_bytes(first + rec)
    result = run("import-warc", path)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 record: 1 new version,")
    (v,) = versions_of(db_path)
    assert v["first_seen"] == "2024-01-05T12:00:00Z"


def test_the_summary_gives_the_outcomes_the_archive_holds_at_the_end(run, tmp_path, db_path):
    """A capture that arrives out of time order replays its document's history: the policy shortened for good
    (three captures over two days) is refused as a fragment twice, then its first capture arrives and the three
    make a version. The summary counts what the archive holds, as `status` does, not the first verdicts."""
    from conftest import SECTIONS
    short = policy_html({i: "" for i in range(1, len(SECTIONS))})
    records = [(URL, at(0), 200, policy_html()), (URL, at(2), 200, short), (URL, at(3), 200, short),
               (URL, at(1), 200, short)]
    result = run("import-warc", write_warc(tmp_path / "o.warc.gz", records))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("4 records: 2 new versions, 2 unchanged, 0 rejected"), result.output
    assert "fragment" not in result.output
    assert counts(db_path)["versions"] == 2


def test_a_whole_file_gzip_is_read_to_its_end(run, tmp_path, db_path):
    """`gzip file.warc` makes one gzip member of all the records (WARC 1.1 annex D asks for one per record):
    warcio reads its first record only; every record is imported."""
    import gzip as gz
    records = [(URL, at(i), 200, policy_html(updated=f"May {i + 1}, 2024")) for i in range(4)]
    plain = write_warc(tmp_path / "p.warc", records, gzip=False).read_bytes()
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gz.compress(plain))
    result = run("import-warc", whole)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("4 records: 4 new versions") and "unreadable" not in result.output


def test_a_record_longer_than_its_content_length_says_is_warned_at_itself(tmp_path):
    """warcio notices a record not followed by a blank line as it moves to the next one: the warning names the
    record whose Content-Length is wrong, the last one too."""
    records = [(URL, at(i), 200, policy_html(updated=f"May {i + 1}, 2024")) for i in range(4)]
    data = write_warc(tmp_path / "p.warc", records, gzip=False).read_bytes()
    starts = [m.start() for m in re.finditer(rb"WARC/1\.", data)]
    for which in (0, 3):
        head_end = data.index(b"\r\n\r\n", starts[which])
        header = data[starts[which]:head_end]
        length = int(re.search(rb"Content-Length: (\d+)", header).group(1))
        header = re.sub(rb"WARC-(?:Payload|Block)-Digest: [^\r]*\r\n", b"", header + b"\r\n")[:-2]
        header = header.replace(b"Content-Length: %d" % length, b"Content-Length: %d" % (length - 10))
        damaged = data[:starts[which]] + header + data[head_end:]
        path = tmp_path / f"short{which}.warc"
        path.write_bytes(damaged)
        problems, skipped = [], collections.Counter()
        assert len(list(read_warc(path, problems, skipped))) == 4
        assert [(p.offset, "blank line" in p.message) for p in problems] == [(starts[which], True)]


def test_a_damaged_deflated_wacz_member_is_reported_not_raised(run, tmp_path, db_path):
    import zipfile
    records = [(URL, at(i), 200, policy_html(updated=f"May {i + 1}, 2024")) for i in range(60)]
    plain = write_warc(tmp_path / "p.warc", records, gzip=False).read_bytes()
    wacz = tmp_path / "d.wacz"
    with zipfile.ZipFile(wacz, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("datapackage.json", "{}")
        zf.writestr("archive/data.warc", plain)
    data = bytearray(wacz.read_bytes())
    at_quarter = data.index(b"archive/data.warc") + (len(data) - data.index(b"archive/data.warc")) * 3 // 4
    data[at_quarter:at_quarter + 20] = b"\x00" * 20
    wacz.write_bytes(bytes(data))
    result = run("import-warc", wacz)
    assert "Traceback" not in result.output and result.exit_code in (0, 2), result.output
    assert "warning:" in result.output or "Error:" in result.output


def test_versions_that_earlier_captures_now_start_are_told(run, tmp_path, db_path):
    """An edit imported between captures already in the archive makes its own version, and the capture after it
    (the old text again) a version too: the summary says so, since that capture was not imported now."""
    old = [(URL, at(d), 200, policy_html()) for d in (0, 10, 20)]
    assert run("import-warc", write_warc(tmp_path / "old.warc.gz", old)).exit_code == 0
    result = run("import-warc", write_warc(tmp_path / "new.warc.gz", [(URL, at(5), 200, policy_html({1: "Edited."}))]))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 record: 1 new version,")
    assert "versions added by re-judging captures already in the archive: 1" in result.output
    assert counts(db_path)["versions"] == 3


def test_counts_of_one_are_singular(run, tmp_path):
    """'1 records: 1 new versions' and 'wrote 1 versions' read wrong (a fresh user's report)."""
    result = run("import-warc", write_warc(tmp_path / "one.warc.gz", [(URL, at(0), 200, policy_html())]))
    assert "1 record: 1 new version, 0 unchanged" in result.output, result.output
    out = tmp_path / "one.csv"
    assert "wrote 1 version to" in run("export", "--format", "csv", "-o", out).output


MOVED = "https://www.example.com/legal/privacy"
EDIT = {4: "We keep your personal data for as long as your account is open and for one year after it is closed, "
           "unless the law requires us to keep it longer."}


def captures_of(db_path) -> list[tuple]:
    db = open_archive(db_path)
    return [tuple(r) for r in db.execute("SELECT d.url, c.final_url, c.redirects, c.status, c.outcome FROM captures c "
                                         "JOIN documents d ON d.id = c.document_id ORDER BY c.fetched_at, c.id")]


def test_a_redirect_and_its_target_are_one_capture_of_the_url_asked_for(run, tmp_path, db_path):
    """A crawler's WARC writes a 301 for the policy URL and, next, the response of the URL it points to (with
    its relative Location resolved). They are one fetch of the policy URL, as a crawl records it: the policy
    that moved keeps one history (no second document starting over with a "first" version of the same text),
    each capture keeping its chain; a two-hop chain too. A redirect whose target the file does not hold,
    or holds much later, is a capture of its own, refused as before."""
    hop = "https://www.example.com/privacy-old"
    records = [(URL, at(0), 200, policy_html()),
               (URL, at(7), 301, b"", [("Location", "/legal/privacy#top")]),
               (MOVED, at(7) + dt.timedelta(seconds=1), 200, policy_html()),
               (URL, at(14), 302, b"", [("Location", hop)]),
               (hop, at(14), 301, b"", [("Location", MOVED)]),
               (MOVED, at(14) + dt.timedelta(seconds=2), 200, policy_html(EDIT)),
               (URL, at(21), 301, b"", [("Location", MOVED)]),  # its target is captured an hour later
               (MOVED, at(21) + dt.timedelta(hours=1), 200, policy_html(EDIT)),
               (URL, at(28), 301, b"", [("Location", "https://www.example.com/gone")])]
    result = run("import-warc", write_warc(tmp_path / "moved.warc.gz", records))
    assert result.exit_code == 0, result.output
    assert "9 records: 3 new versions, 1 unchanged, 2 rejected" in result.output
    assert "redirects joined to the capture of their target: 3" in result.output
    assert captures_of(db_path) == [
        (URL, URL, None, 200, "new_version"),
        (URL, MOVED, json.dumps([[URL, 301]]), 200, "unchanged"),
        (URL, MOVED, json.dumps([[URL, 302], [hop, 301]]), 200, "new_version"),
        (URL, URL, None, 301, "rejected"),
        (MOVED, MOVED, None, 200, "new_version"),
        (URL, URL, None, 301, "rejected")]
    history = run("history", URL).output
    assert "2024-01-01T00:00:00Z" in history and "2024-01-15T00:00:02Z" in history


def test_a_way_to_the_policy_is_no_second_policy_and_http_is_the_same_page_as_https(run, tmp_path, db_path):
    """A Wayback-style export writes some captures of the policy at `http://`, and a crawler that followed a
    site's `/privacy` writes a 302 to the policy's own address, which the files also capture directly: one
    policy, one history (a fresh user's trial: a Ukrainian marketplace's 5 versions were split 5 + 3 between
    `https://` and `http://`, and a Polish shop's `/privacy` was "another policy archived side by side"),
    in whichever order the files are imported."""
    plain = "http://example.com/privacy"  # the same page as URL (https, www.), as archives also write it
    alias = "https://www.example.com/pl/privacy"
    first = [(URL, at(0), 200, policy_html()), (plain, at(7), 200, policy_html())]
    second = [(alias, at(14), 302, b"", [("Location", URL)]),
              (URL, at(14) + dt.timedelta(seconds=1), 200, policy_html(EDIT)),
              (plain, at(21), 200, policy_html(EDIT)),
              (URL, at(28), 200, policy_html({1: "We never sell your data."}))]
    paths = [write_warc(tmp_path / "a.warc.gz", first), write_warc(tmp_path / "b.warc.gz", second)]
    for order in (paths, paths[::-1]):
        Path(db_path).unlink(missing_ok=True)
        assert run("import-warc", *order).exit_code == 0
        db = open_archive(db_path)
        assert [r[0] for r in db.execute("SELECT url FROM documents")] == [URL]
        assert [(r["number"], r["captures"]) for r in db.query(
            "SELECT number, captures FROM versions ORDER BY number")] == [(1, 2), (2, 2), (3, 1)]
        db.conn.close()
    assert "side by side" not in run("history", "example.com").output
    # an http:// document an older import made moves to https:// with the page's first capture there
    Path(db_path).unlink()
    run("import-warc", write_warc(tmp_path / "c.warc.gz", [(plain, at(0), 200, policy_html())]))
    run("import-warc", write_warc(tmp_path / "d.warc.gz", [(URL.replace("www.", ""), at(7), 200, policy_html())]))
    db = open_archive(db_path)
    assert [r[0] for r in db.execute("SELECT url FROM documents")] == ["https://example.com/privacy"]


def test_only_a_way_of_the_same_host_with_no_captures_of_its_own_is_joined_and_again_nothing_is_added(
        run, tmp_path, db_path):
    """A colleague's review: a brand's policy that redirects to its group's (another host) stays the brand's;
    an address with captures of its own keeps the redirects it answered with; importing the files again adds
    nothing (the review had one record stored twice, under two documents)."""
    brand, group = "https://brand.example/privacy", "https://group.example/privacy"
    records = [(group, at(0), 200, policy_html()),
               (brand, at(1), 302, b"", [("Location", group)]),
               (group, at(1) + dt.timedelta(seconds=1), 200, policy_html()),
               (URL, at(2), 200, policy_html()),
               (URL, at(9), 301, b"", [("Location", MOVED)]),
               (MOVED, at(9) + dt.timedelta(seconds=1), 200, policy_html(EDIT)),
               (MOVED, at(16), 200, policy_html(EDIT))]
    path = write_warc(tmp_path / "both.warc.gz", records)
    assert run("import-warc", path).exit_code == 0
    db = open_archive(db_path)
    first = db.execute("SELECT d.url, c.url, c.fetched_at FROM captures c JOIN documents d ON d.id = c.document_id "
                       "ORDER BY c.fetched_at").fetchall()
    assert (brand, brand, "2024-01-02T00:00:01Z") in first  # the brand's, though its page is the group's
    assert (URL, URL, "2024-01-10T00:00:01Z") in first  # a policy that moved keeps one history
    assert "0 new versions, 0 unchanged, 0 rejected, 5 already in the archive" in run("import-warc", path).output
    assert db.execute("SELECT count(*) FROM captures").fetchone()[0] == len(first)


def test_a_whole_site_archive_keeps_its_other_pages_out_of_the_policies(run, tmp_path, db_path):
    """A whole-site WARC (a homepage, an article, a style sheet beside the policy): every page is kept with its
    capture, but those that never read as a policy are not listed as the company's policies, not due for a
    crawl, not on the company's page; one that later makes a version is a policy like any other."""
    home = b"<html><body><h1>Acme</h1><p>We sell widgets.</p><a href='/privacy'>Privacy</a></body></html>"
    article = ("<html><body><article><h1>Our new widget</h1>" + "<p>The widget is a fine widget that helps "
               "you with many tasks around the house and the garden every day.</p>" * 10 + "</article></body></html>")
    other = ["https://www.example.com/", "https://www.example.com/blog/1", "https://www.example.com/style.css"]
    records = [(other[0], at(0), 200, home), (other[1], at(0), 200, article.encode()), (URL, at(0), 200, policy_html()),
               (other[2], at(0), 200, b"body { color: red }")]
    result = run("import-warc", write_warc(tmp_path / "site.warc.gz", records))
    assert "pages that never read as a policy (kept, not listed by `sites`): 3" in result.output
    assert [r["url"] for r in json.loads(run("sites", "--json").stdout)] == [URL]
    assert {r["url"] for r in json.loads(run("sites", "--all", "--json").stdout)} == {URL, *other}
    assert "3 other pages of imported archives" in run("sites").stderr
    status = json.loads(run("status", "--json").stdout)
    assert status["due"] == 1 and status["other_pages"] == 3 and status["captures"] == 4
    from archive.lookup import known_sites
    known = known_sites(open_archive(db_path), ["example.com"])["example.com"].documents
    assert [u for u, d in known.items() if not d.moved] == [URL]  # what a recrawl asks for
    import asyncio

    from archive.view import make_datasette
    page = asyncio.run(make_datasette(db_path).client.get("/company/example.com")).text
    assert URL in page and other[1] not in page
    # the article's page, later rewritten as a policy, is a policy from then on
    result = run("import-warc", write_warc(tmp_path / "later.warc.gz",
                                           [(other[1], at(7), 200, policy_html())]))
    assert "never read" not in result.output
    assert {r["url"] for r in json.loads(run("sites", "--json").stdout)} == {URL, other[1]}


def test_the_writer_extracting_beside_its_pool_records_what_one_process_records(run, tmp_path):
    # many distinct pages in a row: the writer takes the pool's latest unstarted captures while the one it must
    # record next is being extracted; every capture's extraction must reach its own capture, in any split
    records = []
    for i in range(30):
        url = f"https://site{i % 5}.example/privacy"
        records.append((url, at(i), 200, policy_html({2: f"We answer every request within {i + 1} days."},
                                                     updated=f"March {i % 28 + 1}, 2024")))
    warc = write_warc(tmp_path / "many.warc.gz", records)
    one, pooled = tmp_path / "one.db", tmp_path / "pooled.db"
    assert run("import-warc", "--workers", "1", warc, db=one).exit_code == 0
    result = run("import-warc", "--workers", "3", warc, db=pooled)
    assert result.exit_code == 0, result.output
    q = ("SELECT d.url, v.first_seen, v.content_hash, v.declared_date, v.captures FROM versions v "
         "JOIN documents d ON d.id = v.document_id ORDER BY d.url, v.first_seen")
    assert list(open_archive(pooled).query(q)) == list(open_archive(one).query(q))
    assert len(list(open_archive(one).query(q))) == 30  # every capture a new version: each text its own


def test_runs_of_an_imported_archive_say_imports_make_no_run(run, tmp_path, history_records):
    """An empty table said nothing (trial 12): the archive's captures came from an import."""
    assert run("import-warc", write_warc(tmp_path / "h.warc.gz", history_records)).exit_code == 0
    said = run("runs").output.strip()
    assert said.startswith(f"no runs yet: this archive's {len(history_records)} captures came from `import-warc`")
    assert run("runs", "--json").output.strip() == "[]"



def test_an_import_or_reprocess_while_another_writer_holds_the_archive_is_refused(run, tmp_path, db_path,
                                                                                  history_records):
    """Two imports into one archive at once: the second said the first's counts as its own ("19 new versions,
    454 unchanged" for a WARC that added nothing: a fresh user's trial), since an import counts what it did by
    the ids it added. An import and a reprocess hold the archive's lease as a crawl does, one writer at a time."""
    import subprocess
    import sys

    from archive import schedule
    warc = write_warc(tmp_path / "h.warc.gz", history_records)
    assert run("import-warc", warc).exit_code == 0
    db = open_archive(db_path)
    schedule.acquire_lease(db, "crawl pid 1")  # this live process: a crawl under way
    try:
        before = db.execute("SELECT count(*) FROM captures").fetchone()[0]
        other = write_warc(tmp_path / "o.warc.gz", [(URL.replace("example", "other"), at(0), 200, policy_html())])
        for args in (["import-warc", str(other)], ["reprocess"]):
            said = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(db_path), *args],
                                  capture_output=True, text=True, timeout=120)
            assert said.returncode == 2 and said.stderr.startswith("Error: the archive is in use by crawl pid 1 on "), \
                said.stderr
            assert said.stderr.strip().endswith("run this again once it has finished") and said.stdout == ""
        assert db.execute("SELECT count(*) FROM captures").fetchone()[0] == before
    finally:
        schedule.release_lease(db)
        db.close()
    assert run("import-warc", other).exit_code == 0  # the lease released: the import runs, and releases it too
    assert open_archive(db_path, readonly=True).execute("SELECT count(*) FROM lease").fetchone()[0] == 0


def test_a_disk_that_refuses_a_write_midway_is_one_line_and_the_same_import_resumes(run, tmp_path, db_path):
    """A fresh user's trial: an import onto a full disk said "nothing was changed" though its earlier batches
    were committed, and a write refused otherwise (EFBIG, EIO: "disk I/O error") was a traceback. For real:
    the importing process may write files of 3 MB at most (RLIMIT_FSIZE), and 200 policies of random words
    need more. It stops with one line saying what stays; the same command, run again without the limit,
    completes it: the archive is whole and equals an import that was never stopped."""
    import resource
    import signal
    import subprocess
    import sys
    rng = random.Random(7)
    vocab = [f"w{n}" for n in range(4000)]
    records = [(f"https://s{i}.example/privacy", at(1), 200, policy_html(extra="".join(
        f"<p>We keep {' '.join(rng.choices(vocab, k=60))}.</p>" for _ in range(10)))) for i in range(200)]
    warc = write_warc(tmp_path / "many.warc.gz", records)

    def limited():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails instead of the process being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (3_000_000, 3_000_000))
    args = [sys.executable, "-m", "crawler.cli", "--db", str(db_path), "import-warc", str(warc)]
    stopped = subprocess.run(args, capture_output=True, text=True, timeout=300, preexec_fn=limited)
    assert stopped.returncode == 2, stopped.stderr[-2000:]
    error = [line for line in stopped.stderr.splitlines() if line.startswith("Error")]
    assert "Traceback" not in stopped.stderr and len(error) == 1
    assert "what was recorded before it stays, and running the same command again resumes" in error[0]
    db = open_archive(db_path, readonly=True)
    kept = db.execute("SELECT count(*) FROM versions").fetchone()[0]
    assert 0 < kept < 200 and db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.conn.close()
    assert subprocess.run(args, capture_output=True, text=True, timeout=300).returncode == 0
    whole = tmp_path / "whole.db"
    assert run("import-warc", warc, db=whole).exit_code == 0
    rows = "SELECT d.url, v.content_hash FROM versions v JOIN documents d ON d.id = v.document_id ORDER BY 1"
    assert open_archive(db_path, readonly=True).execute(rows).fetchall() == \
        open_archive(whole, readonly=True).execute(rows).fetchall()


def test_a_pdf_policy_exported_anew_is_one_version_until_its_words_change(run, tmp_path, db_path):
    """A PDF policy re-exported with another layout (every line and page break moved) is the same version; a
    sentence added is a new one."""
    pdf_url = "https://www.example.com/legal/privacy.pdf"
    warc = write_warc(tmp_path / "pdf.warc.gz", [
        (pdf_url, at(1), 200, paginated_pdf(80, 40)),
        (pdf_url, at(2), 200, paginated_pdf(70, 34)),
        (pdf_url, at(3), 200, paginated_pdf(70, 34, edit="We now keep invoices for ten years."))],
        content_type="application/pdf")
    result = run("import-warc", warc)
    assert result.exit_code == 0, result.output
    assert "3 records: 2 new versions, 1 unchanged, 0 rejected" in result.output
    shown = run("show", pdf_url)
    assert "keep invoices for ten years" in shown.output and "Page 2 of" not in shown.output


def test_without_a_terminal_each_quarter_of_a_file_read_is_told_though_one_record_spans_two(db_path, tmp_path):
    """Progress in a log or a pipe is a line at each quarter read; a record that spans two quarters (a big page in a
    small file: a fresh user's trial saw "25% read" and "75% read" only) still gives each (a file read to its end is
    told by the summary)."""
    from conftest import SECTIONS
    big = policy_html({i: SECTIONS[i][1] * 40 for i in range(3)})
    rest = policy_html({i: SECTIONS[i][1] * 30 for i in range(3)})
    path = write_warc(tmp_path / "small.warc.gz", [(URL, at(0), 200, policy_html()), (URL, at(1), 200, big),
                                                    (URL, at(2), 200, rest)], gzip=False)
    result = CliRunner().invoke(cli, ["--db", str(db_path), "import-warc", "--workers", "1", str(path)])
    assert result.exit_code == 0, result.output
    told = [line for line in result.stderr.splitlines() if line.endswith("% read")]
    assert told == ["small.warc.gz: 25% read", "small.warc.gz: 50% read"]


def test_what_an_import_makes_of_a_redirect_does_not_depend_on_how_far_it_reads_ahead(tmp_path):
    """A colleague's review: whether a redirect's address has captures of its own was asked of the archive as the
    redirect was read, while the captures read before it were still waiting to be recorded, so `--workers 1`
    (8 captures ahead) made `/old` a document of its own and `--workers 2` (32 MB ahead) a way to `/privacy`."""
    from archive.warc import import_warcs
    old, page = "https://www.example9.com/old", "https://www.example9.com/privacy"
    records = [(old, at(0), 301, b"", [("Location", "https://www.example9.com/gone")])]
    records += [(URL.replace("example.com", f"example{i % 4}.com"), at(1 + i // 4, i % 4), 200,
                 policy_html({1: f"We keep your personal data for {12 + i // 20} months."})) for i in range(40)]
    records += [(page, at(20), 200, policy_html()), (old, at(21), 301, b"", [("Location", page)]),
                (page, at(21) + dt.timedelta(seconds=1), 200, policy_html())]
    warc = write_warc(tmp_path / "ways.warc.gz", records)
    archives = []
    for workers in (1, 2):
        db = open_archive(tmp_path / f"w{workers}.db", create=True)
        import_warcs(db, [warc], workers=workers)
        archives.append(db.execute("SELECT d.url, c.fetched_at, c.outcome, c.reason FROM captures c JOIN documents d "
                                   "ON d.id = c.document_id ORDER BY c.fetched_at, d.url").fetchall())
        db.close()
    assert archives[0] == archives[1]
    assert (old, "2024-01-22T00:00:01Z", "new_version", None) in archives[0]  # `/old` has a capture of its own


@pytest.mark.parametrize("policies_first", [False, True])
def test_an_import_stopped_before_its_first_version_counts_what_it_recorded_and_the_rerun_finishes_it(
        tmp_path, policies_first):
    """A colleague's review: after a stop, the summary counted the joined redirects of captures read ahead and
    left to the rerun; and an import that had made no version yet left a mark no one saw or finished (its
    homepages stayed listed as policies after the rerun)."""
    from archive.warc import import_warcs
    home = b"<html><body><h1>Welcome</h1><p>We sell shoes for running and walking.</p></body></html>"
    records = [(f"https://www.shop{i}.example/", at(0, 1), 200, home) for i in range(80)]
    for i in range(40):
        records += [(f"http://old{i}.example/privacy", at(1 + i), 301, b"",
                     [("Location", f"https://www.example{i}.com/privacy")]),
                    (f"https://www.example{i}.com/privacy", at(1 + i) + dt.timedelta(seconds=1), 200, policy_html())]
    if policies_first:  # (stopped among joined redirects, after versions were made)
        records = records[80:] + records[:80]
    warc = write_warc(tmp_path / "shops.warc.gz", records)
    ref = open_archive(tmp_path / "ref.db", create=True)
    import_warcs(ref, [warc], workers=2)
    asked = []
    db = open_archive(tmp_path / "a.db", create=True)
    summary = import_warcs(db, [warc], workers=2, stop=lambda: asked.append(1) or len(asked) > 70)
    recorded = db.execute("SELECT count(*), count(redirects) FROM captures").fetchone()
    assert summary.interrupted and summary.records == recorded[0] + recorded[1] < 160
    assert summary.followed == recorded[1]
    assert db.execute("SELECT count(*) FROM unfinished_imports WHERE until_version IS NOT NULL").fetchone()[0] == 1
    import_warcs(db, [warc], workers=2)
    states = "SELECT d.url, d.state FROM documents d ORDER BY d.url"
    assert db.execute(states).fetchall() == ref.execute(states).fetchall()
    assert db.execute("SELECT count(*) FROM unfinished_imports").fetchone()[0] == 0
