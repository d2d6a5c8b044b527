"""import-warc: real WARC files in, versions out; idempotent, order-independent, robust to corruption."""
import random

from archive import open_archive
from conftest import URL, at, policy_html, write_warc


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


def test_missing_and_non_warc_files_give_one_line(run, tmp_path, db_path):
    result = run("import-warc", tmp_path / "nope.warc.gz")
    assert result.exit_code == 2
    assert result.output.strip() == f"Error: cannot read {tmp_path / 'nope.warc.gz'}: no such file"
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"this is not a warc file\n" * 10)
    result = run("import-warc", junk)
    assert result.exit_code == 0, result.output
    assert "0 records" in result.output and "unreadable" in result.output
