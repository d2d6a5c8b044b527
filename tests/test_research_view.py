"""The browser view's research pages, end to end in a real Chromium against the real `serve`: charts (the
report's plots), search by company with stemming and OR, readable side-by-side diffs by section, a diff of
two companies refused, and a footer saying where the data came from. Screenshots go to test-artifacts/."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

from archive.view.research import fts_query
from archive.view.sidebyside import side_by_side_sections
from conftest import SECTIONS, at, policy_html, wait_for_output, write_warc
from test_view import ARTIFACTS, LAUNCH, Visit, browser, free_port  # noqa: F401  (browser: a fixture)

BIO_URL = "https://www.bio.example/privacy"
FACE_URL = "https://www.face.example/privacy"


BUILD = """
import sys
from pathlib import Path
from click.testing import CliRunner
from archive.cli import cli
from test_feed import build_archive
work = Path(sys.argv[1])
db = build_archive(work / "archive.db", work)
result = CliRunner().invoke(cli, ["--db", str(db), "import-warc", "--workers", "1", sys.argv[2]])
assert result.exit_code == 0, result.output
import sqlite3
conn = sqlite3.connect(db)
conn.execute("UPDATE sites SET name = 'Bio Health Labs' WHERE key = 'bio.example'")  # a name of several words
conn.commit()
conn.close()
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    work = tmp_path_factory.mktemp("research")
    more = write_warc(work / "more.warc.gz", [
        (BIO_URL, at(1), 200, policy_html({0: SECTIONS[0][1] + " We process biometric data only with consent."})),
        (FACE_URL, at(1), 200, policy_html({0: SECTIONS[0][1] + " We use facial recognition to verify photos."}))])
    # built in a process of its own, which has exited (its archive connections closed) when the server starts
    tests = str(Path(__file__).parent)
    subprocess.run([sys.executable, "-c", BUILD, str(work), str(more)], check=True, cwd=tests,
                   env={**os.environ, "PYTHONPATH": tests})
    db = work / "archive.db"
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", LAUNCH, "--db", str(db), "serve", "--port", str(port), "--no-open"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=work)
    try:
        wait_for_output(proc, r"Uvicorn running on", timeout=240)  # a loaded machine starts slowly
        yield {"base": f"http://127.0.0.1:{port}", "db": db}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def visit(browser, server):  # noqa: F811
    v = Visit(browser, server["base"])
    yield v
    v.context.close()


def test_charts_page_draws_the_reports_plots(visit):
    page = visit.page
    assert page.goto("/charts").status == 200
    for name in ("timeline", "changes", "length", "sections", "languages"):
        box = page.locator(f"#chart-{name} svg").bounding_box()
        assert box and box["width"] > 300 and box["height"] > 100, name
    expect(page.locator("#chart-timeline svg")).to_contain_text("Example")  # the company's name, from its page
    expect(page.locator("#chart-sections svg")).to_contain_text("Data retention")
    visit.shot("charts.png")
    assert page.goto("/charts?site=example.com").status == 200
    expect(page.locator("h1")).to_contain_text("example.com")
    assert page.goto("/charts?site=nosuch.example").status == 404
    # named as the company page and the CLI take a company: here by its policy URL (it used to be a 404)
    assert page.goto(f"/charts?site={BIO_URL}").status == 200
    expect(page.locator("h1")).to_contain_text("bio.example")


def test_the_company_page_takes_a_name_of_several_words_or_a_policy_url(visit):
    """Datasette redirects a percent-encoded path to its tilde encoding (`Bio~20Health~20Labs`), which the
    company page took as the key: a name of several words, or a policy URL, was a 404."""
    from urllib.parse import quote
    for name in ("Bio Health Labs", BIO_URL):
        assert visit.page.goto("/company/" + quote(name, safe="")).status == 200, name
        assert visit.page.url.endswith("/company/bio.example"), visit.page.url
    visit.assert_only_local_requests()


