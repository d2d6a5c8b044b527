"""The browser view, end to end: the real `serve` command in a subprocess, driven by a real headless Chromium.

A visitor opens the home page, searches a term, opens a company, compares two versions; screenshots go to
test-artifacts/. A policy whose stored text holds a <script>, an <img onerror> and a javascript: link is
shown as text and never runs, on every page that shows it.
"""
from __future__ import annotations

import re
import socket
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from playwright.sync_api import expect, sync_playwright

from archive.cli import cli
from conftest import wait_for_output
from test_feed import IMG, SCRIPT, build_archive

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
# the archive's own command group, as the console script runs it
LAUNCH = """
from archive.cli import cli
cli(prog_name="policy-archive")
"""
A = "{http://www.w3.org/2005/Atom}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("view")
    db = build_archive(workdir / "archive.db", workdir)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", LAUNCH, "--db", str(db), "serve", "--port", str(port), "--no-open"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=workdir)
    try:
        wait_for_output(proc, r"Uvicorn running on", timeout=90)  # a loaded CI machine starts slowly
        yield {"base": f"http://127.0.0.1:{port}", "db": db}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def browser():
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class Visit:
    """A browser tab that records every request and dialog, so a test can say nothing left the machine."""

    def __init__(self, browser, base: str):
        self.base = base
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def shot(self, name: str) -> Path:
        path = ARTIFACTS / name
        self.page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 5000
        return path

    def assert_only_local_requests(self):
        outside = [u for u in self.requests if not u.startswith(self.base + "/")]
        assert not outside, f"the page loaded from outside: {outside}"


@pytest.fixture
def visit(browser, server):
    v = Visit(browser, server["base"])
    yield v
    v.context.close()


def test_home_page_leads_to_companies_and_recent_changes(visit):
    page = visit.page
    response = page.goto("/")
    assert response.status == 200
    expect(page.locator("h1")).to_have_text("Privacy policy archive")
    companies = page.locator(".policy-companies a")
    expect(companies).to_have_text(["evil.example.org", "Example"])  # example.com is named from its pages
    changes = page.locator(".policy-changes-list li")
    expect(changes).to_have_count(3)  # example.com v2 and v3, evil.example.org v2
    expect(changes.first).to_contain_text("Example: version 3")
    # each change's length in words said as a reader would (it was "(-1 words)": trial 9)
    assert all(re.search(r"\((\d+ words? (longer|shorter)|as long as before)\)", t) for t in changes.all_inner_texts())
    # and its kind, so that a date moved or a layout changed does not read as an edit (a fresh user's trial)
    kinds = page.locator(".policy-changes-list .change-kind").all_inner_texts()
    assert len(kinds) == 3 and set(kinds) <= {"edit", "date only", "formatting", "replaced"}, kinds
    assert page.locator("link[rel=alternate][type='application/atom+xml']").get_attribute("href") == "/feed.atom"
    expect(page.locator("footer")).to_contain_text("Licence")
    visit.shot("home.png")
    visit.assert_only_local_requests()


def test_search_a_term_from_the_home_page(visit):
    page = visit.page
    page.goto("/")
    page.fill("#term", "month")
    page.press("#term", "Enter")
    page.wait_for_url("**/archive/policies_mentioning?term=month")
    rows = page.locator("table.rows-and-columns tbody tr")
    expect(rows).to_have_count(2)  # versions 2 and 3 of example.com added "within one month"
    expect(page.locator("td.col-company")).to_have_text(["example.com", "example.com"])
    expect(page.locator("td.col-excerpt mark").first).to_have_text("month")
    visit.shot("search.png")
    api = "/archive/policies_mentioning.json?_shape=array&term="
    assert len(page.request.get(api + '"one month"').json()) == 2  # a phrase
    for odd in ('"', "NEAR(", "zebra-crossing *"):  # FTS syntax in a term is searched for, not run
        response = page.request.get(api + odd)
        assert response.status == 200, odd
        assert response.json() == [], odd
    assert len(page.request.get(api + "sell AND").json()) == 5  # operators are words: every version says both
    page.locator("td.col-version_id a").first.click()
    page.wait_for_url("**/version/*")
    expect(page.locator(".policy-text")).to_contain_text("within one month")
    visit.assert_only_local_requests()


