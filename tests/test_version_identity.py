"""Version identity across `reprocess` (issue 16, Wrong #5) and technical upgrades (issue 17).

A version that survives a reprocess keeps its id and number; one that no longer exists is superseded (with
what replaced it), never deleted or reused; a new one gets a fresh id; a text changed from the same captures
is a technical upgrade of the same version. The rules are changed for real, with a `--rules` file.
"""
from __future__ import annotations

import csv
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import Capture, open_archive, record
from archive.cli import cli
from archive.extract import EXTRACTOR_VERSION
from archive.extract import rules as site_rules
from archive.record import match_versions
from conftest import URL, at, policy_html, write_warc

# a paragraph that changes between captures without the policy changing (a notice), and one that never
# changes (a line a new rule drops): both inside the policy's article, so the extractor keeps them
NOTICE = "<p class='notice'>Our support team answers questions about this policy {} in the week.</p>"
NOTE = "<p class='print-note'>You can print this page or save it as a document for your own records.</p>"
EDIT = {4: "We keep your personal data for as long as your account is open and for one year after it is "
           "closed, unless the law requires us to keep it longer."}


def page(notice: str, edits=None) -> bytes:
    return policy_html(edits, extra=NOTICE.format(notice) + NOTE)


# c0, c1: notice A; c2: notice B (a "version" only because of the notice); c3: a real edit
CAPTURES = [(URL, at(0), 200, page("every day")), (URL, at(7), 200, page("every day")),
            (URL, at(14), 200, page("five days")), (URL, at(21), 200, page("five days", EDIT))]


def rules(tmp_path: Path, *remove: str) -> Path:
    path = tmp_path / f"rules-{len(remove)}.toml"
    path.write_text('[sites."example.com"]\nremove = [' + ", ".join(f'"{r}"' for r in remove) + "]\n")
    return path


def run(db: Path, *args, rules_file: Path | None = None):
    pre = ["--db", str(db)] + (["--rules", str(rules_file)] if rules_file else [])
    try:
        result = CliRunner().invoke(cli, [*pre, *map(str, args)], catch_exceptions=False)
    finally:
        os.environ.pop("POLICY_ARCHIVE_RULES", None)  # --rules sets it for worker processes: not for the next test
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def archive(tmp_path):
    warc = write_warc(tmp_path / "captures.warc.gz", CAPTURES)
    path = tmp_path / "archive.db"
    run(path, "import-warc", "--workers", "1", warc)
    return path


def rows(path: Path) -> list[tuple]:
    db = open_archive(path, readonly=True)
    return [tuple(r) for r in db.execute(
        "SELECT id, number, first_seen, last_seen, content_hash, captures, first_capture_id, superseded_by, "
        "superseded_at IS NOT NULL, upgraded_at IS NOT NULL, previous_id FROM versions ORDER BY id")]


def test_a_reprocess_with_unchanged_rules_changes_nothing(archive):
    before = rows(archive)
    assert [(r[0], r[1]) for r in before] == [(1, 1), (2, 2), (3, 3)]
    captures = open_archive(archive, readonly=True).execute("SELECT * FROM captures ORDER BY id").fetchall()
    out = run(archive, "reprocess")
    assert "0 new, 0 superseded, 0 technical upgrades" in out.output
    assert rows(archive) == before
    db = open_archive(archive, readonly=True)
    assert db.execute("SELECT * FROM captures ORDER BY id").fetchall() == captures
    assert db.execute("SELECT count(*) FROM version_upgrades").fetchone()[0] == 0


def test_a_merge_keeps_the_first_version_and_supersedes_the_other(archive, tmp_path):
    before = {r[0]: r for r in rows(archive)}
    out = run(archive, "reprocess", rules_file=rules(tmp_path, ".notice"))
    assert "1 superseded" in out.output, out.output
    after = {r[0]: r for r in rows(archive)}
    assert set(after) == {1, 2, 3}  # nothing deleted, no id reused or added
    # version 1 now covers c0..c2; version 2 (notice B) no longer exists and points to version 1
    assert after[1][1] == 1 and after[1][5] == 3 and after[1][8] == 0
    assert after[2][1] == 2 and after[2][8] == 1 and after[2][7] == 1
    assert after[2][4] == before[2][4]  # a superseded version keeps the text it had, for a citation
    assert after[3][1] == 3 and after[3][8] == 0 and after[3][10] == 1  # v3 follows v1 now
    # the text of the surviving versions changed from the same first captures: technical upgrades
    assert after[1][9] == 1 and after[3][9] == 1 and after[1][4] != before[1][4]
    db = open_archive(archive, readonly=True)
    assert {r[0] for r in db.execute("SELECT DISTINCT version_id FROM captures")} == {1, 3}
    upgrades = list(db.query("SELECT * FROM version_upgrades ORDER BY version_id"))
    assert [u["version_id"] for u in upgrades] == [1, 3]
    assert upgrades[0]["from_content_hash"] == before[1][4] and "support team" in upgrades[0]["from_markdown"]


