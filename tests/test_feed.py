"""The Atom change feed: valid Atom 1.0 (checked by parsing), one entry per new version, stored text escaped."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.cli import cli
from archive.feed import atom_feed, xml_safe
from conftest import SECTIONS, URL, at, policy_html, write_warc

A = "{http://www.w3.org/2005/Atom}"
EVIL_URL = "https://evil.example.org/privacy.txt"
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
EVIL_V1 = f"Tom & Jerry {SCRIPT} {IMG} share data with [us](javascript:window.__pwned=1)."
EVIL_V2 = f"Tom & Jerry & Co {SCRIPT} {IMG} share everything."
# conftest's `history_records`, as data (a fixture cannot feed a module-scoped archive)
_V2 = {3: SECTIONS[3][1] + " We will answer every request within one month."}
_V3 = {**_V2, 4: "We keep your personal data for as long as your account is open and for one year after it is "
                 "closed, unless the law requires us to keep it longer."}
HISTORY = [(URL, at(0), 200, policy_html()), (URL, at(7), 200, policy_html()), (URL, at(14), 200, policy_html(_V2)),
           (URL, at(21), 404, b"<html><body><h1>Not found</h1></body></html>"), (URL, at(28), 200, policy_html(_V2)),
           (URL, at(35), 200, policy_html(_V3)), (URL, at(42), 200, policy_html(_V3))]


def plain_policy(tail: str) -> bytes:
    """A text/plain policy (stored as written, not HTML-escaped Markdown) with `tail` as its last line."""
    definitions = ("In this policy, \"personal data\" means any information relating to an identified or "
                   "identifiable person, \"processing\" means anything done with personal data, and \"we\" "
                   "means Example Ltd and the companies it controls. ") * 3
    text = ("Privacy Policy\n\nDefinitions\n\n" + definitions + "\n\n"
            + "\n\n".join(f"{h}\n\n{t}" for h, t in SECTIONS) + "\n\n" + tail + "\n")
    assert "<" not in text[:2000]  # the extractor keeps text/plain as it is only when it does not look like HTML
    return text.encode()


def build_archive(path: Path, workdir: Path) -> Path:
    """example.com with three versions (conftest's history), evil.example.org whose policy text holds a
    <script> and '&' — imported through the real `import-warc`."""
    good = write_warc(workdir / "good.warc.gz", HISTORY)
    evil = write_warc(workdir / "evil.warc.gz", [
        (EVIL_URL, at(2), 200, plain_policy(EVIL_V1)),
        (EVIL_URL, at(30), 200, plain_policy(EVIL_V2)),
    ], content_type="text/plain; charset=utf-8")
    result = CliRunner().invoke(cli, ["--db", str(path), "import-warc", "--workers", "1", str(good), str(evil)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "5 new versions" in result.output
    return path


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """Built once for the module (imports are the slow part); the tests only read it."""
    workdir = tmp_path_factory.mktemp("feed")
    path = build_archive(workdir / "archive.db", workdir)

    def invoke(*args, db: Path | None = None):
        return CliRunner().invoke(cli, ["--db", str(db or path), *map(str, args)], catch_exceptions=False)
    return invoke


def parse(text: str) -> ET.Element:
    root = ET.fromstring(text.encode())
    assert root.tag == A + "feed"
    return root


def test_feed_is_valid_atom_with_one_entry_per_version(archive):
    result = archive("feed")
    assert result.exit_code == 0, result.output
    root = parse(result.output)
    for tag in ("id", "title", "updated", "author"):
        assert root.find(A + tag) is not None, tag
    assert root.find(f"{A}author/{A}name").text
    entries = root.findall(A + "entry")
    assert len(entries) == 5
    times = [e.find(A + "updated").text for e in entries]
    assert times == sorted(times, reverse=True)  # newest first
    assert root.find(A + "updated").text == times[0] == "2024-02-05T00:00:00Z"  # v3 of example.com, day 35
    for e in entries:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e.find(A + "updated").text)
        assert e.find(A + "id").text.startswith("urn:uuid:")
        assert e.find(A + "link").get("href").startswith("https://")
        assert e.find(A + "summary").text
    assert len({e.find(A + "id").text for e in entries}) == 5
    titles = [e.find(A + "title").text for e in entries]
    assert "Example: privacy policy version 3" in titles  # named from its pages ("... | Example")
    v3 = entries[titles.index("Example: privacy policy version 3")]
    assert v3.find(A + "link").get("href") == URL
    summary = v3.find(A + "summary").text
    assert "1 section changed: 'Data retention'; +" in summary and " words" in summary and "one year" in summary


def test_stored_script_and_ampersand_are_escaped(archive):
    result = archive("feed", "--site", "evil.example.org")
    assert result.exit_code == 0, result.output
    raw = result.output
    assert SCRIPT not in raw and "<img" not in raw and "&lt;script&gt;" in raw and "Tom &amp; Jerry" in raw
    entries = parse(raw).findall(A + "entry")
    assert [e.find(A + "title").text for e in entries] == ["evil.example.org: privacy policy version 2",
                                                           "evil.example.org: privacy policy version 1"]
    summary = entries[0].find(A + "summary").text  # the parser gives back the text exactly as stored
    assert "+" + EVIL_V2 in summary and "-" + EVIL_V1 in summary
    assert "First archived version" in entries[1].find(A + "summary").text


def test_site_filter_output_file_and_base_url(archive, tmp_path):
    out = tmp_path / "example.atom"
    result = archive("feed", "--site", "example.com", "-o", out, "--base-url", "http://127.0.0.1:8001")
    assert result.exit_code == 0, result.output
    root = parse(out.read_text(encoding="utf-8"))
    assert root.find(A + "title").text == "Example: privacy policy changes"
    entries = root.findall(A + "entry")
    assert len(entries) == 3
    links = [e.find(A + "link").get("href") for e in entries]
    assert re.fullmatch(r"http://127\.0\.0\.1:8001/diff/\d+/\d+", links[0])
    assert links[-1] == "http://127.0.0.1:8001/company/example.com"  # the first version has nothing to compare
    assert all(e.find(f"{A}link[@rel='related']").get("href") == URL for e in entries)


def test_several_sites_in_one_feed(archive):
    both = parse(archive("feed", "--site", "example.com", "--site", "evil.example.org").output)
    titles = [e.find(A + "title").text for e in both.findall(A + "entry")]
    assert len(titles) == 5 and {t.split(":")[0] for t in titles} == {"Example", "evil.example.org"}
    one = parse(archive("feed", "--site", "example.com").output)
    assert both.find(A + "id").text != one.find(A + "id").text


def test_ids_are_stable_and_limit_applies(archive):
    """The limit caps the entries, and says so when it left versions out (a fresh user's trial: a year's window
    gave the 50 newest of 67 changes without a word)."""
    capped, whole = archive("feed", "--limit", "2"), archive("feed")
    first, again = parse(capped.stdout), parse(whole.stdout)
    ids = [e.find(A + "id").text for e in first.findall(A + "entry")]
    assert len(ids) == 2
    assert ids == [e.find(A + "id").text for e in again.findall(A + "entry")][:2]
    assert first.find(A + "id").text == again.find(A + "id").text
    n = len(again.findall(A + "entry"))
    assert f"the 2 newest of {n} versions; --limit {n} for all" in capped.stderr and "note" not in whole.stderr


def test_a_window_of_dates_gives_the_changes_first_seen_in_it(archive):
    """A weekly memo of what changed (a fresh user's trial: `feed --since` did not exist, and only the feed quotes
    the changed lines). Bare dates are whole days, UTC; a window the wrong way round is one line's error."""
    root = parse(archive("feed", "--since", "2024-01-10", "--until", "2024-01-31").output)
    assert [(e.find(A + "title").text, e.find(A + "updated").text) for e in root.findall(A + "entry")] == [
        ("evil.example.org: privacy policy version 2", "2024-01-31T00:00:00Z"),
        ("Example: privacy policy version 2", "2024-01-15T00:00:00Z")]
    assert len(parse(archive("feed", "--since", "2024-02-05").output).findall(A + "entry")) == 1
    # a bound with a fraction of a second, compared as `export` compares it (as text, ".25Z" sorted before "Z")
    assert len(parse(archive("feed", "--since", "2024-01-15T00:00:00.5Z", "--until", "2024-01-31").output)
               .findall(A + "entry")) == 1
    assert len(parse(archive("feed", "--since", "2024-01-14T23:59:59.5Z", "--until", "2024-01-15T00:00:00.25Z")
                     .output).findall(A + "entry")) == 1
    result = archive("feed", "--since", "2024-02-01", "--until", "2024-01-01")
    assert result.exit_code == 2 and result.output.count("\n") == 1 and "swap them" in result.output


def test_user_mistakes_are_one_line(archive, tmp_path):
    result = archive("feed", "--site", "nosuch.example")
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "no site" in result.output
    result = archive("feed", "--base-url", "127.0.0.1:8001")
    assert result.exit_code == 2 and "--base-url" in result.output
    result = archive("feed", "-o", tmp_path / "missing-dir" / "f.atom")
    assert result.exit_code == 2 and "does not exist" in result.output
    result = archive("feed", db=tmp_path / "none.db")
    assert result.exit_code == 2 and "no archive" in result.output


def test_text_xml_cannot_carry_is_dropped_not_written():
    assert xml_safe("a\x00b\x0bc\x1fd\ttab\nnl") == "abcd\ttab\nnl"


def test_empty_archive_gives_a_valid_empty_feed(tmp_path):
    from archive import open_archive
    db = open_archive(tmp_path / "empty.db")
    root = parse(atom_feed(db))
    assert root.findall(A + "entry") == [] and root.find(A + "updated").text == "1970-01-01T00:00:00Z"


def test_first_changed_lines_pair_each_removed_line_with_its_replacement():
    """A hunk of three removed and three added lines showed the three removals only ('-### How long do we keep
    your data?', no '+'), which reads as a deleted section; a line shorter than the crop read as '-…'."""
    from archive.feed import change_summary
    old = "### How long do we keep your data?\n\nTwo years.\n\nThen we delete it."
    new = "### How long do we store your data?\n\nThree years.\n\nThen we erase it."
    row = lambda md, n: {"markdown": md, "text": md, "word_count": len(md.split()), "number": n}  # noqa: E731
    lines = change_summary(row(old, 1), row(new, 2))["lines"]
    assert lines == ["-### How long do we keep your data?", "+### How long do we store your data?", "-Two years.",
                     "+Three years."]


def test_first_changed_lines_never_split_an_edit_and_put_a_moved_date_last():
    """Trial 7: the date line took two of the three lines, and the third was the removed half of the real edit,
    which read as the clause deleted. Whole pairs only; a pair that differs by its dates alone comes after."""
    from archive.feed import change_summary
    old = ("Última actualización: 2 de diciembre de 2026\n\nConservaremos sus datos durante la relación.\n\n"
           "Usamos cookies.\n\nNo vendemos datos.")
    new = ("Última actualización: 21 de diciembre de 2026\n\nConservaremos sus datos con un máximo de cinco años."
           "\n\nUsamos cookies propias.\n\nNunca vendemos datos.")
    row = lambda md, n: {"markdown": md, "text": md, "word_count": len(md.split()), "number": n,  # noqa: E731
                         "language": "es"}
    lines = change_summary(row(old, 1), row(new, 2))["lines"]
    assert lines == ["-Conservaremos sus datos durante la relación.",
                     "+Conservaremos sus datos con un máximo de cinco años.", "-Usamos cookies.", "+Usamos cookies propias."]
    alone = change_summary(row(old, 1), row(old.replace("2 de diciembre", "21 de diciembre"), 2))["lines"]
    assert alone == ["-Última actualización: 2 de diciembre de 2026", "+Última actualización: 21 de diciembre de 2026"]


def test_first_changed_lines_put_a_renumbering_after_the_words_that_changed():
    """A section added before "## 5. Your rights" renumbers it to 6: the entry quoted the renumbered heading
    and stopped before the added section, the news (a fresh user's feed)."""
    from archive.feed import change_summary
    old = "## 4. Sharing\n\nWe share with processors.\n\n## 5. Your rights\n\nAsk us."
    new = ("## 4. Sharing\n\nWe share with processors.\n\n## 5. Data retention\n\nWe keep data two years.\n\n"
           "## 6. Your rights\n\nAsk us.")
    row = lambda md, n: {"markdown": md, "text": md, "word_count": len(md.split()), "number": n}  # noqa: E731
    lines = change_summary(row(old, 1), row(new, 2))["lines"]
    assert lines == ["+## 5. Data retention", "+We keep data two years."], lines
    # a renumbering alone is quoted; a number in a sentence is a change like any other
    assert change_summary(row(old, 1), row(old.replace("## 5.", "## 6."), 2))["lines"] == \
        ["-## 5. Your rights", "+## 6. Your rights"]
    assert change_summary(row("We keep data 12 months.", 1), row("We keep data 24 months.", 2))["lines"] == \
        ["-We keep data 12 months.", "+We keep data 24 months."]



def test_each_entry_is_in_the_category_of_its_change_and_upgrades_do_not_push_versions_out(tmp_path):
    """A feed reader can leave out date-only and formatting versions by category (trial 7: a clock page's
    versions read as edits); `--limit` counts versions, upgrade entries come besides (trial 6: after a reprocess,
    `--technical-upgrades --limit 5` held five upgrades and no version)."""
    from archive import Capture, open_archive, record
    from conftest import URL, at, policy_html
    db = open_archive(tmp_path / "a.db")
    record(db, Capture(url=URL, fetched_at=at(0), status=200, body=policy_html(updated="March 3, 2024")))
    record(db, Capture(url=URL, fetched_at=at(30), status=200, body=policy_html(updated="April 9, 2024")))
    record(db, Capture(url=URL, fetched_at=at(60), status=200,
                       body=policy_html({1: "We now keep logs for two years."}, updated="April 9, 2024")))
    root = parse(atom_feed(db))
    assert [e.find(A + "category").get("term") for e in root.findall(A + "entry")] == ["edit", "date_only", "first"]
    for (vid,) in db.execute("SELECT id FROM versions").fetchall():
        db.execute("INSERT INTO version_upgrades (version_id, upgraded_at, from_extractor, to_extractor, "
                   "from_content_hash, to_content_hash, from_markdown, from_text) SELECT id, '2030-01-01T00:00:00Z', "
                   "'0.0.1', extractor, content_hash, content_hash, markdown, text FROM versions WHERE id = ?", [vid])
    both = parse(atom_feed(db, limit=2, technical_upgrades=True)).findall(A + "entry")
    terms = [e.find(A + "category").get("term") for e in both]
    assert terms == ["technical-upgrade", "technical-upgrade", "edit", "date_only"]


def test_first_changed_lines_pair_a_moved_date_and_leave_a_reflow_last():
    """Trial 8: a date line moved from the top to the foot was quoted as a removal before the edit and an addition
    after it; two paragraphs merged (no word changed) took the place of the one real edit."""
    from archive.feed import change_summary
    row = lambda md, n: {"markdown": md, "text": md, "word_count": len(md.split()), "number": n,  # noqa: E731
                         "language": "en"}
    old = ("Last updated: March 3, 2024\n\nThis policy explains how we handle data.\n\nIt applies to all our apps.\n\n"
           "## Sharing\n\nWe share data with hosting providers and payment processors.\n\n"
           "## Complaints\n\nYou may complain to a supervisory authority.")
    new = ("This policy explains how we handle data. It applies to all our apps.\n\n"
           "## Sharing\n\nWe share data with cloud providers and payment processors.\n\n"
           "## Complaints\n\nYou may complain to a data protection authority.\n\nLast updated: March 10, 2025")
    lines = change_summary(row(old, 1), row(new, 2))["lines"]
    assert lines == ["-We share data with hosting providers and payment processors.",
                     "+We share data with cloud providers and payment processors.",
                     "-You may complain to a supervisory authority.", "+You may complain to a data protection authority."]
    only_moved = old.replace("Last updated: March 3, 2024\n\n", "") + "\n\nLast updated: March 10, 2025"
    assert change_summary(row(old, 1), row(only_moved, 2))["lines"] == ["-Last updated: March 3, 2024",
                                                                      "+Last updated: March 10, 2025"]
    merged = old.replace("handle data.\n\nIt applies", "handle data. It applies")
    assert change_summary(row(old, 1), row(merged, 2))["lines"] == [
        "-This policy explains how we handle data.", "+This policy explains how we handle data. It applies to all our apps.",
        "-It applies to all our apps."]
