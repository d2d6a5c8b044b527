"""The CLI's contract: every command explains itself and is in the README's guide."""
import re
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


def test_unreadable_archive_is_one_line(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"definitely not sqlite" * 100)
    result = CliRunner().invoke(cli, ["--db", str(junk), "status"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "is not a policy archive" in result.output