def test_a_split_keeps_the_first_part_and_gives_the_new_part_a_fresh_id(tmp_path):
    path = tmp_path / "split.db"
    run(path, "import-warc", "--workers", "1", write_warc(tmp_path / "c.warc.gz", CAPTURES),
        rules_file=rules(tmp_path, ".notice"))  # the notice dropped: c0..c2 are one version, c3 the edit
    assert [(r[0], r[1]) for r in rows(path)] == [(1, 1), (2, 2)]
    out = run(path, "reprocess")  # without the rule the notice splits version 1: c2 starts a new version
    assert "1 new" in out.output, out.output
    after = {r[0]: r for r in rows(path)}
    assert set(after) == {1, 2, 3}  # the new part is id 3, number 3: no number is ever reused
    assert after[3][1] == 3 and after[3][8] == 0 and after[3][10] == 1  # between v1 and v2 in time
    assert after[1][5] == 2 and after[2][10] == 3
    from archive import lookup
    db = open_archive(path, readonly=True)
    doc = lookup.resolve(db, "example.com")
    assert [r["number"] for r in lookup.history(db, doc)] == [1, 3, 2]  # time order


def test_undoing_a_rule_restores_the_versions_it_superseded(archive, tmp_path):
    """A rule tried and removed: the versions it merged away come back with their ids and numbers (same first
    capture, same text), so a citation of them resolves again and the feed announces nothing new."""
    before = rows(archive)
    run(archive, "reprocess", rules_file=rules(tmp_path, ".notice"))  # merge: v2 superseded
    out = run(archive, "reprocess")  # the rule is gone: the notice splits version 1 again, into v2 itself
    assert "0 new, 0 superseded, 1 restored" in out.output, out.output
    after = rows(archive)
    assert [(r[0], r[1], r[4], r[8]) for r in after] == [(r[0], r[1], r[4], r[8]) for r in before]
    assert "superseded" not in run(archive, "history", "example.com", "--all").output


def test_a_capture_repeating_the_bytes_of_a_refused_one_is_refused_too(archive, tmp_path):
    """A rule under which a capture's text is refused: a later capture of the same bytes reuses that verdict,
    never the text the capture had before the rule (a fresh user's reprocess left four such captures with
    their old text, a history made by two rule sets)."""
    path = tmp_path / "rules-select.toml"
    path.write_text('[sites."example.com"]\nselect = "h1"\n')
    run(archive, "reprocess", rules_file=path)
    db = open_archive(archive, readonly=True)
    assert db.execute("SELECT count(*) FROM versions WHERE superseded_at IS NULL").fetchone()[0] == 0
    assert {tuple(r) for r in db.execute("SELECT outcome, content_hash FROM captures")} == {("rejected", None)}


