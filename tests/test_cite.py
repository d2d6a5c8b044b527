"""Citable versions: a stable identifier per version, shown everywhere, and `show --cite`."""
import json

import pytest

from archive import ArchiveError
from archive.cite import document_slug, parse_id, version_id
from conftest import write_warc


@pytest.fixture
def imported(run, tmp_path, history_records):
    assert run("import-warc", write_warc(tmp_path / "h.warc.gz", history_records)).exit_code == 0
    return run


def test_identifier_shape_and_parse():
    vid = version_id("example.com", "https://www.example.com/legal/privacy-policy.html", "2024-01-15T00:00:00Z",
                     "ab" * 32)
    assert vid == "example.com/legal-privacy-policy@2024-01-15T00:00:00Z#sha256:abababababab"
    assert parse_id(vid) == {"site": "example.com", "doc": "legal-privacy-policy",
                             "first_seen": "2024-01-15T00:00:00Z", "hash": "abababababab"}
    assert document_slug("https://example.com/", "example.com") == "index"
    assert document_slug("https://app.termly.io/document/privacy/123", "example.com") == \
        "app.termly.io-document-privacy-123"
    # a site whose key holds a port (a local server) is the host of its own policy
    assert document_slug("http://127.0.0.1:8702/legal/privacy.html", "127.0.0.1:8702") == "legal-privacy"
    # a WARC may name a host in Unicode; the site key is its ASCII form, and so is it here (trial 12: the slug
    # was "m-nchen.de-datenschutz", the policy taken for one on another host)
    assert document_slug("https://münchen.de/datenschutz", "xn--mnchen-3ya.de") == "datenschutz"
    assert document_slug("https://xn--mnchen-3ya.de/datenschutz", "xn--mnchen-3ya.de") == "datenschutz"
    with pytest.raises(ArchiveError):
        parse_id("example.com v3")
    # a day or hour that is none is a slip in the id, not a version the archive lacks (a fresh user's trial:
    # "no version ... was first seen that day")
    for when in ("2025-13-45T00:00:00Z", "2025-02-30T00:00:00Z", "2025-01-01T25:00:00Z"):
        with pytest.raises(ArchiveError, match=f"{when} is no date and time"):
            parse_id(f"example.com/privacy@{when}#sha256:abababababab")


def test_history_show_and_cite_agree_and_survive_reprocess(imported):
    ids = [r["cite_id"] for r in json.loads(imported("history", "example.com", "--json").output)]
    assert len(ids) == 3 and all(i.startswith("example.com/privacy@2024-") for i in ids)
    shown = json.loads(imported("show", "example.com", "--version", "2", "--format", "json").output)
    assert shown["cite_id"] == ids[1]
    assert shown["version"] == shown["number"] == 2  # the name `history --json` and the exports use
    rows = json.loads(imported("history", "example.com", "--json").output)
    assert shown["version_id"] == shown["id"] == rows[1]["version_id"]  # the row id, as `serve`'s /version/ID
    # the exports' row, field for field and in their order (company and prev_capture_at were missing)
    exported = [json.loads(line) for line in imported("export", "--format", "jsonl", "-o", "-").stdout.splitlines()]
    row = next(r for r in exported if r["version_id"] == shown["version_id"])
    assert list(shown)[:len(row)] == list(row) and all(shown[k] == row[k] for k in row)
    cite = imported("show", "example.com", "--version", "2", "--cite").output
    plain, bib = cite.split("\n\n", 1)
    assert ids[1] in plain and "first seen 2024-01-15T00:00:00Z" in plain and "https://www.example.com/privacy" in plain
    assert bib.startswith("@misc{example_com_2024_01_15_") and "\\url{https://www.example.com/privacy}" in bib
    assert ids[1].replace("#", "\\#") in bib and bib.rstrip().endswith("}")
    assert imported("reprocess").exit_code == 0
    assert [r["cite_id"] for r in json.loads(imported("history", "example.com", "--json").output)] == ids


def test_an_id_with_sub_second_time_names_its_version(run, tmp_path):
    """A WARC/1.1 capture keeps its sub-second time (`2024-05-01T12:00:00.123456Z`), and so does the id that
    `history` prints: `show` takes it back, and an upper-case hash too."""
    from conftest import URL, policy_html
    path = write_warc(tmp_path / "subsecond.warc.gz", [(URL, "2024-05-01T12:00:00.123456Z", 200, policy_html())])
    assert run("import-warc", path).exit_code == 0
    [row] = json.loads(run("history", "example.com", "--json").output)
    assert ".123456Z#sha256:" in row["cite_id"]
    for cid in (row["cite_id"], row["cite_id"][:-12] + row["cite_id"][-12:].upper()):
        shown = run("show", cid)
        assert shown.exit_code == 0 and "Privacy" in shown.output, shown.output


