"""export: JSONL, CSV, Parquet, OTA layout, WARC; dataset card; filters; atomic files."""
import csv
import hashlib
import io
import json

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
    card = (tmp_path / "v.card.md").read_text()
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
    imported("export", "--format", "jsonl", "--since", "2024-01-20", "--until", "2024-02-01", "-o", out)
    rows = [json.loads(r) for r in out.read_text().splitlines()]
    assert [(r["site"], r["version"]) for r in rows] == [("example.com", 2), ("other.org", 1)]
    imported("export", "--format", "jsonl", "--latest", "--until", "2024-01-20", "-o", out)
    rows = [json.loads(r) for r in out.read_text().splitlines()]
    assert [(r["site"], r["version"]) for r in rows] == [("example.com", 2), ("other.org", 1)]


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
