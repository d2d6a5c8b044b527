"""Optional per-site extraction rules (CSS select / remove) from a TOML file."""
import pytest
from click.testing import CliRunner

from archive import ArchiveError
from archive.cli import cli
from archive.extract import ExtractionRejected, extract, rules
from conftest import URL, SECTIONS, policy_html

NOTE = ("<div class='note'><p>Members in Atlantis enjoy premium membership benefits described in our separate "
         "membership guide, which you can find in your account settings.</p></div>")


@pytest.fixture
def rules_file(tmp_path, monkeypatch):
    def write(text):
        path = tmp_path / "rules.toml"
        path.write_text(text)
        monkeypatch.setenv(rules.ENV, str(path))
        return path
    return write


def test_without_rules_the_defaults_apply(monkeypatch):
    monkeypatch.delenv(rules.ENV, raising=False)
    assert "premium membership" in extract(policy_html(extra=NOTE), "text/html", URL).text


def test_remove_and_select(rules_file):
    rules_file('[sites."example.com"]\nremove = [".note"]\n')
    text = extract(policy_html(extra=NOTE), "text/html", URL).text
    assert "premium membership" not in text and SECTIONS[3][1][:40] in text
    rules_file('[sites."example.com"]\nselect = "h2 + p"\n')  # only the sections' paragraphs
    text = extract(policy_html(extra=NOTE), "text/html", URL).text
    assert "premium membership" not in text and "This privacy policy explains" not in text
    assert SECTIONS[0][1][:40] in text


def test_rules_match_subdomains_and_only_their_site(rules_file):
    rules_file('[sites."example.com"]\nremove = ".note"\n')
    assert rules.for_url("https://policies.example.com/privacy") is not None
    assert rules.for_url("https://example.org/privacy") is None


@pytest.mark.parametrize("text, message", [
    ('[sites."x.com"]\nremove = "div[["\n', "bad CSS selector"),
    ('[sites."x.com"]\nkeep = ".a"\n', "only `select` and `remove` are known (not 'keep')"),
    # a user's trial: an unquoted host is TOML's tables inside tables, and said so
    ('[sites.www.x.com]\nselect = "main"\n', 'a host with dots is quoted, [sites."www.x.com"]'),
    ('[sites\n', "rules file"),
    ('[other]\n', "expected only"),
])
def test_bad_rules_files_are_one_line_errors(rules_file, text, message):
    path = rules_file(text)
    with pytest.raises(ArchiveError):
        rules.load()
    result = CliRunner().invoke(cli, ["--rules", str(path), "sites"])
    assert result.exit_code == 2 and message in result.output and len(result.output.strip().splitlines()) == 1


def test_a_rules_file_that_is_not_utf8_is_a_one_line_error_and_a_byte_order_mark_is_read(rules_file, tmp_path):
    """A binary or Latin-1 file given as the rules file (a crash with a traceback in every command, the
    environment variable naming it for all of them); a BOM, as Windows Notepad saves UTF-8, is no error."""
    bom = rules_file("")  # (first: the environment the CLI sets below is restored after the test)
    bom.write_bytes('\ufeff[sites."example.com"]\nremove = [".note"]\n'.encode())
    assert "premium membership" not in extract(policy_html(extra=NOTE), "text/html", URL).text
    path = tmp_path / "garbage.toml"
    path.write_bytes(b"this is garbage !!!\n\x00\xff\xfe binary\n")
    result = CliRunner().invoke(cli, ["--rules", str(path), "sites"])
    assert result.exit_code == 2 and "not UTF-8 text (byte 0xff" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_site_key_with_its_port_covers_that_port_only(rules_file):
    """`sites` names a site on a non-default port with the port ("127.0.0.1:8765"): a rule keyed so covers it,
    and not the same host on another port; a rule for the host alone covers every port."""
    rules_file('[sites."127.0.0.1:8765"]\nremove = ".note"\n')
    assert rules.for_url("http://127.0.0.1:8765/privacy") is not None
    assert rules.for_url("http://127.0.0.1:8766/privacy") is None
    assert rules.unmatched(["http://127.0.0.1:8765/privacy"]) == []
    rules_file('[sites."127.0.0.1"]\nremove = ".note"\n')
    assert rules.for_url("http://127.0.0.1:8766/privacy") is not None


