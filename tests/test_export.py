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
    assert files == ["README.md", "example.com/Privacy Policy/2024-01-01T00-00-00Z.md",
                     "example.com/Privacy Policy/2024-01-15T00-00-00Z.md",
                     "example.com/Privacy Policy/2024-02-05T00-00-00Z.md",
                     "other.org/Privacy Policy/2024-01-04T00-00-00Z.md",
                     "other.org/Privacy Policy/2024-02-10T00-00-00Z.md"]


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


def test_researchers_columns(imported, tmp_path):
    out = tmp_path / "r.jsonl"
    assert imported("export", "--format", "jsonl", "--site", "example.com", "-o", out).exit_code == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    v1, v2, v3 = rows
    assert v1["version_id"].startswith("example.com/privacy@2024-01-01T00:00:00Z#sha256:")
    assert v1["version_id"].endswith(v1["content_hash"][:12])
    assert v1["extractor"] and v1["company"] is None
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
    assert rows[3]["reason"] == "http_404" and rows[3]["version_id"] == ""
    assert rows[4]["version_id"].startswith("example.com/privacy@2024-01-15T00:00:00Z#sha256:")
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
    assert schema.field("sections_renamed").type.value_type.value_type == "string"


def test_card_has_licence_source_and_citation(imported, tmp_path):
    out = tmp_path / "l.jsonl"
    assert imported("export", "--format", "jsonl", "--licence", "CC-BY-4.0", "-o", out).exit_code == 0
    card = (tmp_path / "l.card.md").read_text()
    assert "- Licence: CC-BY-4.0" in card
    assert "- Source: 9 captures imported from WARC files (h.warc.gz)" in card
    assert "cff-version: 1.2.0" in card and 'license: "CC-BY-4.0"' in card
    assert imported("export", "--format", "ota", "--licence", "CC0-1.0", "-o", tmp_path / "o").exit_code == 0
    assert 'license: "CC0-1.0"' in (tmp_path / "o" / "CITATION.cff").read_text()
    bad = imported("export", "--format", "jsonl", "--licence", "free; rm -rf", "-o", tmp_path / "b.jsonl")
    assert bad.exit_code == 2 and "SPDX" in bad.output


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
