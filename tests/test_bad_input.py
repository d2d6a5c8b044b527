"""Bad input anywhere gets one clear error and a non-zero exit, never a traceback (property-based)."""
import string

import pytest

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

from archive import ArchiveError
from archive.export import safe_name
from archive.lookup import parse_when
from archive.warc import read_warc
from crawler.cli import cli
from crawler.seeds import parse_seeds
from conftest import write_warc

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(st.text(max_size=40))
def test_dates_parse_or_fail_clearly(text):
    try:
        value = parse_when(text)
    except ArchiveError as e:
        assert str(e).startswith("bad date")
    else:
        assert value.tzinfo is not None


@FUZZ
@given(st.lists(st.text(alphabet=string.printable + "éü中", max_size=80), max_size=6))
def test_seeds_parse_or_name_the_line(lines):
    try:
        seeds = parse_seeds(lines, "seeds.txt")
    except ArchiveError as e:
        assert str(e).startswith("seeds.txt:") or "already listed" in str(e)
        assert "\n" not in str(e)
    else:
        for seed in seeds:
            assert seed.homepage.startswith(("http://", "https://"))


@FUZZ
@given(st.binary(max_size=2000), st.booleans())
def test_any_bytes_as_a_warc_never_crash_the_reader(tmp_path_factory, data, gz):
    import collections
    import gzip as gzip_module
    path = tmp_path_factory.mktemp("w") / "x.warc"
    path.write_bytes(gzip_module.compress(data) if gz else data)
    problems, skipped = [], collections.Counter()
    captures = list(read_warc(path, problems, skipped))
    assert len(captures) <= 1 + data.count(b"WARC/1.")


@FUZZ
@given(st.binary(min_size=1, max_size=64), st.integers(min_value=0, max_value=10_000))
def test_damaged_real_warcs_keep_their_good_records(tmp_path_factory, junk, where):
    import collections
    from conftest import URL, at, policy_html
    d = tmp_path_factory.mktemp("w")
    warc = write_warc(d / "x.warc.gz", [(URL, at(i), 200, policy_html(updated=f"May {i + 1}, 2024")) for i in range(3)])
    data = bytearray(warc.read_bytes())
    where %= len(data)
    data[where:where + len(junk)] = junk
    warc.write_bytes(bytes(data))
    problems, skipped = [], collections.Counter()
    captures = list(read_warc(warc, problems, skipped))
    assert len(captures) <= 3
    assert len(captures) + len(problems) >= 1 or where < 3


@FUZZ
@given(st.text(max_size=60))
def test_export_names_cannot_climb_out(text):
    name = safe_name(text)
    assert "/" not in name and "\\" not in name and name not in ("", ".", "..") and not name.startswith(".")


ARG = st.one_of(st.sampled_from(["example.com", "--at", "--version", "--format", "--from", "--to", "--site",
                                 "--since", "--until", "-o", "1", "2", "-1", "json", "xml", "2024-01-01", "",
                                 "../../etc/passwd", "--latest"]), st.text(max_size=12))
COMMANDS = ["history", "show", "diff", "export", "sites", "status", "reprocess", "import-warc", "runs"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(COMMANDS), st.lists(ARG, max_size=5))
def test_cli_arguments_exit_cleanly(tmp_path_factory, archive_with_history, command, args):
    import contextlib
    with contextlib.chdir(tmp_path_factory.mktemp("o")):  # exports land in a scratch dir
        result = CliRunner().invoke(cli, ["--db", str(archive_with_history), command, *args], catch_exceptions=True)
    assert result.exit_code in (0, 1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        f"{command} {args}: {result.exception!r}"


@pytest.fixture(scope="module")
def archive_with_history(tmp_path_factory):
    from conftest import URL, at, policy_html
    d = tmp_path_factory.mktemp("a")
    warc = write_warc(d / "h.warc.gz", [(URL, at(0), 200, policy_html()),
                                        (URL, at(9), 200, policy_html({0: "We collect very little data, "
                                                                          "only your e-mail address."}))])
    db = d / "a.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "import-warc", str(warc)])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize("args, message", [
    (["--log-level", "loud"], "Invalid value for '--log-level'"),
    (["-s", "LOG_LEVEL=loud"], "Error: LOG_LEVEL 'loud': use DEBUG, INFO, WARNING, ERROR or CRITICAL"),
    (["-s", "DOWNLOAD_DELAY"], "Error: -s 'DOWNLOAD_DELAY': expected NAME=VALUE")])
def test_a_bad_crawl_setting_stops_the_crawl_before_the_archive_is_touched(tmp_path, args, message):
    db = tmp_path / "a.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "crawl", *args, "example.com"])
    assert result.exit_code == 2 and message in result.output, result.output
    assert "Traceback" not in result.output
    assert not db.exists()  # no run recorded, nothing fetched