def test_open_a_company_then_a_diff(visit):
    page = visit.page
    page.goto("/")
    page.locator(".policy-companies").get_by_role("link", name="Example", exact=True).click()
    page.wait_for_url("**/company/example.com")
    expect(page.locator("h1")).to_have_text("Example")
    expect(page.locator("svg.timeline a.tl-version")).to_have_count(3)
    expect(page.locator("table.versions tbody tr")).to_have_count(3)
    visit.shot("company.png")
    page.locator("a.compare", has_text="compare with v2").click()
    page.wait_for_url("**/diff/*/*")
    expect(page.locator("h1")).to_contain_text("what changed from version 2 to 3")
    expect(page.locator(".summary")).to_contain_text("words added")
    said = page.locator(".summary").inner_text()  # one count of words, the one `diff --summary` prints
    headline = re.search(r"(\d+) words added, (\d+) removed", said).groups()
    assert re.search(rf"\+{headline[0]} / −{headline[1]} words", said), said
    expect(page.locator("table.sbs tr.chg ins").first).to_have_text("one year")
    expect(page.locator("table.sbs tr.chg del").first).to_have_text("two years")
    visit.shot("diff.png")
    visit.assert_only_local_requests()


def test_compare_any_two_versions_from_the_company_page(visit):
    page = visit.page
    page.goto("/company/example.com")
    page.select_option("select[name=old]", label=page.locator("select[name=old] option").first.inner_text())
    page.click(".policy-compare button")
    page.wait_for_url("**/diff/*/*")
    expect(page.locator("h1")).to_contain_text("from version 1 to 3")


def _assert_inert(visit, where: str):
    page = visit.page
    assert page.evaluate("typeof window.__pwned") == "undefined", f"stored script ran on {where}"
    assert not visit.dialogs
    assert page.evaluate("[...document.scripts].filter(s => s.textContent.includes('__pwned')).length") == 0
    assert page.locator("[onerror], img[src=x]").count() == 0  # the stored <img> stayed text, not an element
    assert page.locator("a[href^='javascript:']").count() == 0


def test_stored_script_never_runs(visit, server):
    page = visit.page
    page.goto("/company/evil.example.org")
    page.locator("table.versions a", has_text="version 2").click()
    page.wait_for_url("**/version/*")
    text = page.locator(".policy-text").inner_text()
    assert SCRIPT in text and IMG in text  # shown to the reader as the text it is
    _assert_inert(visit, "the version page")
    visit.shot("version-escaped.png")

    page.locator("a.compare", has_text="what changed from version 1").click()
    page.wait_for_url("**/diff/*/*")
    expect(page.locator("table.sbs td.new")).to_contain_text([SCRIPT])
    _assert_inert(visit, "the diff page")
    visit.shot("diff-escaped.png")

    version_id = page.url.rsplit("/", 1)[1]
    page.goto(f"/archive/versions/{version_id}")  # Datasette's own row page, Markdown rendered by render_cell
    expect(page.locator("td.col-markdown .policy-md")).to_contain_text(SCRIPT)
    _assert_inert(visit, "the Datasette row page")
    page.goto("/archive/policies_mentioning?term=pwned")
    expect(page.locator("td.col-excerpt").first).to_contain_text("<script>")
    _assert_inert(visit, "the search results")
    page.goto("/archive/versions")
    _assert_inert(visit, "the versions table")
    visit.assert_only_local_requests()


def test_atom_feed_is_linked_and_served(visit, server):
    page = visit.page
    page.goto("/company/evil.example.org")
    href = page.locator("link[rel=alternate][type='application/atom+xml']").get_attribute("href")
    assert href == "/feed.atom?site=evil.example.org"
    response = page.request.get(href)
    assert response.status == 200 and response.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(response.body())
    entries = root.findall(A + "entry")
    assert [e.find(A + "title").text for e in entries] == ["evil.example.org: privacy policy version 2",
                                                           "evil.example.org: privacy policy version 1"]
    diff_link = entries[0].find(A + "link").get("href")
    assert diff_link.startswith(server["base"] + "/diff/")
    assert root.find(f"{A}link[@rel='self']").get("href") == server["base"] + href
    assert page.goto(diff_link).status == 200
    expect(page.locator("h1")).to_contain_text("evil.example.org")
    assert SCRIPT in entries[0].find(A + "summary").text