def test_search_by_company_with_stemming_and_or(visit):
    page = visit.page
    page.goto("/search")
    page.fill("#q", "biometrics")  # the text says "biometric"
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=biometrics*")
    expect(page.locator(".search-results tbody tr")).to_have_count(1)
    expect(page.locator(".search-results td").first).to_have_text("Bio Health Labs")
    expect(page.locator(".search-results mark").first).to_have_text("biometric")
    visit.shot("search-stemmed.png")
    page.goto("/search?q=biometrics+OR+photo")  # either word, each stemmed ("photos" in the text)
    expect(page.locator(".search-results tbody tr td:first-child")).to_have_text(["Bio Health Labs", "face.example"])
    page.goto("/search?q=month&company=example.com")  # one company: its newest matching version stands for it
    expect(page.locator(".search-results tbody tr")).to_have_count(1)
    expect(page.locator(".search-results tbody tr td").nth(3)).to_have_text("2")  # versions 2 and 3 mention it
    page.goto('/search?q="one month"')  # a phrase is named once, in the page's quotes (it read “"one month"”)
    expect(page.locator("#search-count")).to_have_text("1 policy mentions the phrase “one month”.")
    for odd in ('"', "NEAR(", "OR", "a* -b ^c"):  # FTS5 syntax is searched for, never an error
        assert page.goto("/search?q=" + odd).status == 200
    visit.assert_only_local_requests()


def test_diff_is_readable_by_section_and_two_companies_are_not_compared(visit, server):
    import sqlite3
    conn = sqlite3.connect(server["db"])
    ids = dict(conn.execute("SELECT v.number, v.id FROM versions v JOIN documents d ON d.id = v.document_id "
                            "WHERE d.url LIKE '%www.example.com%'").fetchall())
    other = conn.execute("SELECT v.id FROM versions v JOIN documents d ON d.id = v.document_id "
                         "WHERE d.url = ?", [BIO_URL]).fetchone()[0]
    conn.close()
    page = visit.page
    assert page.goto(f"/diff/{ids[2]}/{ids[3]}").status == 200
    expect(page.locator("tr.section.chg td.new")).to_contain_text(["Data retention"])
    expect(page.locator("table.sbs tr.chg ins").first).to_have_text("one year")
    expect(page.locator(".summary .in-words")).to_contain_text("1 section changed: 'Data retention'")
    text = page.locator("table.sbs").inner_text()
    assert "##" not in text and "**" not in text
    expect(page.locator("footer")).to_contain_text("imported from WARC files (evil.warc.gz, good.warc.gz, more.warc.gz)")
    visit.shot("diff-sections.png")
    page.goto(f"/version/{ids[2]}")  # the version page shows its citable id
    expect(page.locator(".version-id")).to_have_text(re.compile(r"^example\.com/privacy@2024-01-15T00:00:00Z#sha256:[0-9a-f]{12}$"))
    response = page.goto(f"/diff/{ids[3]}/{other}")
    assert response.status == 400
    expect(page.locator("body")).to_contain_text("only versions of the same company's policy are compared")


def test_side_by_side_by_section_on_rendered_text():
    old = ("## **1.** **Who We Are**\n\nWe are Example Ltd.\n\n## Recipients\n\n| Who | Why |\n|---|---|\n"
           "| Stripe | payments |\n\n## Contact\n\nWrite to privacy@example.com.\n\n## Cookies\n\nWe use cookies.\n")
    new = ("## **1.** **Who We Are**\n\nWe are Example Ltd, in Dublin.\n\n## Contact\n\nWrite to privacy@example.com."
           "\n\n## Recipients\n\n| Who | Why |\n|---|---|\n| Stripe | payments and fraud checks |\n\n"
           "## Advertising\n\nWe show no advertising at all to anyone.\n")
    html = str(side_by_side_sections(old, new, "v1", "v2", context=None))
    assert "##" not in html and "**" not in html and "|---|" not in html
    assert "Stripe · payments <ins>and fraud checks</ins>" in html  # a table row as cells, words marked
    assert "We are Example Ltd<ins>, in Dublin</ins>." in html
    assert "(moved, changed)" in html  # Recipients now comes after Contact
    assert '<tr class="section del"' in html and "We use cookies." in html
    assert '<tr class="section ins"' in html and "<ins>We show no advertising at all to anyone.</ins>" in html
    # unrelated paragraphs are not shown as one edited paragraph
    html = str(side_by_side_sections("## A\n\nWe sell nothing to anybody.\n", "## A\n\nCookies keep you signed in.\n",
                                     "v1", "v2"))
    assert 'class="chg"' not in html and "<del>We sell nothing to anybody.</del>" in html
    # a run of unchanged sections folds into one row (a user's trial read "§ Privacy Agreement · unchanged
    # (0 paragraphs)" three times over a page whose title repeats)
    same = "# Privacy Agreement\n\n# Privacy Agreement\n\n## Data\n\nWe keep data.\n\n## Rights\n\nAsk us.\n"
    html = str(side_by_side_sections(same + "\n## Contact\n\nWrite to us.\n", same + "\n## Contact\n\nCall us.\n",
                                     "v1", "v2"))
    assert html.count("section-same") == 1, html
    assert "§ Privacy Agreement, § Privacy Agreement, § Data, § Rights · unchanged (2 paragraphs)" in html
    assert "The two texts are the same." in str(side_by_side_sections(same, same, "v1", "v2"))


