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
# all but those that fetch (nothing may leave the machine), serve, or wait on a cluster
COMMANDS = sorted(set(cli.commands) - {"crawl", "schedule", "demo", "serve", "backfill", "classify", "worker", "writer"})


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
    (["-s", "DOWNLOAD_DELAY"], "Error: -s 'DOWNLOAD_DELAY': expected NAME=VALUE"),
    (["--contact", "notaurl"], "Invalid value for '--contact': 'notaurl': give an http(s) URL or an e-mail address"),
    (["--webhook", "notaurl"], "Invalid value for '--webhook': 'notaurl': give an http(s) URL")])
def test_a_bad_crawl_setting_stops_the_crawl_before_the_archive_is_touched(tmp_path, args, message):
    db = tmp_path / "a.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "crawl", *args, "example.com"])
    assert result.exit_code == 2 and message in result.output, result.output
    assert "Traceback" not in result.output
    assert not db.exists()  # no run recorded, nothing fetched


def test_mistakes_of_a_users_trial_are_named(tmp_path, archive_with_history):
    """A user's trial: `diff SITE abc` did not name what was wrong, `--db ''` said ". is a directory", and a text
    file given to import-warc showed its newlines as "??"."""
    result = CliRunner().invoke(cli, ["--db", str(archive_with_history), "diff", "example.com", "abc"])
    assert result.exit_code == 2 and "Error: 'abc' is no version number; give one version number" in result.output
    result = CliRunner().invoke(cli, ["--db", "", "history", "example.com"])
    assert result.exit_code == 2 and "Error: --db is empty: name the archive file" in result.output, result.output
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\nA line.\n")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), "import-warc", str(notes)])
    assert result.exit_code == 2 and "(it starts '# Notes A line. ')" in result.output, result.output
    assert len(result.output.splitlines()) == 1 and not (tmp_path / "a.db").exists()


def test_classify_of_a_folder_says_it_is_a_folder(tmp_path):
    result = CliRunner().invoke(cli, ["classify", str(tmp_path)])
    assert result.exit_code == 2 and len(result.output.splitlines()) == 1
    assert f"{tmp_path}: a folder; give its files" in result.output  # it said "no such file" (trial 12)


@pytest.mark.parametrize("args, message", [
    (["crawl", "http://[::1"], "'http://[::1' is not a homepage URL"),
    (["classify", "http://[::1/x"], "Error: classify 'http://[::1/x': not a valid URL (Invalid IPv6 URL)"),
    (["classify", "http://example.test:99999/privacy"], "not a valid URL (Port out of range"),
    (["backfill", "http://[::1/x"], "Error: backfill 'http://[::1/x': not a valid URL"),
    (["backfill", "https://www.acme.example/privacy", "--archive", "http://127.0.0.1:abc/policies"],
     "Error: --archive 'http://127.0.0.1:abc/policies': not a valid URL"),
    (["crawl", "--redis", "redis://[::1/0", "https://www.example.com"], "Error: --redis redis://[::1/0: not a Redis URL"),
])
def test_a_url_urllib_cannot_split_is_one_line(tmp_path, args, message):
    """An IPv6 host left unbracketed or a port that is no number was a ValueError traceback, exit 1."""
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), *args])
    assert result.exit_code == 2 and message in result.output and len(result.output.splitlines()) == 1, \
        result.output
    assert not (tmp_path / "a.db").exists()


def test_crawl_redis_with_no_archive_at_its_path_is_a_typo_not_a_new_archive(tmp_path):
    """`crawl --redis` reads the archive the cluster's writer records into: a mistyped --db made an empty file
    that nothing ever wrote to, while the writer recorded the crawl into its own archive."""
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "nosuch.db"), "crawl", "--redis",
                                      "redis://127.0.0.1:1/0", "https://www.example.com"])
    assert result.exit_code == 2 and "no archive at" in result.output and "writer" in result.output
    assert len(result.output.splitlines()) == 1 and not (tmp_path / "nosuch.db").exists()