def test_a_remove_rule_is_not_undone_by_the_fallback_reading(rules_file):
    """A page that fails the policy check is read again from the block richest in policy words; the rules
    apply to the page before that block is chosen, so a `remove`d block stays removed: the capture is refused
    rather than read as if the rule were not there."""
    rules_file('[sites."example.com"]\nremove = "main"\n')  # policy_html's policy is its <main>
    with pytest.raises(ExtractionRejected):
        extract(policy_html(), "text/html", URL)


def test_a_rule_is_part_of_the_extractors_identity_for_its_site_only(rules_file):
    """`extractor_id` names what made a text: the extractor, and the rule for the page's site as written (the
    file's layout aside), so that a changed rule re-extracts that site's versions and no other's."""
    from archive.extract import EXTRACTOR_VERSION, extractor_id
    rules_file('[sites."example.com"]\nremove = ".note"\n')
    one = extractor_id("https://www.example.com/privacy")
    assert one.startswith(EXTRACTOR_VERSION + "+rules.") and extractor_id("https://example.org/p") == EXTRACTOR_VERSION
    rules_file('# a comment\n[sites."example.com"]\nremove = [".note"]\n\n[sites."other.org"]\nselect = "main"\n')
    assert extractor_id("https://example.com/privacy") == one
    rules_file('[sites."example.com"]\nremove = [".note", ".promo"]\n')
    assert extractor_id("https://example.com/privacy") != one


def test_a_selector_with_lxmls_functions_is_safe_in_threads(rules_file):
    """`:contains()` compiles to an XPath calling lxml's own functions: one compiled selector shared by the
    threads of a crawl or a reprocess read freed memory (a UnicodeDecodeError of a different byte each run,
    and the capture lost); each use compiles its own."""
    from concurrent.futures import ThreadPoolExecutor
    rules_file('[sites."example.com"]\nremove = [\'p:contains("Atlantis")\']\n')
    body = policy_html(extra=NOTE)
    with ThreadPoolExecutor(8) as pool:
        texts = list(pool.map(lambda _: extract(body, "text/html", URL).text, range(200)))
    assert not any("premium membership" in t for t in texts)


def test_a_select_matching_nothing_refuses_the_page_and_reprocess_says_so(rules_file, tmp_path):
    """A `select` that matches nothing was ignored in silence: the page's text became the extractor's own reading,
    which the rule exists to overrule (a version from the redesign, another from the rule's repair)."""
    from archive import Capture, open_archive, record
    from archive.extract import ExtractionRejected
    from conftest import at
    rules_file('[sites."example.com"]\nselect = ".policy-body, #terms"\n')
    with pytest.raises(ExtractionRejected) as e:
        extract(policy_html(), "text/html", URL)
    assert e.value.reason == "rules_unmatched" and ".policy-body, #terms" in e.value.detail
    db_path = tmp_path / "a.db"
    db = open_archive(db_path)
    capture = Capture(url=URL, fetched_at=at(0), status=200, body=policy_html(), headers={"content-type": "text/html"})
    assert record(db, capture).reason == "rules_unmatched"  # kept, refused
    db.close()
    result = CliRunner().invoke(cli, ["--db", str(db_path), "reprocess"])
    assert result.exit_code == 0, result.output
    assert f"warning: the rule's `select` matches nothing in 1 capture of {URL}" in result.output
    rules_file('[sites."example.com"]\nselect = "main"\n')  # the selector repaired: the stored capture is read
    result = CliRunner().invoke(cli, ["--db", str(db_path), "reprocess"])
    assert "matches nothing" not in result.output and "1 new" in result.output