def test_a_technical_upgrade_changes_the_text_but_not_the_identity(archive, tmp_path):
    before = rows(archive)
    said = run(archive, "reprocess", rules_file=rules(tmp_path, ".print-note")).stdout
    assert f"with extractor {EXTRACTOR_VERSION}+rules." in said  # what the versions now record (trial 8)
    after = rows(archive)
    # same ids, numbers, times and captures; every text changed, and each is flagged as an upgrade
    assert [r[:4] + r[5:9] for r in after] == [r[:4] + r[5:9] for r in before]
    assert all(a[4] != b[4] and a[9] == 1 for a, b in zip(after, before))
    shown = CliRunner().invoke(cli, ["--db", str(archive), "show", "example.com", "--version", "1"])
    assert "technical upgrade" in shown.output and "print this page" not in shown.stdout
    as_json = json.loads(run(archive, "show", "example.com", "--version", "1", "--format", "json").stdout)
    assert as_json["technical_upgrade"] is True and as_json["id"] == 1
    diff = CliRunner().invoke(cli, ["--db", str(archive), "diff", "example.com", "2", "3"])
    assert "technical upgrade" in diff.output
    # exports: a column to filter on
    out = tmp_path / "v.csv"
    run(archive, "export", "--format", "csv", "-o", out)
    exported = list(csv.DictReader(out.open()))
    assert [(r["version"], r["version_id"], r["technical_upgrade"]) for r in exported] == \
        [("1", "1", "1"), ("2", "2", "1"), ("3", "3", "1")]
    # the feed says so; with --technical-upgrades each upgrade is an entry of its own
    atom = "{http://www.w3.org/2005/Atom}"
    plain = ET.fromstring(run(archive, "feed").stdout.encode())
    assert len(plain.findall(f"{atom}entry")) == 3
    assert all("technical upgrade" in e.find(f"{atom}summary").text for e in plain.findall(f"{atom}entry"))
    full = ET.fromstring(run(archive, "feed", "--technical-upgrades").stdout.encode())
    ups = [e for e in full.findall(f"{atom}entry") if e.find(f"{atom}category").get("term") == "technical-upgrade"]
    assert len(ups) == 3 and len(full.findall(f"{atom}entry")) == 6  # the versions' entries are kept besides
    # the browser's diff and version pages
    import asyncio

    from archive.view import make_datasette
    ds = make_datasette(archive)
    page = asyncio.run(ds.client.get("/diff/2/3"))
    assert page.status_code == 200 and "technical upgrade" in page.text
    assert "Technical upgrade" in asyncio.run(ds.client.get("/version/3")).text
    # a later reprocess by another extractor that changes no text stamps the version with that extractor, and
    # makes no upgrade: the note names the upgrade that was made (a fresh user's trial: it named the later one)
    import sqlite3
    conn = sqlite3.connect(archive)
    conn.execute("UPDATE versions SET extractor = '9.9.9' WHERE number = 1")
    conn.commit()
    conn.close()
    shown = CliRunner().invoke(cli, ["--db", str(archive), "show", "example.com", "--version", "1"])
    assert f"(extractor {EXTRACTOR_VERSION} -> {EXTRACTOR_VERSION}+rules." in shown.output
    assert "9.9.9" not in shown.output


def test_show_and_the_browser_view_of_a_superseded_version(archive, tmp_path):
    run(archive, "reprocess", rules_file=rules(tmp_path, ".notice"))
    shown = CliRunner().invoke(cli, ["--db", str(archive), "show", "example.com", "--version", "2"])
    assert shown.exit_code == 0
    assert "superseded" in shown.stderr and "version 1 (id 1)" in shown.stderr
    assert "five days" in shown.stdout  # the text that was cited
    latest = run(archive, "show", "example.com", "--format", "json").stdout
    assert json.loads(latest)["number"] == 3
    from archive.view import make_datasette
    ds = make_datasette(archive)
    import asyncio

    async def get(path):
        return await ds.client.get(path)
    page = asyncio.run(get("/version/2"))
    assert page.status_code == 200
    assert "Superseded" in page.text and 'href="/version/1"' in page.text
    standing = asyncio.run(get("/version/3"))
    assert "Superseded" not in standing.text and 'href="/version/1">← version 1' in standing.text
    company = asyncio.run(get("/company/example.com"))
    assert ">version 2<" in company.text and "Superseded when the history was rebuilt" in company.text