# --- The README's promise for every command: a mistake is one line naming it (with a hint), exit 2. The cases
# are built from the commands registered on the group, so a new command is walked without editing this file.

import click  # noqa: E402  (this section's own import, kept with it)

PROG = "policy-archive"
GROUP_COMMANDS = sorted(cli.commands)
CREATES_AN_ARCHIVE = {"import-warc", "crawl", "schedule", "demo", "writer"}  # every other command only reads one
NEEDS_NO_ARCHIVE = {"classify", "worker"}  # a page checked, a cluster's fetcher: neither reads the archive


def one_line_error(result, prefix="Error: "):
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit), result.output
    assert result.output.count("\n") == 1 and result.output.startswith(prefix), result.output
    assert result.stdout == "", result.stdout  # errors go to stderr
    return result.output.rstrip("\n")


def invoke(*args, **kwargs):
    return CliRunner().invoke(cli, [str(a) for a in args], prog_name=PROG, **kwargs)


def required_values(command, tmp_path, but: str | None = None) -> list[str]:
    """Plausible values for a command's required arguments and options (the rest of a bad-input case), but
    for the option `but` (the one under test)."""
    values = []
    for param in command.params:
        if not param.required or but in param.opts:
            continue
        if isinstance(param.type, click.Choice):
            value = param.type.choices[0]
        elif isinstance(param.type, click.Path):
            value = str(tmp_path / "out.jsonl")
        else:
            value = "example.com"
        values += [param.opts[0], value] if isinstance(param, click.Option) else [value]
    return values


def typed_options():
    """(command, option, bad value, what click says) for every option or argument whose type checks its value."""
    cases = []
    for name in GROUP_COMMANDS:
        for param in cli.commands[name].params:
            if not isinstance(param, click.Option) or param.is_flag or param.hidden:
                continue
            t = param.type
            if isinstance(t, (click.types.IntParamType, click.types.FloatParamType)):
                cases.append((name, param.opts[0], "many", "Invalid value for"))
                if isinstance(t, click.types.IntParamType):  # past SQLite's integers: an OverflowError in a query
                    cases.append((name, param.opts[0], "9" * 20, "Invalid value for"))
                if isinstance(t, (click.IntRange, click.FloatRange)) and t.min is not None and t.min > -2**63:
                    cases.append((name, param.opts[0], str(t.min - 1), "is not in the range"))
            elif isinstance(t, click.Choice):
                cases.append((name, param.opts[0], "no-such-choice", "is not one of"))
            elif isinstance(t, click.Path) and not t.dir_okay:
                cases.append((name, param.opts[0], "/", "is a directory"))
    return cases


def test_the_walk_covers_every_command():
    assert {"history", "show", "diff", "export", "feed", "crawl", "schedule", "import-warc", "serve"} <= set(GROUP_COMMANDS)
    options = {(c, o) for c, o, *_ in typed_options()}
    assert {("export", "--format"), ("show", "--format"), ("feed", "--limit"), ("runs", "--limit"),
            ("crawl", "--wait"), ("schedule", "--max-runs"), ("serve", "-p"), ("diff", "--html")} <= options


@pytest.mark.parametrize("name", GROUP_COMMANDS)
def test_an_unknown_option_is_one_line(name):
    line = one_line_error(invoke(name, "--zzz-bogus"))
    assert line == f"Error: No such option '--zzz-bogus'. Try '{PROG} {name} --help'."


@pytest.mark.parametrize("name", [n for n in GROUP_COMMANDS if any(p.required for p in cli.commands[n].params)])
def test_a_missing_argument_or_option_is_one_line(name):
    line = one_line_error(invoke(name))
    assert line.startswith(("Error: Missing argument '", "Error: Missing option '")), line
    assert line.endswith(f". Try '{PROG} {name} --help'.")