def test_an_id_still_names_its_version_after_an_earlier_capture_of_the_same_text_arrives(run, tmp_path):
    """A backfill or an older WARC imported later moves a version's first capture earlier, and so its id as
    `history` prints it now: the id handed out before still names it (a fresh user's trial: it answered "no
    version ... first seen that day"). An id whose time the version's span does not cover still fails."""
    from conftest import URL, policy_html
    assert run("import-warc", write_warc(tmp_path / "late.warc.gz",
                                         [(URL, "2024-06-01T00:00:00Z", 200, policy_html())])).exit_code == 0
    [before] = json.loads(run("history", "example.com", "--json").output)
    assert run("import-warc", write_warc(tmp_path / "early.warc.gz",
                                         [(URL, "2024-02-01T00:00:00Z", 200, policy_html())])).exit_code == 0
    [after] = json.loads(run("history", "example.com", "--json").output)
    assert after["cite_id"] != before["cite_id"] and after["first_seen"].startswith("2024-02-01")
    for cid in (before["cite_id"], after["cite_id"]):
        shown = run("show", cid, "--format", "json")
        assert shown.exit_code == 0 and json.loads(shown.output)["version_id"] == after["version_id"], shown.output
    assert run("show", before["cite_id"].replace("2024-06-01", "2024-07-01")).exit_code != 0


def test_diff_takes_cite_ids(imported, tmp_path):
    """`diff ID` is what changed at the cited version; `diff ID1 ID2` compares two cited versions in time order,
    whichever is given first. A first version, ids of two documents and --from with an id are told in one line."""
    ids = [r["cite_id"] for r in json.loads(imported("history", "example.com", "--json").output)]
    at_second = imported("diff", ids[1])
    assert at_second.exit_code == 0 and "+" in at_second.output
    assert at_second.output == imported("diff", "example.com", "1", "2").output
    assert imported("diff", ids[2], ids[0]).output == imported("diff", "example.com", "1", "3").output
    summary = imported("diff", ids[1], "--summary", "--html", str(tmp_path / "s.html"))
    assert summary.exit_code == 0 and "v1" in summary.output and "v2" in summary.output
    assert "<html" in (tmp_path / "s.html").read_text().lower()  # --html with --summary: written as well
    first = imported("diff", ids[0])
    assert first.exit_code != 0 and "first version" in first.output and "Traceback" not in first.output
    assert "do not apply" in imported("diff", ids[1], "--from", "2024-01-01").output
    assert "do not apply" in imported("diff", ids[1], ids[2], "--from", "2024-01-01").output
    assert imported("show", "https://" + ids[1]).output == imported("show", ids[1]).output  # pasted with a scheme
    assert "`show ID` prints that version" in imported("history", ids[1]).output
    assert "second cite id" in imported("diff", ids[1], "3").output
    assert "give one version number (what changed at it) or two" in imported("diff", "example.com", "2", "x").output


def test_show_cite_as_json(imported):
    """`show --cite --format json`: the citation's parts as one JSON object, the same text as the plain form."""
    plain, bib = imported("show", "example.com", "--version", "2", "--cite").output.split("\n\n", 1)
    got = json.loads(imported("show", "example.com", "--version", "2", "--cite", "--format", "json").output)
    assert got["citation"] == plain.strip() and got["bibtex"] == bib.strip()
    assert got["version"] == 2 and got["cite_id"] in got["citation"] and got["url"] == "https://www.example.com/privacy"


def test_a_policy_with_no_version_says_why(run, tmp_path):
    """Every capture refused (here a stub page): `show` and `diff` say so in one line, with the reasons."""
    from conftest import URL
    stub = b"<html><body><main><p>Our privacy policy is on our parent company's site.</p></main></body></html>"
    assert run("import-warc", write_warc(tmp_path / "stub.warc.gz", [(URL, "2024-05-01T12:00:00Z", 200, stub)])).exit_code == 0
    for args in (("show", "example.com"), ("diff", "example.com")):
        out = run(*args)
        assert out.exit_code != 0 and "no version yet" in out.output and "not_a_policy" in out.output, out.output
        assert "None" not in out.output and len(out.output.strip().splitlines()) == 1


def test_a_company_name_ending_with_a_period_is_not_doubled():
    from archive.cite import plain
    v = {"site": "games.test", "company": "Games & Pay Co.", "url": "https://games.test/privacy", "title": "Privacy",
         "first_seen": "2026-01-01T00:00:00Z", "last_seen": "2026-01-02T00:00:00Z", "content_hash": "ab" * 32,
         "number": 1}
    assert plain(v).startswith("Games & Pay Co. \u201cPrivacy\u201d")


def test_an_id_with_a_shorter_fraction_or_pasted_url_encoded_names_the_same_version():
    """Trial 8: `…T10:00:00.25Z` (the stored time is `.250000Z`) was 'no version … with other texts', and an id
    copied from a web address with every reserved character encoded was no site at all."""
    want = {"site": "frac.example", "doc": "privacy", "first_seen": "2025-06-01T10:00:00.250000Z", "hash": "06115e66f75e"}
    assert parse_id("frac.example/privacy@2025-06-01T10:00:00.25Z#sha256:06115E66F75E") == want
    assert parse_id("frac.example%2Fprivacy%402025-06-01T10%3A00%3A00.250000Z%23sha256%3A06115e66f75e") == want
    assert parse_id("frac.example/privacy@2025-06-01T10:00:00Z#sha256:06115e66f75e")["first_seen"] == \
        "2025-06-01T10:00:00Z"  # a whole second stays as stored