def test_unknown_pages_are_404_not_crashes(visit):
    for path in ("/company/nosuch.example", "/version/999999", "/diff/1/999999", "/version/99999999999999999999999",
                 "/diff/1/99999999999999999999999", "/diff?old=99999999999999999999999&new=1", "/archive/nosuchtable"):
        response = visit.page.goto(path)
        assert response.status == 404, path
    expect(visit.page.locator("body")).to_contain_text("not found", ignore_case=True)


def test_a_company_page_takes_a_policy_url_pasted_whole(server):
    """`/company/NAME` takes what the CLI takes, a policy URL too: pasted with its slashes it was a 404 (trial 9)."""
    import httpx
    for path in ("/company/https://www.example.com/privacy", "/company/https%3A%2F%2Fwww.example.com%2Fprivacy"):
        r = httpx.get(server["base"] + path, follow_redirects=True, timeout=30)
        assert r.status_code == 200 and str(r.url).endswith("/company/example.com"), (path, r.status_code, r.url)
    assert httpx.get(server["base"] + "/company/https://nosuch.example/privacy", timeout=30).status_code == 404
    # a typo gets the CLI's hint (trial 12: "No company 'tindr'" said nothing more)
    typo = httpx.get(server["base"] + "/company/exampel.com", timeout=30)
    assert typo.status_code == 404 and "did you mean example.com?" in typo.text


def test_a_version_path_that_is_no_id_and_two_companies_versions_say_what_is_wrong(server):
    """/version/abc was Datasette's "Database not found"; /diff of two companies' versions named their row ids as
    version numbers ("version 50 is doubao.com's" of a policy with 39): a fresh user's trial."""
    import httpx
    for path in ("/version/abc", "/diff/abc/1"):
        r = httpx.get(server["base"] + path, timeout=30)
        assert r.status_code == 404 and "No version &#39;abc&#39;: a version&#39;s page is /version/ID" in r.text, \
            (path, r.text[-500:])
    db = sqlite3.connect(server["db"])
    a, b = db.execute("SELECT min(v.id), max(v.id) FROM versions v JOIN documents d ON d.id = v.document_id "
                      "GROUP BY d.site_id ORDER BY 1 LIMIT 2").fetchall()
    numbers = dict(db.execute("SELECT id, number FROM versions").fetchall())
    r = httpx.get(f"{server['base']}/diff/{a[0]}/{b[1]}", timeout=30)
    assert r.status_code == 400 and f"Version id {a[0]} (v{numbers[a[0]]}) is " in r.text, r.text[-500:]


def test_a_version_page_takes_its_citable_id(server):
    """A fresh user's trial: the citable id `show --cite` gives, pasted into /version/, was a 404 that showed
    Datasette's escaping of it (`~2E`, `~2F`). It leads to the version's page, which calls it "Citable id"; an id
    of no version says what the archive holds, in the words the user typed."""
    import urllib.parse

    import httpx
    from archive.cite import version_id
    db = sqlite3.connect(server["db"])
    vid, site, url, first_seen, digest = db.execute(
        "SELECT v.id, s.key, d.url, v.first_seen, v.content_hash FROM versions v JOIN documents d ON "
        "d.id = v.document_id JOIN sites s ON s.id = d.site_id ORDER BY v.id DESC LIMIT 1").fetchone()
    cite = version_id(site, url, first_seen, digest)
    r = httpx.get(server["base"] + "/version/" + urllib.parse.quote(cite, safe=""), follow_redirects=True, timeout=30)
    assert r.status_code == 200 and str(r.url).endswith(f"/version/{vid}"), (r.status_code, r.url)
    assert "Citable id" in r.text and cite in r.text
    wrong = cite.replace(first_seen[:4], "1999", 1)
    r = httpx.get(server["base"] + "/version/" + urllib.parse.quote(wrong, safe=""), follow_redirects=True, timeout=30)
    assert r.status_code == 404 and f"No version &#39;{wrong}&#39; in the archive; no version of {url} was first " \
        "seen that day" in r.text, r.text[-800:]
    assert "~2F" not in r.text and "~2E" not in r.text