@pytest.mark.parametrize("name, option, value, says", typed_options())
def test_a_bad_value_for_a_typed_option_is_one_line(tmp_path, name, option, value, says):
    db = tmp_path / "a.db"
    line = one_line_error(invoke("--db", db, name, option, value, *required_values(cli.commands[name], tmp_path, option)))
    param = next(p for p in cli.commands[name].params if option in p.opts)
    if getattr(param, "_flag_needs_value", False) and value == "many":  # an optional value (`crawl --wait`): a
        assert line.startswith("Error: many: ")  # word that is no number is the next argument, not its value
        return
    assert line.startswith("Error: Invalid value for ") and says in line and line.endswith(f"Try '{PROG} {name} --help'.")
    assert not db.exists()


@pytest.mark.parametrize("name", [n for n in GROUP_COMMANDS if n not in CREATES_AN_ARCHIVE | NEEDS_NO_ARCHIVE])
def test_a_reader_given_no_archive_says_so_in_one_line_and_creates_none(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "missing.db"
    line = one_line_error(invoke("--db", db, name, *required_values(cli.commands[name], tmp_path)))
    assert line == f"Error: no archive at {db} (create one with `policy-archive import-warc` or `crawl`)"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args, message", [
    (["histroy", "x"], "Error: No such command 'histroy'. Did you mean 'history'? Try 'policy-archive --help'."),
    (["--db"], "Error: Option '--db' requires an argument. Try 'policy-archive --help'."),
    (["--zzz-bogus", "sites"], "Error: No such option '--zzz-bogus'. Try 'policy-archive --help'."),
    (["history"], "Error: Missing argument 'SITE|URL'. Try 'policy-archive history --help'."),
    # an option's missing value points to the command's help, as its other mistakes do (fourteenth trial)
    (["show", "x", "--at"], "Error: Option '--at' requires an argument. Try 'policy-archive show --help'."),
])
def test_group_level_mistakes_are_one_line(args, message):
    assert one_line_error(invoke(*args)) == message


def test_the_console_script_prints_one_line_on_stderr():
    """The real program, not click's test runner: stderr is exactly the one line, exit 2."""
    import subprocess
    import sys
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "history"], capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "Error: Missing argument 'SITE|URL'. Try 'policy-archive history --help'.\n"


