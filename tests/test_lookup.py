"""history / show --at / --version / diff on a real archive."""
import datetime as dt
import html as html_lib
import json

import pytest
from hypothesis import given, settings, strategies as st

from conftest import write_warc


@pytest.fixture
def imported(run, tmp_path, history_records):
    result = run("import-warc", write_warc(tmp_path / "h.warc.gz", history_records))
    assert result.exit_code == 0, result.output
    return run


def test_history_lists_each_version(imported):
    result = imported("history", "example.com")
    assert result.exit_code == 0, result.output
    for first_seen in ("2024-01-01T00:00:00Z", "2024-01-15T00:00:00Z", "2024-02-05T00:00:00Z"):
        assert first_seen in result.output
    assert "2024-03-01" in result.output  # the declared "Last updated" date


@pytest.mark.parametrize("when, number", [
    ("2024-01-01", 1),  # a bare date is the end of that day
    ("20240114", 1),  # ISO 8601's other forms of a day mean the whole day too: the end of the 14th
    ("2024-W03-1", 2),  # Monday 15 January
    ("2024-01-14T23:59:59Z", 1),  # the second before v2 was first seen
    ("2024-01-15T00:00:00Z", 2),  # the very second v2 was first seen
    ("2024-01-22", 2),  # the day of the 404: v2 still in force
    ("2024-02-05T01:00:00+01:00", 3),  # time zones are converted
    ("2030-01-01", 3),
])
def test_show_at_boundaries(imported, when, number):
    result = imported("show", "https://www.example.com/privacy", "--at", when, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["number"] == number


def test_an_empty_date_is_refused_not_ignored(imported):
    for args in (["show", "example.com", "--at", ""], ["diff", "example.com", "--to", ""],
                 ["export", "--format", "jsonl", "--until", "", "-o", "-"]):
        result = imported(*args)
        assert result.exit_code == 2 and "bad date ''" in result.output, args


def test_show_before_first_capture_and_unknown_version(imported):
    result = imported("show", "example.com", "--at", "2023-12-31")
    assert result.exit_code == 2
    assert "had no version yet" in result.output and "2024-01-01T00:00:00Z" in result.output
    result = imported("show", "example.com", "--version", "9")
    assert result.exit_code == 2 and "has no version 9; it has 3" in result.output
    result = imported("show", "example.com", "--version", "0")
    assert result.exit_code == 2 and "has no version 0; versions are numbered from 1; it has 3" in result.output
    result = imported("show", "example.com", "--at", "0001-01-01")  # the year written in four digits
    assert result.exit_code == 2 and "had no version yet at 0001-01-01T23:59:59Z" in result.output


def test_show_formats(imported):
    md = imported("show", "example.com", "--version", "3").stdout
    shown = imported("show", "example.com", "--version", "3", "--format", "text")
    text = shown.stdout
    assert "one year after it is closed" in md and "one year after it is closed" in text
    assert "#" in md and "#" not in text
    # where the text comes from, on stderr: an HTML comment beside Markdown, a plain line beside plain text
    assert imported("show", "example.com", "--version", "3").stderr.startswith("<!-- example.com/")
    assert shown.stderr.startswith("example.com/") and "version 3, first seen" in shown.stderr


def test_diff_between_versions_and_dates(imported, tmp_path):
    result = imported("diff", "example.com", "1", "2")
    assert result.exit_code == 0, result.output
    assert "+" in result.output and "within one month" in result.output
    result = imported("diff", "example.com", "--from", "2024-01-10", "--to", "2024-02-20")
    assert "one year after it is closed" in result.output and "within one month" in result.output
    # a window starting before the policy was first archived starts at its first version, with a note
    early = imported("diff", "example.com", "--from", "2020-01-01", "--to", "2024-02-20")
    assert early.exit_code == 0 and "first archived at 2024-01-01T00:00:00Z, after the start of 2020-01-01" in early.output
    assert early.output.count("@@") == result.output.count("@@") and "within one month" in early.output
    html = tmp_path / "d.html"
    result = imported("diff", "example.com", "--html", html)
    assert result.exit_code == 0, result.output
    assert "@@" not in result.output and f"side-by-side diff written to {html}" in result.output  # not both
    import re
    page = html.read_text()
    assert "<table" in page and "one year" in re.sub(r"<[^>]+>", "", page)
    # the summary line the browser view's diff page opens with, in the words `diff --summary` prints
    said = imported("diff", "example.com", "--summary").output.splitlines()[1]
    assert said and said in html_lib.unescape(re.sub(r"<[^>]+>", "", page))
    assert re.search(r"\d+ words added</span>, <span class=\"removed\">\d+ removed", page)


def test_a_day_s_window_holds_the_changes_made_during_it_and_names_the_versions_it_skips(run, tmp_path):
    """`diff --from D --to D` is that day: a policy cut short at 01:00 and whole again, edited, at 12:00
    changed during it (it said "no change: version 3 was in force throughout"); the skipped version is named."""
    from conftest import SECTIONS, URL, at, policy_html, write_warc
    v1, edited = policy_html(), policy_html({2: SECTIONS[2][1] + " We never sell it."})
    cut = policy_html({i: "" for i in (3, 4, 5)})
    records = [(URL, at(0), 200, v1), (URL, at(9, 12), 200, v1), (URL, at(10, 1), 200, cut),
               (URL, at(10, 12), 200, edited), (URL, at(11), 200, edited)]
    assert run("import-warc", write_warc(tmp_path / "day.warc.gz", records)).exit_code == 0
    day = run("diff", "example.com", "--from", "2024-01-11", "--to", "2024-01-11", "--summary")
    assert day.exit_code == 0, day.output
    assert day.stdout.startswith("https://www.example.com/privacy v1 (2024-01-01T00:00:00Z) → v3 (2024-01-11T12:00:00Z)")
    assert "note: version 2 (first seen 2024-01-11T01:00:00Z) came between v1 and v3" in day.stderr
    assert run("diff", "example.com", "--from", "2024-01-12", "--to", "2024-01-12").stdout.startswith(
        "no change between 2024-01-12 and 2024-01-12: version 3")
    # one number: what changed at that version
    at_3 = run("diff", "example.com", "3", "--summary")
    assert at_3.exit_code == 0 and at_3.stdout.startswith("https://www.example.com/privacy v2 (")
    assert "came between" not in at_3.stderr


def test_a_window_the_policy_had_no_version_in_is_one_error(imported):
    result = imported("diff", "example.com", "--from", "2020-01-01", "--to", "2021-01-01")
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert "had no version yet at 2021-01-01T23:59:59Z" in result.output


def test_history_never_breaks_a_cite_id(imported, monkeypatch):
    """A cite id is pasted into `show`: written to a file the table is as wide as its longest row, and in a
    terminal (or $COLUMNS) too narrow for it the ids are listed whole under the table; narrower still, a time
    is written on two lines, its day over its hour."""
    ids = [r["cite_id"] for r in json.loads(imported("history", "example.com", "--json").stdout)]
    monkeypatch.delenv("COLUMNS", raising=False)
    wide = imported("history", "example.com").stdout
    assert all(any(i in line for line in wide.splitlines()) for i in ids)
    monkeypatch.setenv("COLUMNS", "90")
    narrow = imported("history", "example.com").stdout
    assert max(map(len, narrow.splitlines())) <= 90
    listed = narrow.split("cite ids (`show ID` prints one):\n")[1].splitlines()
    assert [line.split()[1] for line in listed] == ids and listed[0].split()[0] == "v1"
    # still too narrow for the rest: a time breaks between its day and its hour, not inside either
    first = json.loads(imported("history", "example.com", "--json").stdout)[0]["first_seen"]
    day, hour = first.split("T")
    tables = 0
    for columns in range(80, 130, 3):
        monkeypatch.setenv("COLUMNS", str(columns))
        table = imported("history", "example.com").stdout.split("cite ids")[0]
        if "┃" not in table:
            continue  # narrower still: a list (test_history_at_80_columns_is_a_list)
        tables += 1
        rows = table.splitlines()
        at = next(i for i, line in enumerate(rows) if day in line)
        assert first in rows[at] or hour in rows[at + 1], (columns, rows[at:at + 2])
    assert tables


def test_history_at_80_columns_is_a_list(imported, monkeypatch):
    """At 80 columns the table folded the change column a word a line (a version's summary over eight lines: the
    tenth session's trial). It is a list there: a line of days and counts per version, its change whole below."""
    rows = json.loads(imported("history", "example.com", "--json").stdout)
    monkeypatch.setenv("COLUMNS", "80")
    out = imported("history", "example.com").stdout
    assert max(map(len, out.splitlines())) <= 80 and "┃" not in out
    lines = out.split("cite ids (`show ID` prints one):\n")[0].splitlines()
    assert lines[0] == "https://www.example.com/privacy"
    for row in rows:
        at = next(i for i, line in enumerate(lines) if line.startswith(f"v{row['version']} "))
        head = lines[at].split()
        assert head[1] == row["first_seen"][:10] and head[3] == row["last_seen"][:10]
        assert f"{row['word_count']} words" in lines[at] and f"{row['captures']} capture" in lines[at]
        assert lines[at + 1].startswith("     ") and row["change_kind"] in lines[at + 1]


def test_sites_at_80_columns_is_a_list_with_each_url_whole(imported, monkeypatch):
    """`sites` at 80 columns: rich folded a day mid-number (the fourteenth fresh user's trial), then, fitted, a
    policy URL over four lines of 12 characters and a site key mid-word (the tenth session's). Where the URL
    cannot stand whole in the table it is a list: the company's line, its URL whole below."""
    row = json.loads(imported("sites", "--json").stdout)[0]
    monkeypatch.setenv("COLUMNS", "80")
    out = imported("sites").stdout.splitlines()
    assert max(map(len, out)) <= 80 and not any("┃" in line for line in out)
    assert out[0] == f"{row['site']} ({row['name']})  {row['versions']} version{'' if row['versions'] == 1 else 's'}  last capture " \
        f"{row['last_capture'][:10]}  next check due now"
    assert out[1] == f"    {row['url']}"
    monkeypatch.setenv("COLUMNS", "250")  # wide enough: the table, every value whole
    wide = imported("sites").stdout
    assert "┃" in wide and row["url"] in wide and row["last_capture"] in wide


def test_unknown_site_suggests_near_matches(imported):
    result = imported("history", "exampel.com")
    assert result.exit_code == 2
    assert result.output.strip() == "Error: no site or policy URL 'exampel.com' in the archive; did you mean example.com?"


def test_a_product_named_in_chinese_points_to_the_company_whose_policy_names_it(run, tmp_path):
    """`history 豆包` (Doubao, a product) said only "`sites` lists them", while `history claude` names the company
    whose policy names it: a word of two Chinese characters, inside a run of them, is found as written."""
    from conftest import at, policy_html, write_warc
    zh = ("<html lang='zh'><body><main><h1>隐私政策</h1>" + "".join(
        f"<h2>第{i}条</h2><p>豆包是本公司提供的服务。我们收集和使用您的个人信息，仅用于提供豆包服务，并依法保护您的权利。</p>"
        for i in range(1, 6)) + "</main></body></html>").encode()
    warc = write_warc(tmp_path / "zh.warc.gz", [("https://www.doubao.example/privacy", at(1), 200, zh),
                                                ("https://www.other.example/privacy", at(1), 200, policy_html())])
    assert run("import-warc", warc).exit_code == 0
    said = run("history", "豆包")
    assert said.exit_code == 2 and said.output.strip().endswith("the policy of doubao.example names it"), said.output


def test_a_mistyped_host_suggests_the_company_meant_first(run, tmp_path):
    """"tindr.com" is nearer Tinder's registrable label than Grindr's key, which only shares its ".com" (trial 12:
    the hint named grindr.com alone)."""
    from conftest import at, policy_html, write_warc
    records = [("https://policies.tinder.com/privacy", at(0), 200, policy_html()),
               ("https://www.grindr.com/privacy", at(0), 200, policy_html())]
    assert run("import-warc", write_warc(tmp_path / "two.warc.gz", records)).exit_code == 0
    said = run("history", "tindr.com").output
    assert said.split("did you mean ")[1].startswith("policies.tinder.com")


@pytest.mark.parametrize("args, message", [
    (("show", "example.com", "--at", "yesterday"), "bad date 'yesterday'"),
    (("show", "example.com", "--at", "2024-02-30"), "bad date '2024-02-30'"),
    # a Thai page's year of the Buddhist era (a fresh user's trial: taken silently as the year 2567)
    (("show", "example.com", "--at", "2567-12-20"), "2567 reads as a year of the Buddhist era (Gregorian 2024)"),
    (("diff", "example.com", "1", "2", "3"), "give one version number (what changed at it) or two"),
    (("diff", "example.com", "1"), "version 1 is the first version of https://www.example.com/privacy"),
    (("diff", "example.com", "1", "2", "--from", "2024-01-01"), "not both"),
    (("diff", "example.com", "--html", "/nonexistent/d.html"), "directory /nonexistent does not exist"),
    (("history", "  "), "an empty name: give a company's name, host or policy URL"),
    (("show", "example.com", "--version", "99"), "has no version 99; it has 3 version(s) (1-3)"),
])
def test_bad_input_gets_one_line(imported, args, message):
    result = imported(*args)
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_diff_takes_versions_as_history_prints_them(imported):
    """`history`'s cite-id list and `diff`'s headers write a version "v3": `diff SITE v2 v3` is `diff SITE 2 3`."""
    assert imported("diff", "example.com", "v2", "V3", "--summary").output == \
        imported("diff", "example.com", "2", "3", "--summary").output
    assert imported("diff", "example.com", "vx").exit_code == 2


def test_version_numbers_are_listed_in_runs():
    from archive.lookup import _runs
    assert _runs([1, 2, 3, 4]) == "1-4" and _runs([1, 2, 4, 6, 7]) == "1-2, 4, 6-7"
    assert _runs(list(range(1, 60, 2)), shown=3) == "1, 3, 5, ..."


def test_a_policy_of_one_version_has_nothing_to_compare(run, tmp_path):
    from conftest import URL, at, policy_html, write_warc
    assert run("import-warc", write_warc(tmp_path / "one.warc.gz", [(URL, at(0), 200, policy_html())])).exit_code == 0
    result = run("diff", "example.com")
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert "has one version (v1, 2024-01-01T00:00:00Z): nothing to compare it with" in result.output
    typed = " https://www.example.com/privacy "  # as a user may paste it: the command suggested is quoted
    assert run("diff", typed).output.rstrip().endswith(f"`show '{typed}'` prints it")
    assert run("import-warc", write_warc(tmp_path / "two.warc.gz", [(URL, at(5), 200, policy_html({1: "Edited."}))])
               ).exit_code == 0
    result = run("diff", "example.com", "1", "1", "--summary")
    assert result.exit_code == 0 and result.output.strip() == "versions 1 and 1 are the same version"
    result = run("diff", "example.com", "--from", "2024-01-01", "--to", "2024-01-02", "--summary")
    assert result.exit_code == 0 and result.output.startswith("no change between 2024-01-01 and 2024-01-02")


def test_an_unknown_name_that_a_policy_names_points_to_that_policy(run, tmp_path):
    """A product is not a site: "zorbly" is no site of the archive, but example.com's policy names it."""
    from conftest import URL, at, policy_html, write_warc
    page = policy_html(extra="<p>This policy also covers Zorbly, our photo app, and its cloud backups.</p>")
    assert run("import-warc", write_warc(tmp_path / "z.warc.gz", [(URL, at(0), 200, page)])).exit_code == 0
    result = run("history", "zorbly")
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert "no site or policy URL 'zorbly' in the archive; the policy of example.com names it" in result.output
    assert "names it" not in run("history", "qwxzv").output  # a word no policy holds: no such hint
    others = [(f"https://www.{name}.example/privacy", at(1), 200, policy_html(title=f"{name} privacy"))
              for name in ("acme", "globex")]
    assert run("import-warc", write_warc(tmp_path / "o.warc.gz", others)).exit_code == 0
    assert "the policy of example.com names it" in run("history", "zorbly").output  # one of three: a name
    said = run("history", "protects").output  # every policy's word ("...collects, uses and protects...")
    assert said.startswith("Error: no site or policy URL 'protects'") and "name it" not in said


def test_no_archive_yet(run, tmp_path):
    result = run("history", "example.com", db=tmp_path / "none.db")
    assert result.exit_code == 2
    assert "no archive at" in result.output
    assert not (tmp_path / "none.db").exists()


def test_html_diff_escapes_stored_text(run, tmp_path):
    from conftest import URL, at, policy_html
    evil = "<script>alert('x')</script> We may share your personal data with our partners for advertising."
    records = [(URL, at(0), 200, policy_html()), (URL, at(1), 200, policy_html({2: evil.replace("<", "&lt;")}))]
    run("import-warc", write_warc(tmp_path / "e.warc.gz", records))
    html = tmp_path / "d.html"
    result = run("diff", "example.com", "--html", html)
    assert result.exit_code == 0, result.output
    page = html.read_text()
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_a_recrawl_plan_carries_the_validators_of_the_last_good_capture(db_path):
    """known_sites(): per company, each policy URL with the ETag / Last-Modified of its latest capture that
    made or continued a version, never of a rejected one (a 304 against a challenge page would hide the policy
    for good); a moved URL is flagged; a failed discovery shows; thousands of companies are read in chunks."""
    from archive import Capture, open_archive, record
    from archive.lookup import known_sites
    from archive.schedule import discovery_done, mark_moved
    from archive.store import ensure_site
    from conftest import URL, at, policy_html

    def capture(url, day, body, etag, site="example.com"):
        return Capture(url=url, fetched_at=at(day), status=200, body=body, site=site,
                       headers={"content-type": "text/html", "etag": etag,
                                "last-modified": f"Mon, 0{day + 1} Jan 2024 00:00:00 GMT"})

    db = open_archive(db_path)
    record(db, capture(URL, 0, policy_html(), '"v1"'))
    record(db, capture(URL, 1, policy_html(), '"v1b"'))
    assert record(db, capture(URL, 2, b"<html><title>Just a moment...</title></html>", '"challenge"')).status == "rejected"
    old = "https://www.example.com/legal/privacy-2019"
    record(db, capture(old, 0, policy_html(title="Privacy Notice"), '"old"'))
    mark_moved(db, old, URL)
    ensure_site(db, "example.com", name="Example Inc.", homepage="https://www.example.com/")
    others = [f"site{i}.example" for i in range(1200)]
    for key in others[::400]:
        record(db, capture(f"https://{key}/privacy", 0, policy_html(), None, site=key))
    ensure_site(db, "none.example")
    discovery_done(db, "none.example", found=False)

    plan = known_sites(db, ["example.com", "nothing.example", "none.example", *others])
    assert set(plan) == {"example.com", "none.example", "site0.example", "site400.example", "site800.example"}
    site = plan["example.com"]
    assert (site.name, site.homepage, site.discovery_pending) == ("Example Inc.", "https://www.example.com/", False)
    assert site.documents[URL] == (URL, False, '"v1b"', "Mon, 02 Jan 2024 00:00:00 GMT", URL, False, False, True)
    assert site.documents[URL].held  # it holds a version: a maintenance page in its place is for now
    assert site.documents[old].moved and site.documents[old].etag == '"old"'
    assert plan["none.example"].discovery_pending and not plan["none.example"].documents
    assert plan["site800.example"].documents["https://site800.example/privacy"].etag is None


def test_a_recrawl_asks_a_permanent_redirect_at_its_target_for_a_week(db_path, monkeypatch):
    """A document whose own URL answered with a 301 or 308 is asked past it (never past a 302) while the
    capture that saw the redirect is under RELINK_DAYS old and made or continued a version; a capture asked
    at the target does not count as seeing the redirect again."""
    from archive import Capture, open_archive, record
    from archive.lookup import RELINK_DAYS, known_sites
    from conftest import at, policy_html

    site = "example.com"
    home = f"https://www.{site}"

    def capture(path, day, redirects=(), final=None, body=None, status=200):
        return Capture(url=home + path, fetched_at=at(day), status=status, body=body or policy_html(), site=site,
                       headers={"content-type": "text/html"}, final_url=home + (final or path),
                       redirects=tuple((home + u, s) for u, s in redirects))

    db = open_archive(db_path)
    record(db, capture("/privacy", 0, [("/privacy", 301), ("/legal/privacy", 302)], "/legal/privacy.html"))
    record(db, capture("/terms", 0, [("/terms", 302)], "/legal/terms.html"))
    record(db, capture("/cookies", 0, [("/cookies", 308), ("/c2", 301)], "/legal/cookies.html"))
    record(db, capture("/gone", 0, [("/gone", 301)], "/new",
                       body=b"<html><title>Just a moment...</title></html>"))  # rejected: no re-link
    # a later capture asked at the target (its chain starts there): the 301 was not seen again, and not undone
    record(db, capture("/privacy", 3, [("/legal/privacy", 302)], "/legal/privacy.html"))
    monkeypatch.setenv("POLICY_ARCHIVE_NOW", at(RELINK_DAYS - 1).isoformat())
    documents = known_sites(db, [site])[site].documents
    fetch = {url[len(home):]: known.fetch_url[len(home):] for url, known in documents.items()}
    assert fetch == {"/privacy": "/legal/privacy", "/terms": "/terms", "/cookies": "/legal/cookies.html",
                     "/gone": "/gone"}
    # a crawl starts with the hosts it has most requests for: a document that came through redirects counts more
    assert [url[len(home):] for url, known in documents.items() if known.redirected] == ["/privacy", "/terms",
                                                                                          "/cookies"]
    monkeypatch.setenv("POLICY_ARCHIVE_NOW", at(RELINK_DAYS + 1).isoformat())  # a week on: ask the URL itself
    assert all(k.fetch_url == k.url for k in known_sites(db, [site])[site].documents.values())


def test_a_site_names_its_policy_not_the_other_pages_a_whole_site_warc_held(run, tmp_path):
    """A Browsertrix crawl of a whole site holds its homepage and a blog post too, captured after the policy:
    those are refused (not policies) and the site's name leads to the document that has versions. A host
    written with a trailing slash or a scheme is the host."""
    from conftest import URL, at, policy_html
    home = b"<html><body><h1>Welcome</h1><p>" + b"Our shop sells shoes and boots of every size. " * 30 + b"</p></body></html>"
    records = [(URL, at(0), 200, policy_html()), ("https://www.example.com/", at(1), 200, home),
               ("https://www.example.com/blog/post", at(2), 200, home.replace(b"Welcome", b"News"))]
    assert run("import-warc", write_warc(tmp_path / "site.warc.gz", records)).exit_code == 0
    for name in ("example.com", "example.com/", "https://www.example.com", "http://www.example.com/"):
        result = run("show", name, "--format", "json")
        assert result.exit_code == 0 and json.loads(result.stdout)["url"] == URL, (name, result.output)


def test_a_site_names_the_address_that_shows_its_policy_not_one_refused_since(run, tmp_path):
    """A company with a dead address (an old `https://` URL that fails every check) beside the live one: the
    refusals were the latest captures, so `show SITE` printed the dead address's last version while the live
    one had newer versions (a fresh user's trial). The address whose policy was captured last is named."""
    from conftest import URL, at, policy_html
    live = "https://www.example.com/legal/privacy"
    gone = b"<html><body><h1>Not found</h1></body></html>"
    records = [(URL, at(0), 200, policy_html()), (live, at(1), 200, policy_html({1: "We now keep logs 30 days."})),
               (URL, at(2), 404, gone), (URL, at(3), 404, gone)]
    assert run("import-warc", write_warc(tmp_path / "moved.warc.gz", records)).exit_code == 0
    shown = run("show", "example.com", "--format", "json")
    assert shown.exit_code == 0 and json.loads(shown.stdout)["url"] == live, shown.output
    assert json.loads(run("show", "example.com", "--at", at(0).isoformat(), "--format", "json").stdout)["url"] == URL


def test_a_date_after_the_page_went_404_says_so(run, tmp_path):
    from conftest import URL, at, policy_html
    records = [(URL, at(0), 200, policy_html()), (URL, at(7), 404, b"<html><body><h1>Not found</h1></body></html>")]
    assert run("import-warc", write_warc(tmp_path / "gone.warc.gz", records)).exit_code == 0
    result = run("show", "example.com", "--at", "2030-01-01")
    assert result.exit_code == 0 and "which was refused (http_404)" in result.stderr
    assert "the last version seen before it (version 1)" in result.stderr and "in force at that" not in result.stderr


def test_a_date_after_a_page_not_found_served_with_200_says_so(run, tmp_path):
    """A soft 404 ("Page not found" with status 200, refused as not a policy) is the page gone as surely as a
    404: the version shown for a later date is the last one seen, not the one in force."""
    from conftest import URL, at, policy_html
    soft = b"<html><head><title>Page not found</title></head><body><h1>Page not found</h1></body></html>"
    records = [(URL, at(0), 200, policy_html()), (URL, at(7), 200, soft)]
    assert run("import-warc", write_warc(tmp_path / "soft.warc.gz", records)).exit_code == 0
    result = run("show", "example.com", "--at", "2030-01-01")
    assert result.exit_code == 0 and "which was refused (" in result.stderr, result.stderr
    assert "the last version seen before it (version 1)" in result.stderr and "in force at that" not in result.stderr


def test_history_of_a_policy_with_no_version_says_why(run, tmp_path):
    from conftest import URL, at
    records = [(URL, at(0), 200, b"<html><body><h1>Privacy</h1><p>Coming soon.</p></body></html>")]
    assert run("import-warc", write_warc(tmp_path / "stub.warc.gz", records)).exit_code == 0
    result = run("history", "example.com")
    assert result.exit_code == 2 and "has no version yet" in result.output and "not_a_policy" in result.output
    for fmt in ("--csv", "--json"):  # a script is told too, not handed a header and exit 0 (trial 12)
        scripted = run("history", "example.com", fmt)
        assert scripted.exit_code == 2 and scripted.stdout == "" and "has no version yet" in scripted.output


def test_diff_between_two_dates_with_no_change_says_so(imported):
    result = imported("diff", "example.com", "--from", "2024-01-02", "--to", "2024-01-05")
    assert result.exit_code == 0
    assert result.output.startswith("no change between 2024-01-02 and 2024-01-05: version 1")


def _changed(db_path, *statements, sites=()):
    """The test archive with companies added ((key, name, homepage)) and SQL statements run, committed."""
    from archive.store import close_archive, ensure_site, open_archive
    db = open_archive(db_path)
    for site in sites:
        ensure_site(db, *site)
    for sql in statements:
        db.execute(sql)
    db.conn.commit()
    close_archive(db)


def test_a_company_whose_crawls_found_no_policy_is_named_with_why(run, db_path, tmp_path, history_records):
    """A company of the seeds whose discovery found no policy is in `sites`, with no document: looking it up
    by its host or its name says so and how to get its policy, not "no site ... did you mean"."""
    assert run("import-warc", write_warc(tmp_path / "h.warc.gz", history_records)).exit_code == 0
    _changed(db_path, "UPDATE sites SET discovery_failures = 2 WHERE key = 'acme.example'",
             sites=[("acme.example", "Acme Widgets", "https://acme.example/")])
    for name in ("acme.example", "Acme Widgets", "https://acme.example/"):
        result = run("history", name)
        assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
        assert result.output.startswith("Error: Acme Widgets (acme.example) has no policy in the archive: no page "
                                         "of its site read as a privacy policy in 2 discoveries"), result.output
        assert "--rediscover" in result.output
    # a word of its name that no other company's name has names it too, and the crawl's reason is told
    _changed(db_path, "UPDATE sites SET discovery_reason = 'homepage: Connection refused' WHERE key = 'acme.example'")
    result = run("history", "widgets")
    assert result.exit_code == 2 and "Acme Widgets (acme.example) has no policy in the archive: the last crawl " \
        "found none: homepage: Connection refused in 2 discoveries" in result.output, result.output
    # a word two companies' names share names neither: the usual "no site" answer
    _changed(db_path, sites=[("acme-tools.example", "Acme Tools", "https://acme-tools.example/")])
    assert "no site or policy URL 'acme'" in run("history", "acme").output


def test_companies_without_any_policy_yet_are_not_an_empty_archive(run, db_path):
    """Right after a crawl that found no policy at all, a lookup names the company's reason, or says that no
    company has a policy yet; "the archive is empty" is for an archive with no company."""
    _changed(db_path, "UPDATE sites SET discovery_reason = 'blocked by robots.txt (https://cog.example/privacy)'",
             sites=[("cog.example", "Cog Tools", "https://cog.example/")])
    result = run("history", "cog")
    assert result.exit_code == 2 and "Cog Tools (cog.example) has no policy in the archive: the last crawl found " \
        "none: blocked by robots.txt" in result.output, result.output
    result = run("history", "nothing.example")
    assert result.exit_code == 2 and "no policy in the archive yet, of any of its 1 company" in result.output


def test_show_json_gives_the_change_as_the_exports_do(imported):
    """`show --format json` carries the change from the version before (kind, summary, sections, words, links),
    with the same fields and values as the version's row in `export --format jsonl`."""
    exported = {r["version"]: r for r in map(json.loads, imported("export", "--format", "jsonl", "-o", "-")
                                              .stdout.splitlines())}
    for number in (1, 2):
        shown = json.loads(imported("show", "example.com", "--version", str(number), "--format", "json").stdout)
        for field in ("change_kind", "change_summary", "sections_modified", "words_added", "formatting_only"):
            assert shown[field] == exported[number][field], (number, field)
    assert shown["change_summary"] and shown["words_added"] > 0
    first = json.loads(imported("show", "example.com", "--version", "1", "--format", "json").stdout)
    assert first["change_kind"] == "first"


def test_a_site_is_found_by_its_internationalised_name(run, tmp_path, history_records):
    """A policy captured at its ASCII host is found by the name a reader writes ('münchen.de')."""
    records = [(url.replace("www.example.com", "www.xn--mnchen-3ya.de"), *rest) for url, *rest in history_records]
    assert run("import-warc", write_warc(tmp_path / "idn.warc.gz", records)).exit_code == 0
    for name in ("münchen.de", "https://www.münchen.de", "xn--mnchen-3ya.de"):
        result = run("history", name)
        assert result.exit_code == 0 and "2024-02-05T00:00:00Z" in result.output, (name, result.output)


def test_diff_html_is_written_even_when_the_printed_diff_is_cut_short(imported, db_path, tmp_path):
    """`diff --html FILE | head -1`: the reader closes the pipe after one line; the side-by-side page asked for
    is written all the same (it was written after the printed diff, which the closed pipe stopped)."""
    import subprocess
    import sys
    page = tmp_path / "d.html"
    proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "--db", str(db_path), "diff", "example.com",
                             "1", "3", "--html", str(page)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    proc.stdout.readline()
    proc.stdout.close()
    proc.wait(timeout=60)
    assert page.exists() and "<table" in page.read_text()


def _named(run, tmp_path, db_path, names: dict[str, str]) -> None:
    """Import a policy at each URL of `names` and give its company that name."""
    from archive import open_archive
    from archive.capture import host_of
    from conftest import at, policy_html
    records = [(url, at(0), 200, policy_html()) for url in names]
    assert run("import-warc", write_warc(tmp_path / "named.warc.gz", records)).exit_code == 0
    db = open_archive(db_path)
    for url, name in names.items():
        db.execute("UPDATE sites SET name = ? WHERE key = ?", [name, host_of(url)])
    db.conn.commit()


def test_a_company_is_found_by_whole_words_of_its_name(run, tmp_path, db_path):
    """`history widgets` for "Acme Widgets": whole words of a company's name name it when no other company's
    name has them; words two companies share ("acme") name neither, and the error suggests them."""
    from conftest import URL
    _named(run, tmp_path, db_path, {URL: "Acme Widgets", URL.replace("example.com", "acme-games.example"): "Acme Games"})
    for name in ("widgets", "Acme Widgets", "acme widgets"):
        result = run("show", name, "--format", "json")
        assert result.exit_code == 0 and json.loads(result.stdout)["site"] == "example.com", (name, result.output)
    assert json.loads(run("show", "games", "--format", "json").stdout)["site"] == "acme-games.example"
    ambiguous = run("show", "acme")
    assert ambiguous.exit_code == 2 and "no site or policy URL 'acme'" in ambiguous.output
    assert run("show", "widg").exit_code == 2  # a part of a word is no word


def test_a_window_compares_capture_times_as_times(run, tmp_path):
    """A colleague's review: a capture stored with microseconds (a crawl's) in a window's first second was
    compared as text and said to be "before" the window, which then had "no capture"."""
    from conftest import URL, at, policy_html
    records = [(URL, at(0), 200, policy_html()), (URL, "2024-01-08T00:00:00.500000Z", 200, policy_html()),
               (URL, at(14), 200, policy_html())]
    assert run("import-warc", write_warc(tmp_path / "us.warc.gz", records)).exit_code == 0
    day = run("diff", "example.com", "--from", "2024-01-08", "--to", "2024-01-08")
    assert "was in force throughout (1 capture in that time saw it, the last at 2024-01-08T00:00:00.500000Z)" \
        in day.stdout, day.output


def test_a_diff_asked_backwards_says_so(imported):
    """`diff SITE 3 2` shows the change undone, as asked; a user's trial read it with no word that it runs back."""
    back = imported("diff", "example.com", "3", "2")
    assert back.exit_code == 0 and "note: the later version 3 is compared with the earlier 2, so what was added " \
        "shows as removed; `diff example.com 2 3` shows what changed" in back.stderr, back.output
    assert back.stdout.splitlines()[0].endswith("v3 (2024-02-05T00:00:00Z)"), back.stdout
    assert "note:" not in imported("diff", "example.com", "2", "3").stderr
    missing = imported("diff", "example.com", "9", "2")  # a colleague's review: the note came before the error
    assert missing.exit_code == 2 and "note:" not in missing.output and "no version 9" in missing.output, missing.output


def test_no_change_across_a_404_period_says_the_page_was_refused(imported):
    """`diff --from --to` within one version: "in force throughout" only when every capture of the window saw it;
    the fixture's 404 of 2024-01-22 is named, with its date."""
    quiet = imported("diff", "example.com", "--from", "2024-01-02", "--to", "2024-01-10")
    assert quiet.exit_code == 0 and "was in force throughout (1 capture in that time saw it, the last at " \
        "2024-01-08T00:00:00Z)" in quiet.output, quiet.output
    # a window no capture fell in (a user's trial: a history captured on change has months of them) is not
    # called observed: the captures on either side are named
    unseen = imported("diff", "example.com", "--from", "2024-01-02", "--to", "2024-01-05")
    assert unseen.exit_code == 0 and "was in force throughout" not in unseen.output, unseen.output
    assert "version 1 (first seen 2024-01-01T00:00:00Z) was in force before that time, but no capture was taken in " \
        "it (the last before it on 2024-01-01T00:00:00Z, the next on 2024-01-08T00:00:00Z)" in unseen.output
    across = imported("diff", "example.com", "--from", "2024-01-16", "--to", "2024-02-01")
    assert across.exit_code == 0 and "was in force throughout" not in across.output, across.output
    assert "captures were refused in that time: http_404 from 2024-01-22" in across.output
    # a window of the 404's own day: refused captures are counted from the day's start (trial 13: they were
    # counted from its end, and the version said "in force throughout" a day of refusals)
    day = imported("diff", "example.com", "--from", "2024-01-22", "--to", "2024-01-22")
    assert "captures were refused in that time: http_404 from 2024-01-22T00:00:00Z" in day.output, day.output
    # `show --at` a time whose capture before it was refused says so (trial 13), and a time after a kept one not
    refused = imported("show", "example.com", "--at", "2024-01-25")
    assert "note: the capture before 2024-01-25T23:59:59Z (2024-01-22T00:00:00Z) was refused (http_404), as was " \
           "every capture after the last one kept (2024-01-15T00:00:00Z)" in refused.stderr
    assert "was refused" not in imported("show", "example.com", "--at", "2024-01-30").stderr
    # after the last capture nothing is known: not "in force throughout"
    later = imported("diff", "example.com", "--from", "2030-01-01", "--to", "2030-01-02")
    assert later.exit_code == 0 and "was in force throughout" not in later.stdout
    assert "the last capture (2024-02-12T00:00:00Z) is before that time, nothing later is known" in later.stdout
    assert imported("diff", "example.com", "--to", "2024-01-10").stdout.startswith(
        "no change: version 1 (first seen 2024-01-01T00:00:00Z) was the first version and was still in force")


def test_show_at_a_time_between_two_versions_captures_says_either_may_have_been_in_force(run, tmp_path,
                                                                                          history_records):
    """`show --at` a day after a version's last capture and before the next version's first showed the earlier
    version without a word, though the change may already have come (a fresh user's trial; `diff --from --to`
    said so of such a gap). Not on the day of its last capture, nor while later captures still show it."""
    from conftest import write_warc
    assert run("import-warc", write_warc(tmp_path / "h.warc.gz", history_records)).exit_code == 0
    gap = run("show", "example.com", "--at", "2024-02-01")
    assert gap.exit_code == 0 and "note: version 2 was last captured at 2024-01-29T00:00:00Z and version 3 first at " \
        "2024-02-05T00:00:00Z: the change came between the two, so at 2024-02-01T23:59:59Z either may have been " \
        "in force" in gap.stderr, gap.stderr
    assert "either may have been in force" in run("show", "example.com", "--at", "2024-01-10").stderr
    for day in ("2024-01-08", "2024-01-25", "2024-02-10", "2030-01-01"):  # its last capture's day; within v2's
        assert "either may have been" not in run("show", "example.com", "--at", day).stderr  # captures; the last


def test_show_at_a_day_before_the_date_a_version_states_says_so(run, tmp_path):
    """A version published ahead of the date it gives ("effective on March 1"): `show --at` a day between showed
    it as "the version in force" with no sign of its date (a fresh user's trial: the README pointed to `show`)."""
    from conftest import URL, at, policy_html, write_warc
    edited = policy_html({2: "We now keep your messages for two years."}, updated="March 1, 2024")
    warc = write_warc(tmp_path / "h.warc.gz", [(URL, at(0), 200, policy_html(updated="January 1, 2024")),
                                               (URL, at(10), 200, edited), (URL, at(80), 200, edited)])
    assert run("import-warc", warc).exit_code == 0
    early = run("show", "example.com", "--at", "2024-01-20")
    assert "note: version 2 states the date 2024-03-01, after 2024-01-20: it was published ahead of the date it " \
        "gives (version 1, served before it, may be the one that applied)" in early.stderr, early.stderr
    assert "states the date" not in run("show", "example.com", "--at", "2024-03-02").stderr


def test_show_at_the_day_of_a_refused_last_capture_says_it_was_refused(run, tmp_path):
    """A bare date on the day of the last capture, which was refused: no note at all (the day counts as captured,
    so "after the last capture" kept quiet, and the note of a refused capture left the last one to it), while the
    day before and a time after it both said so (a fresh user's trial)."""
    from conftest import URL, at, policy_html, write_warc
    warc = write_warc(tmp_path / "h.warc.gz", [(URL, at(0), 200, policy_html()), (URL, at(5), 200, policy_html()),
                                               (URL, at(9, 12), 404, b"<html><body><h1>Not found</h1></body></html>")])
    assert run("import-warc", warc).exit_code == 0
    day = run("show", "example.com", "--at", f"{at(9):%Y-%m-%d}")
    assert day.exit_code == 0 and f"note: the capture before {at(9):%Y-%m-%d}T23:59:59Z ({at(9, 12):%Y-%m-%dT%H:%M:%SZ}) " \
        "was refused (http_404)" in day.stderr, day.stderr
    assert "was refused" not in run("show", "example.com", "--at", f"{at(8):%Y-%m-%d}").stderr
    assert "which was refused (http_404)" in run("show", "example.com", "--at", f"{at(10):%Y-%m-%d}").stderr


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 3_000_000), min_size=1, max_size=12), st.integers(0, 3_000_000),
       st.sampled_from(["<=", "<", ">=", ">"]))