def test_a_cite_id_prints_the_version_as_cited_after_an_upgrade_or_a_supersede(archive, tmp_path):
    cited = [r["cite_id"] for r in json.loads(run(archive, "history", "example.com", "--json").stdout)]
    before = [run(archive, "show", cid).stdout for cid in cited]
    assert run(archive, "show", cited[0] + ";").stdout == run(archive, "show", cited[0].replace("#", "\\#")).stdout \
        == before[0]  # as copied from the end of a citation line, or from BibTeX
    assert before == [run(archive, "show", "example.com", "--version", str(n)).stdout for n in (1, 2, 3)]
    # made where the company is keyed by another of its names (an import keys by the policy's host): the same version
    assert run(archive, "show", "www." + cited[0]).stdout == before[0]
    # a technical upgrade changes the texts and their hashes: the ids made before still print what was cited
    run(archive, "reprocess", rules_file=rules(tmp_path, ".print-note"))
    assert [r["cite_id"] for r in json.loads(run(archive, "history", "example.com", "--json").stdout)] != cited
    shown = CliRunner().invoke(cli, ["--db", str(archive), "show", cited[2]])
    assert shown.exit_code == 0 and shown.stdout == before[2] and "print this page" in shown.stdout
    assert "technical upgrade" in shown.stderr and "show example.com --version 3" in shown.stderr
    as_json = json.loads(run(archive, "show", cited[2], "--format", "json").stdout)
    assert as_json["cite_id"] == cited[2] and as_json["number"] == 3 and as_json["technical_upgrade"] is False
    # a version that a reprocess superseded answers to its id, with the note saying what replaced it
    run(archive, "reprocess", rules_file=rules(tmp_path, ".print-note", ".notice"))
    superseded = CliRunner().invoke(cli, ["--db", str(archive), "show", cited[1]])
    assert superseded.exit_code == 0 and "five days" in superseded.stdout and "superseded" in superseded.stderr
    # ids that name nothing, or given with a version option, are one-line errors
    for args, says in [([cited[0].replace("@2024", "@2023")], "no version of https://www.example.com/privacy was "
                        "first seen that day"),
                       ([cited[0][:-4] + "0000"], "version(s) 1 of"),
                       ([cited[0].replace("/privacy@", "/terms@")], "which this archive does not hold (it holds privacy)"),
                       ([cited[0].replace("example.com/", "example.org/")], "names site 'example.org'"),
                       ([cited[0], "--version", "1"], "give it without --at or --version"),
                       ([cited[0].split("#")[0]], "is not a version identifier")]:
        bad = CliRunner().invoke(cli, ["--db", str(archive), "show", *args])
        assert bad.exit_code != 0 and says in bad.stderr and bad.stderr.count("\n") == 1, (args, bad.stderr)


def test_an_older_extractor_triggers_a_replay_that_keeps_identity(archive):
    db = open_archive(archive)
    db.execute("UPDATE versions SET extractor = '0.0.1'")  # as versions made by an older release
    before = rows(archive)
    out = record(db, Capture(url=URL, fetched_at=at(28), status=200, body=page("five days", EDIT),
                             headers={"content-type": "text/html; charset=utf-8"}))
    assert (out.status, out.version) == ("unchanged", 3)
    after = rows(archive)
    assert [(r[0], r[1], r[4], r[9]) for r in after] == [(r[0], r[1], r[4], 0) for r in before]
    assert db.execute("SELECT DISTINCT extractor FROM versions").fetchall() != [("0.0.1",)]


def test_a_blink_undone_supersedes_the_flip_instead_of_deleting_it(tmp_path):
    db = open_archive(tmp_path / "blink.db")
    a, b = policy_html(), policy_html(updated="March 2, 2024")  # a one-word flip
    # A, B, A, B (kept: could be an edit reverted), then A again: the flip B is undone
    for day, body in enumerate([a, b, a, b, a]):
        record(db, Capture(url=URL, fetched_at=at(day), status=200, body=body,
                           headers={"content-type": "text/html; charset=utf-8"}))
    ids = [r[0] for r in db.execute("SELECT id FROM versions ORDER BY id")]
    superseded = db.execute("SELECT id, superseded_by FROM versions WHERE superseded_at IS NOT NULL").fetchall()
    assert ids == [1, 2, 3, 4] and superseded == [(4, 3)]
    record(db, Capture(url=URL, fetched_at=at(9), status=200, body=policy_html({6: "Changed for real."}),
                       headers={"content-type": "text/html; charset=utf-8"}))
    assert db.execute("SELECT max(id), max(number) FROM versions").fetchone() == (5, 5)  # 4 is never reused


def v(id_, first):
    return {"id": id_, "first_capture_id": first}


