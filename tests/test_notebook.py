"""The notebook API: archive.open(path) -> pandas DataFrames that round-trip with the Parquet export."""
import subprocess
import sys

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import archive
from archive.export import CAPTURE_FIELDS, FIELDS, parquet_schema
from conftest import at, policy_html, write_warc


@pytest.fixture
def imported(run, tmp_path, history_records):
    other = [("https://other.org/legal/privacy", at(3), 200, policy_html(title="Other Privacy Notice")),
             ("https://other.org/legal/privacy", at(40), 200, policy_html({0: "We collect only your e-mail "
              "address, and nothing else, and we keep it for thirty days."}, title="Other Privacy Notice"))]
    assert run("import-warc", write_warc(tmp_path / "h.warc.gz", history_records + other)).exit_code == 0
    return run


def test_import_archive_loads_neither_pandas_nor_numpy():
    code = "import sys, archive; print(sorted({m.split('.')[0] for m in sys.modules} & {'pandas', 'numpy', 'matplotlib'}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    # and they still import afterwards, with sqlite-utils loaded first
    code = "import archive, pandas, numpy; print(pandas.DataFrame({'a': [1]}).a.sum())"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "1"


def test_versions_frame_round_trips_with_the_parquet_export(imported, db_path, tmp_path):
    out = tmp_path / "v.parquet"
    assert imported("export", "--format", "parquet", "-o", out).exit_code == 0
    with archive.open(db_path) as a:
        frame = a.versions()
    assert list(frame.columns) == FIELDS and len(frame) == 5
    assert str(frame["first_seen"].dtype) == "datetime64[ns, UTC]"
    assert str(frame["prev_capture_at"].dtype) == "datetime64[ns, UTC]"
    assert frame["version"].dtype == "int32" and frame["words_added"].dtype == "int32"
    assert frame["formatting_only"].dtype == bool
    assert frame.loc[1, "first_seen"] == pd.Timestamp("2024-01-15T00:00:00Z")
    assert list(frame.loc[1, "sections_modified"]) == ["Your rights"]
    pd.testing.assert_frame_equal(frame, pd.read_parquet(out))  # same rows, same types
    back = pa.Table.from_pandas(frame, schema=parquet_schema(), preserve_index=False)
    assert back.equals(pq.read_table(out), check_metadata=False)


def test_captures_and_changes_frames(imported, db_path, tmp_path):
    out = tmp_path / "c.parquet"
    assert imported("export", "--format", "parquet", "--captures", "-o", out).exit_code == 0
    a = archive.open(db_path)
    caps = a.captures()
    assert list(caps.columns) == CAPTURE_FIELDS and len(caps) == 9
    assert str(caps["fetched_at"].dtype) == "datetime64[ns, UTC]"
    assert caps[caps["reason"] == "http_404"]["outcome"].tolist() == ["rejected"]
    pd.testing.assert_frame_equal(caps, pd.read_parquet(out))
    ch = a.changes(site="example.com")
    assert "markdown" not in ch.columns and len(ch) == 2
    assert ch["change_kind"].tolist() == ["edit", "edit"]  # a first version changed nothing
    assert ch["words_added"].tolist()[0] == 8
    # the changes first seen in a window, not the versions in force in it (those start before it, too)
    window = {"since": "2024-01-10", "until": "2024-01-31"}
    assert a.changes("example.com", **window)["first_seen"].tolist() == [pd.Timestamp("2024-01-15T00:00:00Z")]
    assert len(a.versions("example.com", **window)) == 2
    assert a.changes("example.com", since="2024-02-06").empty  # the last change is a day before
    assert len(a.versions(since="2024-02-01", latest=True)) == 2
    assert a.versions("other.org")["site"].unique().tolist() == ["other.org"]
    assert a.sites()["versions"].tolist() == [3, 2]


def test_a_window_that_ends_before_it_starts_is_an_error(imported, db_path):
    """As `export --since A --until B` says: an empty frame would hide the slip."""
    with archive.open(db_path) as a:
        for frame in (a.versions, a.changes, a.captures):
            with pytest.raises(archive.ArchiveError, match="swap them"):
                frame(since="2025-01-01", until="2024-01-01")


def test_versions_since_a_policys_last_capture_warn_as_export_since_does(imported, db_path):
    """`export --since` warns that a policy last captured before it gives its latest known version, no knowledge
    of that time; `versions(since=)` gave the same rows silently (a fresh user's trial)."""
    import warnings
    with archive.open(db_path) as a:
        with pytest.warns(UserWarning, match=r"^1 of 2 policies were last captured before since=2024-02-11: their "
                                             r"rows are the latest versions known"):
            stale = a.versions(since="2024-02-11")
        assert set(stale["site"]) == {"example.com", "other.org"}
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a window both policies were captured in, and `changes`: no warning
            a.versions(since="2024-02-01")
            a.changes(since="2024-02-11")


def test_open_a_missing_archive_is_one_clear_error(tmp_path):
    with pytest.raises(archive.ArchiveError, match="no archive at"):
        archive.open(tmp_path / "nothing.db")


def test_site_takes_a_list_as_site_repeated_does(tmp_path):
    """Trial 6: `versions(site=[...])` was an AttributeError ('list' object has no attribute 'strip')."""
    import archive
    from archive import ArchiveError, Capture, open_archive, record
    from conftest import at, policy_html
    db = open_archive(tmp_path / "a.db")
    for host in ("one.example", "two.example", "three.example"):
        record(db, Capture(url=f"https://{host}/privacy", fetched_at=at(0), status=200, body=policy_html()))
    db.close()
    with archive.open(tmp_path / "a.db") as a:
        assert sorted(a.versions(site=["one.example", "https://two.example/privacy"]).site) == ["one.example",
                                                                                                "two.example"]
        with pytest.raises(ArchiveError, match="a list of them"):
            a.versions(site=3)
        # a list of sites that a filter left empty selects none (trial 9: it selected the whole archive)
        for frame in (a.versions(site=[]), a.changes(site=[]), a.captures(site=[])):
            assert frame.empty and len(frame.columns) > 5
        assert len(a.versions(site=None)) == 3