def test_time_comparisons_are_right_across_whole_seconds_and_fractions(stored_us, bound_us, op):
    """Stored times are whole seconds or carry 6 digits, and as text a whole second sorts after the fractions of
    the same second: `show --at …:00Z` took a version first seen at …:00.75 (trial 6). `store.time_cmp` compares
    as the times do."""
    import operator
    import sqlite3
    from archive.store import iso, time_cmp
    base = dt.datetime(2024, 1, 19, tzinfo=dt.timezone.utc)
    times = [base + dt.timedelta(microseconds=(us // 500_000) * 500_000 if us % 3 else us) for us in stored_us]
    when = base + dt.timedelta(microseconds=(bound_us // 1_000_000) * 1_000_000 if bound_us % 2 else bound_us)
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(iso(t, precise=True),) for t in times])
    sql, params = time_cmp("x", op, when)
    got = sorted(r[0] for r in conn.execute(f"SELECT x FROM t WHERE {sql}", params))
    compare = {"<=": operator.le, "<": operator.lt, ">=": operator.ge, ">": operator.gt}[op]
    assert got == sorted(iso(t, precise=True) for t in times if compare(t, when))


def test_show_and_history_say_when_the_address_has_been_refused_since(run, tmp_path):
    """Trial 7: a policy answering 404 since a day showed as if nothing had happened in `show` and `history`."""
    from conftest import URL, at, policy_html, write_warc
    warc = write_warc(tmp_path / "g.warc.gz", [(URL, at(0), 200, policy_html()), (URL, at(1), 404, b"Not found"),
                                              (URL, at(2), 404, b"Not found")])
    assert run("import-warc", warc).exit_code == 0
    for args in (["show", "example.com"], ["history", "example.com"]):
        result = run(*args)
        assert result.exit_code == 0
        assert f"note: {URL} has been refused since 2024-01-02T00:00:00Z (http_404; 2 captures)" in result.stderr
    assert "refused since" not in run("show", "example.com", "--version", "1").stderr  # asked for that version


def test_a_policy_url_with_tracking_parameters_and_a_cite_id_from_a_web_address_are_found(imported):
    """Trial 6: `history 'URL?utm_source=x'` found no policy (stored URLs never keep them), and a cite id pasted
    from a web address (`%23` for `#`) was 'not a version identifier'."""
    plain = imported("history", "https://www.example.com/privacy")
    assert imported("history", "https://www.example.com/privacy?utm_source=newsletter&utm_medium=x").output == plain.output
    cid = json.loads(imported("history", "example.com", "--json").output)[0]["cite_id"]
    shown = imported("show", cid.replace("#", "%23"))
    assert shown.exit_code == 0 and shown.output == imported("show", cid).output


def test_a_policy_that_moved_is_followed_across_its_addresses_by_date(run, tmp_path):
    """A company's policy at /privacy until it went 404, then at /legal/privacy-policy (as `backfill --discover`
    finds it): `show SITE --at` a date of the old address reads the old policy, `diff --from/--to` compares
    across the move, and `history SITE` names the other address (a trial found all three answering from the
    new address alone: "had no version yet", and "version 1, first seen 2022, was in force throughout")."""
    from conftest import at, policy_html
    old, new = "https://www.example.com/privacy", "https://www.example.com/legal/privacy-policy"
    records = [(old, at(0), 200, policy_html()), (old, at(10), 200, policy_html({2: "We keep logs for a year."})),
               (old, at(20), 404, b"<html><body><h1>Not found</h1></body></html>"),
               (new, at(30), 200, policy_html({2: "We keep logs for ninety days."}, title="Privacy Notice"))]
    assert run("import-warc", write_warc(tmp_path / "moved.warc.gz", records)).exit_code == 0
    for day, url, text in (("2024-01-05", old, None), ("2024-01-15", old, "for a year"),
                           ("2024-02-05", new, "ninety days")):
        result = run("show", "example.com", "--at", day, "--format", "json")
        assert result.exit_code == 0, result.output
        shown = json.loads(result.stdout)
        assert shown["url"] == url and (text is None or text in shown["markdown"]), (day, shown["url"])
    assert json.loads(run("show", "example.com", "--format", "json").stdout)["url"] == new  # the latest
    result = run("diff", "example.com", "--from", "2024-01-05", "--to", "2024-02-05")
    assert result.exit_code == 0, result.output
    assert f"the policy moved: {old} v1 is compared with {new} v1" in result.stderr
    assert f"--- {old} v1" in result.stdout and f"+++ {new} v1" in result.stdout
    assert "+We keep logs for ninety days." in result.stdout
    result = run("history", "example.com")
    assert result.exit_code == 0 and new in result.stdout
    assert f"also archived at {old} (2 versions, 2024-01-01T00:00:00Z to 2024-01-11T00:00:00Z)" in result.stderr
    # a window that starts before the first capture of one address says so, never "in force throughout"
    result = run("diff", new, "--from", "2024-01-01", "--to", "2024-02-05")
    assert "is the only version seen in that time" in result.stdout and "throughout" not in result.stdout
    # before the policy was archived anywhere: its first address, never the later one (trial 11)
    result = run("diff", "example.com", "--from", "2023-12-01", "--to", "2024-02-05", "--summary")
    assert result.stdout.startswith(f"{old} v1 (2024-01-01T00:00:00Z) → {new} v1 (2024-01-31T00:00:00Z)"), result.output
    assert f"{old} had no version yet at 2023-12-01" in run("show", "example.com", "--at", "2023-12-01").output
    # a date between the old address's 404 and the new one's first capture names where the policy went
    result = run("show", "example.com", "--at", "2024-01-25")
    assert "nothing later is known at this address" in result.stderr
    assert f"the policy was next archived at {new} from 2024-01-31T00:00:00Z" in result.stderr
    html = tmp_path / "moved.html"
    assert run("diff", "example.com", "--from", "2024-01-05", "--to", "2024-02-05", "--html", html).exit_code == 0
    page = html.read_text()
    assert f"The policy moved from {old} to {new}." in page and f"{old} v1 · 2024-01-01T00:00:00Z" in page


def test_policies_side_by_side_are_not_a_policy_that_moved(run, tmp_path):
    """A company with two policies archived side by side (a bilingual site's /de/ and /en/ pages, regional
    notices), each captured a moment after the other: naming the company gave whichever was captured last, and
    `show --at` and `diff --from/--to` crossed between them as if the policy had moved (a fresh user's trial:
    German v1 compared with English v5). The company names the one archived first, the others are named in a
    note, and a date never crosses to them."""
    from conftest import at, policy_html
    eu, us = "https://www.example.com/eu/privacy", "https://www.example.com/us/privacy"
    records = []
    for day, text in ((0, "We keep logs for a year."), (40, "We keep logs for ninety days."),
                      (80, "We keep logs for thirty days.")):
        records.append((eu, at(day), 200, policy_html({2: text})))
        records.append((us, at(day, 1), 200, policy_html({2: text + " California residents may opt out."},
                                                            title="US Privacy Notice")))
    assert run("import-warc", write_warc(tmp_path / "two.warc.gz", records)).exit_code == 0
    result = run("history", "example.com")
    assert result.exit_code == 0 and eu in result.stdout and us not in result.stdout, result.output
    assert f"example.com has another policy archived side by side with {eu}, at {us} (en, 3 versions" in result.stderr
    assert "follow the policy across its addresses" not in result.stderr
    for day in ("2024-01-05", "2024-02-15", "2024-03-30"):
        shown = json.loads(run("show", "example.com", "--at", day, "--format", "json").stdout)
        assert shown["url"] == eu, day
    result = run("diff", "example.com", "--from", "2024-01-05", "--to", "2024-03-30")
    assert result.exit_code == 0 and "moved" not in result.stderr, result.output
    assert f"--- {eu} v1" in result.stdout and f"+++ {eu} v3" in result.stdout
    # the beginning of an address names the one document under it
    assert json.loads(run("show", "example.com/us", "--format", "json").stdout)["url"] == us
    assert json.loads(run("show", "www.example.com/us/", "--format", "json").stdout)["url"] == us
    assert "did you mean" in run("show", "example.com/fr").output


def test_a_move_whose_old_address_served_a_stale_copy_for_weeks_is_still_a_move(run, tmp_path):
    """The old address kept its old text for three weeks after the new one appeared, then went 404: a move, not
    two policies side by side (a colleague's review of the side-by-side rule's first form, which named the dead
    old address); and a bilingual site whose English page went 404 names the German one still shown."""
    from conftest import at, policy_html
    old, new = "https://www.example.com/privacy", "https://www.example.com/legal/privacy"
    records = [(old, at(day), 200, policy_html()) for day in range(0, 80, 7)]
    records += [(old, at(84), 404, b"<html><body><h1>Not found</h1></body></html>")]
    records += [(new, at(day, 1), 200, policy_html({2: "We keep logs for ninety days."} if day >= 120 else None,
                                                   title="Privacy Notice")) for day in range(60, 160, 7)]
    en, de = "https://www.example.org/en/privacy", "https://www.example.org/de/privacy"
    records += [(en, at(day), 200, policy_html()) for day in (0, 30, 60)] + \
        [(en, at(90), 404, b"<html><body><h1>Not found</h1></body></html>")]
    records += [(de, at(day, 1), 200, policy_html({1: f"Wir speichern Protokolle {day} Tage lang."}))
                for day in (0, 30, 60, 90, 120)]
    assert run("import-warc", write_warc(tmp_path / "stale.warc.gz", records)).exit_code == 0
    assert json.loads(run("show", "example.com", "--format", "json").stdout)["url"] == new
    result = run("diff", "example.com", "--from", "2024-01-15", "--to", "2024-05-30", "--summary")
    assert result.exit_code == 0 and result.stdout.startswith(f"{old} v1"), result.output
    result = run("history", "example.com")
    assert f"also archived at {old}" in result.stderr and "side by side" not in result.stderr
    assert json.loads(run("show", "example.org", "--format", "json").stdout)["url"] == de


def test_two_languages_moved_in_one_crawl_stay_two_policies(run, tmp_path):
    """A redesign moves the English and the Hebrew policy to new addresses in the same crawl, the new English
    page fetched before the new Hebrew one: each language follows its own move (a second review: the lanes
    crossed, and `diff SITE` compared Hebrew with English); a one-off 503 at the end ends no policy."""
    from pathlib import Path
    from conftest import at, policy_html
    he_page = (Path(__file__).parent / "fixtures" / "extract" / "rtl-share-section-he.html").read_bytes()
    gone = b"<html><body><h1>Not found</h1></body></html>"
    old_en, old_he = "https://www.example.com/privacy", "https://www.example.com/he/privacy"
    new_en, new_he = "https://www.example.com/en/privacy", "https://www.example.com/he-il/privacy"
    records = []
    for day in range(0, 61, 10):
        records += [(old_en, at(day), 200, policy_html()), (old_he, at(day, 1), 200, he_page)]
    records += [(old_en, at(64), 404, gone), (old_he, at(64, 1), 404, gone)]
    for day in range(63, 130, 10):
        records += [(new_en, at(day), 200, policy_html({2: "We keep logs for ninety days."} if day > 100 else None)),
                    (new_he, at(day, 1), 200, he_page.replace("30 יום".encode(), "60 יום".encode())
                     if day > 100 else he_page)]
    records.append((new_en, at(135), 503, b"<html><body>Service unavailable</body></html>"))
    assert run("import-warc", write_warc(tmp_path / "moved2.warc.gz", records)).exit_code == 0
    assert json.loads(run("show", "example.com", "--format", "json").stdout)["url"] == new_en
    result = run("diff", "example.com", "--from", "2024-01-15", "--to", "2024-05-01")
    assert result.exit_code == 0 and f"the policy moved: {old_en} v1 is compared with {new_en}" in result.stderr, \
        result.output
    result = run("history", "example.com")
    assert f"also archived at {old_en}" in result.stderr
    assert f"another policy archived side by side with {new_en}, at {old_he} (he" in result.stderr, result.stderr


def test_a_change_of_dates_alone_is_said_once_in_the_html_diff(run, tmp_path):
    """The HTML diff put "1 words added, 1 removed." before a date-only change's "no other word changed" (a
    colleague's review of the summary's wording, which says the dates' words inside its own clause)."""
    from conftest import URL, at, policy_html
    records = [(URL, at(0), 200, policy_html(updated="March 1, 2024")),
               (URL, at(40), 200, policy_html(updated="April 2, 2024"))]
    assert run("import-warc", write_warc(tmp_path / "d.warc.gz", records)).exit_code == 0
    page = tmp_path / "d.html"
    assert run("diff", "example.com", "1", "2", "--html", page).exit_code == 0
    text = page.read_text()
    assert "Dates only: the declared date moved" in text and "words of dates" in text
    assert "words added</span>" not in text


def test_a_text_served_again_says_which_version_it_repeats(run, db_path, tmp_path):
    """A page serving two texts in turn (Finya's member-area and website policies, Hily's English and French)
    made a run of ordinary "edits" with no sign they were returns (trial 10): the exports' `same_text_as`,
    `history`'s "(= vN)", `diff --summary`, the feed and the webhook message name the version repeated."""
    from archive import open_archive
    from archive.notify import message
    from conftest import URL, at, policy_html
    a, b = policy_html(), policy_html(title="Member Area Privacy Policy", extra="<h2>Member area</h2><p>" +
                                       "Messages you send to other members are kept for the life of your account. " * 9
                                       + "</p>")
    records = [(URL, at(0), 200, a), (URL, at(1), 200, b), (URL, at(2), 200, a), (URL, at(3), 200, b)]
    assert run("import-warc", write_warc(tmp_path / "flip.warc.gz", records)).exit_code == 0
    out = tmp_path / "v.jsonl"
    assert run("export", "--format", "jsonl", "--all-versions", "-o", out).exit_code == 0
    assert [r["same_text_as"] for r in map(json.loads, out.read_text().splitlines())] == [None, None, 1, 2]
    history = run("history", "example.com")
    assert "(= v1) edit" in history.stdout and "(= v2) edit" in history.stdout
    assert [r["same_text_as"] for r in json.loads(run("history", "example.com", "--json").stdout)] == [None, None, 1, 2]
    assert "this is the text of version 1 again (first seen 2024-01-01T00:00:00Z)" in \
        run("diff", "example.com", "2", "3", "--summary").stdout
    assert run("diff", "example.com", "2", "3", "--html", tmp_path / "d.html").exit_code == 0
    assert "This is the text of version 1 again" in (tmp_path / "d.html").read_text()
    feed = run("feed", "-o", "-").stdout
    # first in the entry, its title and a category of its own (a user's trial: at the very end of a long summary,
    # under the category "edit" alone, a page serving two texts in turn read as a string of edits)
    assert "<title>Example: privacy policy version 4 (the text of version 2 again)</title>" in feed, feed
    assert '<summary type="text">This is the text of version 2 again (first seen 2024-01-02T00:00:00Z). Version 4' \
        in feed
    assert feed.count('<category term="return" label="Return to an earlier text" />') == 2
    db = open_archive(db_path)
    v = next(db.query("SELECT v.*, d.url, s.key AS site, s.name AS company FROM versions v JOIN documents d "
                      "ON d.id = v.document_id JOIN sites s ON s.id = d.site_id WHERE v.number = 3"))
    sent = message(db, v)
    assert sent["same_text_as"] == 1 and sent["change_summary"].endswith("This is the text of version 1 again.")


def test_a_company_is_found_by_its_name_without_its_accents(run, tmp_path, db_path):
    """A fresh user's trial: `history Wspolnota` said "no site" for the company named "Wspólnota", and `history
    hizligetir` (or "Hizligetir") missed "Hızlıgetir" (Turkish ı, which no decomposition folds): a name is
    compared folded on both sides, case, diacritics and Turkish ı/İ alike, whole words of it too."""
    _named(run, tmp_path, db_path, {"http://127.0.0.1:8103/polityka-prywatnosci": "Wspólnota",
                                    "http://127.0.0.1:8104/gizlilik-politikasi": "Hızlıgetir İstanbul"})
    for name, key in (("Wspolnota", "127.0.0.1:8103"), ("WSPÓLNOTA", "127.0.0.1:8103"), ("wspolnota", "127.0.0.1:8103"),
                      ("Hizligetir Istanbul", "127.0.0.1:8104"), ("HIZLIGETIR İSTANBUL", "127.0.0.1:8104"),
                      ("hizligetir", "127.0.0.1:8104"), ("istanbul", "127.0.0.1:8104")):
        result = run("show", name, "--format", "json")
        assert result.exit_code == 0 and json.loads(result.stdout)["site"] == key, (name, result.output)
    # a typo of the folded name is still near it
    assert "did you mean 127.0.0.1:8103" in run("history", "Wspolnot").output
    import asyncio
    from archive.view import make_datasette
    r = asyncio.run(make_datasette(db_path).client.get("/company/Wspolnota"))  # the browser view alike
    assert r.status_code == 302 and r.headers["location"] == "/company/127.0.0.1%3A8103"


def test_a_legal_name_longer_than_the_companys_suggests_it(run, tmp_path, db_path):
    """`history "Telcomex Comunicaciones"` for the site named Telcomex said only "`sites` lists them": a company's
    name, or its host's, as whole words of what was typed is suggested."""
    from archive import open_archive
    from conftest import at, policy_html
    url = "https://www.telcomex.com.mx/aviso-de-privacidad"
    assert run("import-warc", write_warc(tmp_path / "t.warc.gz", [(url, at(0), 200, policy_html()),
                                                                  (URL_OTHER, at(0), 200, policy_html())])).exit_code == 0
    db = open_archive(db_path)
    db.execute("UPDATE sites SET name = 'Telcomex' WHERE key = 'telcomex.com.mx'")
    db.conn.commit()
    for typed in ("Telcomex Comunicaciones", "Telcomex Comunicaciones, S.A. de C.V.", "Grupo Telcomex"):
        result = run("history", typed)
        assert result.exit_code == 2 and result.output.strip().endswith("did you mean telcomex.com.mx?"), result.output
    db.execute("UPDATE sites SET name = NULL WHERE key = 'telcomex.com.mx'")  # the host's name alone
    db.conn.commit()
    assert "did you mean telcomex.com.mx?" in run("history", "Telcomex Comunicaciones").output
    assert "did you mean" not in run("history", "Comunicaciones Generales").output


URL_OTHER = "https://www.other.example/privacy"


def test_a_host_without_its_port_lists_the_sites_on_it(run, tmp_path, db_path):
    """A fresh user's trial: `history 127.0.0.1` on an archive of 127.0.0.1:8101..8105 said "no site" and
    suggested three of the five. A host that names several sites says so and lists them (SEVERAL_LISTED at
    most, and how many more); one that names one site is that site."""
    from archive.lookup import SEVERAL_LISTED
    from conftest import at, policy_html
    n = SEVERAL_LISTED + 2
    urls = [f"http://127.0.0.1:{8101 + i}/privacy" for i in range(n)]
    assert run("import-warc", write_warc(tmp_path / "many.warc.gz",
                                         [(u, at(0), 200, policy_html()) for u in urls] +
                                         [("http://localhost:9000/privacy", at(0), 200, policy_html())])).exit_code == 0
    for typed in ("127.0.0.1", "http://127.0.0.1/"):
        said = run("history", typed).output.strip()
        listed = ", ".join(f"127.0.0.1:{8101 + i}" for i in range(SEVERAL_LISTED))
        assert said == f"Error: {typed!r} names {n} sites in the archive: {listed} and 2 more; give one", said
    import asyncio
    from archive.view import make_datasette
    page = asyncio.run(make_datasette(db_path).client.get("/company/127.0.0.1"))  # the browser view alike
    assert page.status_code == 404 and f"names {n} sites in the archive: 127.0.0.1:8101" in html_lib.unescape(page.text)
    result = run("show", "localhost", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["site"] == "localhost:9000"
    assert json.loads(run("show", "127.0.0.1:8102", "--format", "json").stdout)["site"] == "127.0.0.1:8102"


def test_a_host_above_several_sites_lists_them(run, tmp_path):
    """`history tinder.com` names policies.tinder.com when that is its only site; above two, it lists both."""
    from conftest import at, policy_html
    warc = write_warc(tmp_path / "subs.warc.gz", [("https://policies.acme.example/privacy", at(0), 200, policy_html()),
                                                  ("https://help.acme.example/privacy", at(0), 200, policy_html())])
    assert run("import-warc", warc).exit_code == 0
    said = run("history", "acme.example").output.strip()
    assert said == "Error: 'acme.example' names 2 sites in the archive: help.acme.example, policies.acme.example; give one"


def test_a_name_as_typed_wins_over_one_alike_and_two_alike_are_asked_apart(tmp_path):
    """A colleague's review: with "Müller" (mueller.de) and "Muller" (muller.co.uk), `Müller` named the one
    captured last. The name as typed decides; two companies that are the same name folded, neither as typed,
    are listed, not chosen between."""
    from archive import Capture, open_archive, record
    from archive.errors import ArchiveError
    from archive.lookup import resolve
    from conftest import at, policy_html
    db = open_archive(str(tmp_path / "a.db"))
    for url, site, name, day in (("https://www.mueller.de/datenschutz/", "mueller.de", "Müller", 0),
                                 ("https://www.muller.co.uk/privacy", "muller.co.uk", "Muller", 5)):
        record(db, Capture(url=url, fetched_at=at(day), status=200, body=policy_html(), site=site, site_name=name))
    assert resolve(db, "Müller").site == "mueller.de"
    assert resolve(db, "muller").site == "muller.co.uk"
    with pytest.raises(ArchiveError, match="names 2 companies: mueller.de, muller.co.uk"):
        resolve(db, "Mūller")
    # one name as typed on two sites (a brand's two countries) is the policy seen last, as before
    for url, site, day in (("https://www.zalando.de/datenschutz/", "zalando.de", 1),
                           ("https://www.zalando.fr/confidentialite/", "zalando.fr", 6)):
        record(db, Capture(url=url, fetched_at=at(day), status=200, body=policy_html(), site=site, site_name="Zalando"))
    assert resolve(db, "Zalando").site == "zalando.fr"