def test_show_at_a_date_after_the_last_capture_shows_the_latest_with_a_warning(archive_with_history):
    """issue 16, wrong #9: `show --at` a date after the last capture gave the latest version silently. The
    latest version is what is known of that date, so it is shown, with a warning saying where knowledge ends."""
    result = invoke("--db", archive_with_history, "show", "example.com", "--at", "2030-01-01")
    assert result.exit_code == 0, result.output
    assert "only your e-mail address" in result.stdout  # version 2, the latest
    assert ("warning: 2030-01-01T23:59:59Z is after the last capture of https://www.example.com/privacy "
            "(2024-01-10T00:00:00Z): nothing later is known; this is the version in force at that last capture "
            "(version 2)") in result.stderr
    within = invoke("--db", archive_with_history, "show", "example.com", "--at", "2024-01-10")  # its day
    assert within.exit_code == 0 and "warning" not in within.stderr
    later = invoke("--db", archive_with_history, "show", "example.com", "--at", "2024-01-10T06:00Z")
    assert later.exit_code == 0 and "2024-01-10T06:00:00Z is after the last capture" in later.stderr
    result = invoke("--db", archive_with_history, "diff", "example.com", "--from", "2024-01-01", "--to", "2031-05-01")
    assert result.exit_code == 0 and "is after the last capture" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["diff", "example.com", "--from", "2024-06-01", "--to", "2024-01-02"],
     "Error: --from 2024-06-01 is after --to 2024-01-02: swap them"),
    (["show", "example.com", "--at", "2024-01-05", "--version", "1"], "Error: give --at or --version, not both"),
    (["export", "--format", "jsonl", "--latest", "--all-versions", "-o", "x.jsonl"],
     "Error: --latest and --all-versions contradict each other: give one"),
    (["export", "--format", "csv", "--since", "2024-02-01", "--until", "2024-01-01", "-o", "x.csv"],
     "Error: --since 2024-02-01 is after --until 2024-01-01: nothing can match; swap them"),
    (["export", "--format", "ota", "-o", "-"],
     "Error: --format ota writes a folder of files; it cannot go to stdout ('-'): give a folder name"),
])
def test_contradictory_filters_are_refused_in_one_line(archive_with_history, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    assert one_line_error(invoke("--db", archive_with_history, *args)) == message
    assert list(tmp_path.iterdir()) == []


def test_wait_alone_before_the_seeds_file_is_not_given_the_file_as_its_value(tmp_path):
    """`crawl --redis URL --wait seeds.txt` (as in the README): the file is the seeds, --wait waits as long as
    it takes; `--wait 5` is a number of seconds and `--wait -3` is out of range, not an unknown option."""
    missing = tmp_path / "nosuch-seeds.txt"
    said = one_line_error(invoke("--db", tmp_path / "a.db", "crawl", "--wait", missing))
    assert "nosuch-seeds.txt" in said and "--wait" not in said
    said = one_line_error(invoke("--db", tmp_path / "a.db", "crawl", "--wait", "-3", missing))
    assert "'--wait'" in said and "-3" in said and "No such option" not in said


def test_cluster_processes_name_a_missing_folder_and_refuse_a_negative_idle_time(tmp_path):
    nowhere = tmp_path / "no-such-folder"
    said = one_line_error(invoke("--db", nowhere / "w", "worker", "--redis", "redis://127.0.0.1:1/0"))
    assert f"the folder {nowhere} does not exist" in said
    said = one_line_error(invoke("--db", nowhere / "a.db", "crawl", "https://www.example.com"))
    assert f"the folder {nowhere} does not exist" in said and "read-only" not in said
    said = one_line_error(invoke("--db", "/proc/a.db", "crawl", "https://www.example.com"))  # no file can be made there
    assert said.startswith("Error: cannot create /proc/a.db") and "not a policy archive" not in said
    said = one_line_error(invoke("worker", "--redis", "redis://127.0.0.1:1/0", "--max-idle", "-5"))
    assert "'--max-idle'" in said and "-5" in said
    assert not nowhere.exists()


def test_a_redis_url_that_is_none_or_unreachable_is_one_line_without_its_password():
    said = one_line_error(invoke("worker", "--redis", "http://127.0.0.1:1/0"))
    assert said.startswith("Error: --redis http://127.0.0.1:1/0: not a Redis URL")
    said = one_line_error(invoke("worker", "--redis", "redis://:s3cret@127.0.0.1:1/0"))
    assert "cannot reach Redis at redis://:***@127.0.0.1:1/0" in said and "s3cret" not in said


@pytest.mark.parametrize("args", [["status", "--db", "x.db"], ["crawl", "--db", "x.db", "s.txt"],
                                  ["history", "--rules", "r.toml", "acme"]])
def test_a_global_option_after_the_command_says_where_it_goes(args):
    """Trial 7: `status --db x` said "No such option '--db'" (and `crawl --db x`: "Did you mean '--due'?")."""
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    line = result.output.strip()
    assert line.count("\n") == 0 and f"{args[1]} goes before the command: policy-archive {args[1]} FILE COMMAND" in line


def test_a_busy_archive_is_one_line_saying_what_to_do(tmp_path, monkeypatch):
    """A second import started in the first seconds of another met SQLite's own lock before the first wrote its
    hold of the archive (a fresh user's trial): one line naming what holds it and what to do, nothing changed."""
    import sqlite3

    import archive.cli as cli_module
    from archive.cli import cli as archive_cli

    def locked(**_):
        raise sqlite3.OperationalError("database is locked")
    monkeypatch.setattr(cli_module, "open_db", locked)
    result = CliRunner().invoke(archive_cli, ["--db", str(tmp_path / "a.db"), "status"])
    assert result.exit_code != 0 and result.output.count("\n") == 1, result.output
    assert "the archive is busy (another process holds it: an import or a crawl starting or running)" in result.output
    assert result.output.rstrip().endswith("nothing was changed; run this again once it has finished")