def test_fts_query_quotes_words_and_keeps_or():
    assert fts_query("biometrics OR facial") == '"biometrics" OR "facial"'
    assert fts_query('"third parties" sell') == '"third parties" "sell"'
    assert fts_query("NEAR( a* OR") == '"NEAR" "a"'
    assert fts_query("OR") is None and fts_query("  ") is None


def test_search_finds_a_word_inside_a_run_of_chinese_or_japanese(run, tmp_path, db_path):
    """FTS5 reads a run of CJK characters as one word: "個人情報" inside "個人情報保護方針" was never found. A
    search in such a script is a substring search; English searches stay stemmed."""
    from archive import open_archive
    from archive.view.research import search
    ja = ("<html lang='ja'><body><main><h1>個人情報保護方針</h1>" + "".join(
        f"<h2>第{i}条</h2><p>当社は、お客様の個人情報を適切に取り扱い、利用目的の範囲内で利用し、法令に基づく場合を除き"
        f"第三者に提供しません。個人情報の開示請求にも対応します。</p>" for i in range(1, 6)) + "</main></body></html>")
    warc = write_warc(tmp_path / "ja.warc.gz", [("https://www.sakura.example/privacy", at(1), 200, ja.encode()),
                                                (BIO_URL, at(1), 200, policy_html())])
    assert run("import-warc", "--workers", "1", warc).exit_code == 0
    db = open_archive(db_path, readonly=True)
    hits = search(db, "個人情報")
    assert [h["site"] for h in hits] == ["sakura.example"] and "<mark>個人情報</mark>" in str(hits[0]["excerpt"])
    assert search(db, "個人情報 開示請求")[0]["site"] == "sakura.example"  # every term
    assert search(db, "個人情報 存在しない語") == []
    assert [h["site"] for h in search(db, "retention")] == ["bio.example"]  # stemmed, as before


def test_search_says_when_the_address_of_a_policy_found_has_refused_every_capture_lately(run, tmp_path, db_path):
    """A search listed a policy whose address had served no policy for months (every capture refused) as "in
    force: yes", while `show` notes the refusal (a fresh user's trial). The hit says since when."""
    from archive import open_archive
    from archive.view.research import search
    gone = b"<html><body><h1>Not found</h1></body></html>"
    warc = write_warc(tmp_path / "g.warc.gz", [(BIO_URL, at(1), 200, policy_html()), (BIO_URL, at(5), 404, gone),
                                               (BIO_URL, at(9), 404, gone)])
    assert run("import-warc", warc).exit_code == 0
    hit = search(open_archive(db_path, readonly=True), "retention")[0]
    assert hit["in_force"] and hit["refused_since"] == f"{at(5):%Y-%m-%d}"
    warc = write_warc(tmp_path / "b.warc.gz", [(BIO_URL, at(12), 200, policy_html())])  # served again
    assert run("import-warc", warc).exit_code == 0
    assert search(open_archive(db_path, readonly=True), "retention")[0]["refused_since"] is None


def test_right_to_left_text_is_set_in_its_own_direction():
    """An Arabic or Hebrew policy's paragraphs read right to left in the side-by-side diff and on the version
    page: each text cell and the version's article take `dir="auto"` (a fresh user's trial: Arabic was set
    left-aligned, its line-end punctuation on the wrong side)."""
    import re
    from archive.view import sidebyside
    html = str(sidebyside.side_by_side_sections("## الخصوصية\n\nنجمع بياناتك.\n", "## الخصوصية\n\nنجمع بياناتك الشخصية.\n",
                                               "v1", "v2"))
    cells = re.findall(r'<td class="(?:old|new|chg)[^"]*"[^>]*>', html)
    assert cells and all('dir="auto"' in c for c in cells if "empty" not in c), cells
    template = (Path(sidebyside.__file__).parent / "templates" / "policy_version.html").read_text()
    assert '<article class="policy-text" dir="auto">' in template