def test_match_versions_rule():
    # 1. the same first capture keeps the identity
    assert match_versions([v(1, 10), v(2, 20)], {1: {10, 11}, 2: {20}},
                          [v(7, 10), v(8, 20)], {7: {10, 11}, 8: {20}}) == {7: 1, 8: 2}
    # merge: the second old version is matched by nobody (superseded)
    assert match_versions([v(1, 10), v(2, 20)], {1: {10}, 2: {20}}, [v(7, 10)], {7: {10, 20}}) == {7: 1}
    # split: the first part keeps the identity, the second is new
    assert match_versions([v(1, 10)], {1: {10, 20}}, [v(7, 10), v(8, 20)], {7: {10}, 8: {20}}) == {7: 1}
    # 2. a first capture now rejected: the version lives on from its next captures (mutual best overlap)
    assert match_versions([v(1, 10), v(2, 30)], {1: {10, 11, 12}, 2: {30}},
                          [v(7, 11), v(8, 30)], {7: {11, 12}, 8: {30}}) == {7: 1, 8: 2}
    # ...but not when another new version shares more of them
    assert match_versions([v(1, 10)], {1: {10, 11, 12, 13}},
                          [v(7, 11), v(8, 12)], {7: {11}, 8: {12, 13}}) == {8: 1}


def test_rules_for_a_host_the_archive_does_not_hold_are_named(archive, tmp_path):
    path = tmp_path / "typo.toml"
    path.write_text('[sites."exmaple.com"]\nremove = ["h1"]\n')
    out = run(archive, "reprocess", rules_file=path)
    assert "the rules for 'exmaple.com' cover no policy in the archive" in out.stderr
    assert "cover no policy" not in run(archive, "reprocess", rules_file=rules(tmp_path, ".notice")).stderr


def test_a_new_rule_in_a_later_crawl_is_a_technical_upgrade_not_a_change(tmp_path):
    """Captures recorded under a rule the earlier ones were not (a rules file written between two crawls): the
    rule's effect on the text is no change of the policy. The document is re-extracted under the rule before
    the new capture is compared (each text records the rule: `extractor` ends `+rules.<fingerprint>`), so the
    earlier versions are upgraded, and only the real edit makes a version."""
    path = tmp_path / "later.db"
    run(path, "import-warc", "--workers", "1", write_warc(tmp_path / "a.warc.gz", CAPTURES[:2]))
    before = rows(path)
    assert len(before) == 1 and "support team" in run(path, "show", "example.com").stdout
    rule = rules(tmp_path, ".notice")
    out = run(path, "import-warc", "--workers", "1", write_warc(tmp_path / "b.warc.gz", CAPTURES[2:]),
              rules_file=rule)
    after = rows(path)
    # c2 (notice B, no edit) continues version 1, upgraded; c3's edit is version 2
    assert [(r[0], r[1], r[5], r[9]) for r in after] == [(1, 1, 3, 1), (2, 2, 1, 0)], out.output
    assert after[0][4] != before[0][4]
    db = open_archive(path, readonly=True)
    made_by = {r[0] for r in db.execute("SELECT extractor FROM versions UNION SELECT extractor FROM captures")}
    assert made_by == {f"{EXTRACTOR_VERSION}+rules.{site_rules.load(str(rule))['example.com'].fingerprint}"}
    assert "support team" not in run(path, "show", "example.com", "--version", "1").stdout
    # the rule taken away again: the next capture, no change itself, re-extracts the page as without the rule,
    # where notice B splits version 1 (c2 is a version of its own, with the next unused number)
    out = run(path, "import-warc", "--workers", "1",
              write_warc(tmp_path / "c.warc.gz", [(URL, at(28), 200, page("five days", EDIT))]))
    assert "0 new versions, 1 unchanged" in out.output
    assert [(r[0], r[1], r[5]) for r in rows(path)] == [(1, 1, 2), (2, 2, 2), (3, 3, 1)], out.output
    assert "support team" in run(path, "show", "example.com", "--version", "1").stdout


def test_the_diff_of_a_version_cited_before_an_upgrade_compares_texts_of_one_extraction(archive, tmp_path):
    """`diff OLD_ID` (trial 6): the cited version as cited against the one before it as it then stood. It compared
    the cited text (the print note in it) with the upgraded text before it (the note gone): a change nobody made."""
    cited = [r["cite_id"] for r in json.loads(run(archive, "history", "example.com", "--json").stdout)]
    before = run(archive, "diff", cited[2]).stdout
    run(archive, "reprocess", rules_file=rules(tmp_path, ".print-note"))
    after = CliRunner().invoke(cli, ["--db", str(archive), "diff", cited[2]])
    assert after.exit_code == 0 and "print this page" not in after.stdout
    assert [l for l in after.stdout.splitlines() if l[:1] in "+-"] == [l for l in before.splitlines() if l[:1] in "+-"]
    summary = run(archive, "diff", cited[2], "--summary").stdout
    assert "print" not in summary and "1 section changed" in summary