def test_serve_refuses_user_mistakes_in_one_line(tmp_path, server):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "serve", "--no-open"])
    assert result.exit_code == 2 and result.output.count("\n") == 1 and "no archive" in result.output
    port = int(server["base"].rsplit(":", 1)[1])  # taken by the running server
    result = CliRunner().invoke(cli, ["--db", str(server["db"]), "serve", "--port", str(port), "--no-open"])
    assert result.exit_code == 2 and f"port {port} is in use" in result.output
    assert "Example:" in CliRunner().invoke(cli, ["serve", "--help"]).output


def test_a_change_of_dates_alone_is_said_once_on_its_diff_page(tmp_path):
    """The diff page put "1 words added, 1 removed." before a date-only change's "no other word changed" (the
    summary says the dates' words inside its own clause, as `diff --html` does)."""
    import httpx
    from conftest import URL, at, policy_html, write_warc
    db = tmp_path / "dates.db"
    warc = write_warc(tmp_path / "d.warc.gz", [(URL, at(0), 200, policy_html(updated="March 1, 2024")),
                                                (URL, at(40), 200, policy_html(updated="April 2, 2024"))])
    assert CliRunner().invoke(cli, ["--db", str(db), "import-warc", str(warc)]).exit_code == 0
    ids = [r[0] for r in sqlite3.connect(db).execute("SELECT id FROM versions ORDER BY number")]
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", LAUNCH, "--db", str(db), "serve", "--port", str(port), "--no-open"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    try:
        wait_for_output(proc, r"Uvicorn running on", timeout=90)
        page = httpx.get(f"http://127.0.0.1:{port}/diff/{ids[0]}/{ids[1]}", timeout=30).text
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert "Dates only: the declared date moved" in page and "words of dates" in page
    assert "words added</span>" not in page


def test_side_by_side_escapes_and_marks_words():
    from archive.view.sidebyside import side_by_side
    html = str(side_by_side(["Intro", "Tom & Jerry <script>a()</script> keep data for two years."],
                            ["Intro", "Tom & Jerry <script>a()</script> keep data for one year."], "<v1>", "v2"))
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; Jerry" in html and "&lt;v1&gt;" in html
    assert "<del>two years</del>" in html and "<ins>one year</ins>" in html


def test_side_by_side_of_a_rewritten_policy_is_quick():
    """difflib.HtmlDiff takes minutes on this (it compares every changed line with every other); a block this
    big is shown line by line, whole, without word-level matching (no timing asserted: benchmarks do that)."""
    import random
    from archive.view.sidebyside import side_by_side
    rng = random.Random(7)
    vocabulary = ["".join(rng.choice("abcdefghij") for _ in range(rng.randint(2, 9))) for _ in range(3000)]
    doc = lambda: [" ".join(rng.choice(vocabulary) for _ in range(60)) for _ in range(250)]  # noqa: E731
    html = side_by_side(doc(), doc(), "v1", "v2", context=None)
    assert html.count('<tr class="chg">') == 250


def test_a_versions_tables_are_tables_with_their_cells_line_breaks():
    """The version page showed a GFM table as a paragraph of pipes and its cells' `<br>` as text (commonmark has
    no table rule); a table the page wrote without a header row is a table too. Raw HTML stays text."""
    from archive.view.plugin import render_markdown
    html = str(render_markdown("| Purpose | Data |\n|---|---|\n| Contract | Identity data<br>Payment data |\n\n"
                               "Headless:\n\n| a | <script>x()</script> |\n| b | c |"))
    assert html.count("<table>") == 2 and "<td>Identity data<br>Payment data</td>" in html
    assert "<td>&lt;script&gt;x()&lt;/script&gt;</td>" in html and "<script>" not in html