def test_a_new_text_with_the_same_hash_is_a_technical_upgrade_too(archive):
    """A new extractor may write a version otherwise with the same hash (a table cell's line breaks: `<br>` hashes
    as a space). The text of record changed all the same: an export made before differs, so the upgrade is
    recorded with the text it replaced (trial 6: 32 versions rewritten, no upgrade recorded)."""
    db = open_archive(archive)
    old = db.execute("SELECT markdown, content_hash FROM versions WHERE number = 2").fetchone()
    written_otherwise = old[0].replace("\n\n", "\n\n\n", 1)  # as an older extractor wrote it: the same hash
    db.execute("UPDATE versions SET markdown = ?, extractor = '0.0.1' WHERE number = 2", [written_otherwise])
    db.conn.commit()
    db.close()
    run(archive, "reprocess")
    db = open_archive(archive, readonly=True)
    ups = db.execute("SELECT v.number, u.from_markdown, u.from_content_hash, u.to_content_hash FROM version_upgrades u "
                     "JOIN versions v ON v.id = u.version_id").fetchall()
    assert ups == [(2, written_otherwise, old[1], old[1])]
    assert db.execute("SELECT markdown, upgraded_at IS NOT NULL FROM versions WHERE number = 2").fetchone() == (old[0], 1)


def test_the_diff_of_an_old_and_a_new_cite_id_compares_one_extraction_and_says_which(archive, tmp_path):
    """Trial 8: `diff OLD2_ID NEW3_ID` after a reprocess showed the rule's own removal as the publisher's, and
    the note named the wrong extractor and left out the cited version."""
    cited = [r["cite_id"] for r in json.loads(run(archive, "history", "example.com", "--json").stdout)]
    before = run(archive, "diff", cited[1], cited[2]).stdout
    run(archive, "reprocess", rules_file=rules(tmp_path, ".print-note"))
    now = [r["cite_id"] for r in json.loads(run(archive, "history", "example.com", "--json").stdout)]
    mixed = CliRunner().invoke(cli, ["--db", str(archive), "diff", cited[1], now[2]])
    assert mixed.exit_code == 0 and "print this page" not in mixed.stdout
    assert [l for l in mixed.stdout.splitlines() if l[:1] in "+-" and l[:3] not in ("+++", "---")] == \
        [l for l in before.splitlines() if l[:1] in "+-" and l[:3] not in ("+++", "---")]
    assert "version 2 is shown as cited, before the technical upgrade" in mixed.stderr
    assert "version 3 is shown as it stood before the technical upgrade" in mixed.stderr
    single = CliRunner().invoke(cli, ["--db", str(archive), "diff", cited[2]])
    assert f"(extractor {EXTRACTOR_VERSION} -> {EXTRACTOR_VERSION}+rules." in single.stderr


def test_a_volatile_blocks_folded_versions_are_listed_as_folded(tmp_path):
    """The first changes of a value that changes at every visit are versions when they come and are folded into the
    version before them once a second value is refused (`changes.folds`): `history` lists one version, `history
    --all` the folded ones too, each 'folded into v1', and `show` of a folded one's citation says why."""
    path = tmp_path / "archive.db"
    db = open_archive(path)
    for d in range(8):
        visit = f"<p>Our privacy team currently answers requests in about {10 + 7 * d} minutes.</p>"
        record(db, Capture(url=URL, fetched_at=at(d, 9), status=200, body=policy_html(extra=visit),
                           headers={"content-type": "text/html; charset=utf-8"}))
    db.close()
    standing = run(path, "history", "example.com", "--json")
    assert [r["version"] for r in json.loads(standing.output)] == [1]
    listed = run(path, "history", "example.com", "--all").output
    assert listed.count("folded into v1") == 2, listed
    folded = json.loads(run(path, "history", "example.com", "--all", "--json").output)[1]
    shown = run(path, "show", folded["cite_id"]).output
    assert "folded" in shown and "volatile block" in shown, shown
