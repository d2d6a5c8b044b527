"""`policy-archive report`: one self-contained HTML page of charts and tables, opened in a real Chromium with
the network cut off; every chart must be drawn. Screenshots go to test-artifacts/."""
from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import sync_playwright

from archive import open_archive
from conftest import SECTIONS, at, policy_html, write_warc
from test_feed import HISTORY

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
CHARTS = ["timeline", "changes", "length", "sections", "languages"]
OLD_URL = "https://www.gdpr-era.example/privacy"
NAME = "<script>window.__pwned=1</script> & Co"


def _when(y, m, d):
    return dt.datetime(y, m, d, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """example.com's three versions (2024) and a company whose policy changed around 25 May 2018, and back in
    October, with a name that is markup; the report written by the real command."""
    from click.testing import CliRunner

    from archive.cli import cli
    work = tmp_path_factory.mktemp("report")
    db_path = work / "archive.db"
    gdpr = policy_html({3: SECTIONS[3][1] + " Under the GDPR you may also ask us to restrict processing."})
    old = write_warc(work / "old.warc.gz", [
        (OLD_URL, _when(2018, 3, 1), 200, policy_html()),
        (OLD_URL, _when(2018, 5, 20), 200, policy_html()),
        (OLD_URL, _when(2018, 5, 26), 200, gdpr),
        (OLD_URL, _when(2018, 9, 1), 200, gdpr),
        (OLD_URL, _when(2018, 10, 1), 200, policy_html()),  # the change undone: the text of version 1 again
        ("https://gone.example/privacy", _when(2024, 10, 27), 404, b"<html><body>Not found</body></html>")])
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(db_path), "import-warc", "--workers", "1",
                                 str(write_warc(work / "h.warc.gz", HISTORY)), str(old)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    db = open_archive(db_path)
    db.execute("UPDATE sites SET name = ? WHERE key = 'gdpr-era.example'", [NAME])
    db.conn.close()
    out = work / "report.html"
    result = runner.invoke(cli, ["--db", str(db_path), "report", "-o", str(out), "--base-url", "http://127.0.0.1:8001"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    kb = round(out.stat().st_size / 1e3)  # a page under a megabyte in kilobytes (it said "0.0 MB")
    assert f"report written to {out} ({kb} KB)" in result.output, result.output
    return out


def test_report_is_one_self_contained_page(report):
    html = report.read_text(encoding="utf-8")
    assert report.stat().st_size < 5_000_000
    for name in CHARTS:
        assert re.search(rf"<figure class='chart' id='chart-{name}'><svg ", html), name
    assert "<script" not in html  # no script at all: the company's markup name is text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; Co" in html
    assert not re.search(r"""(src|href)=['"](?!#|http://127\.0\.0\.1:8001/|https://www\.)""", html)  # nothing to load
    assert "GDPR applies" in html  # the change in May 2018 falls in the span
    # from the first capture to the last (an unchanged one, 2024-02-12), not to the last version's start; a
    # site with no version (a 404 of 2024-10-27) is not in the report, nor in its span
    assert "2 companies, 6 versions from 12 captures, 2018-03-01T00:00:00Z to 2024-02-12T00:00:00Z." in html
    # a version whose text is an earlier one's again says so, as `history` does (a fresh user's trial: a glitch's
    # undoing read as a change of its own)
    assert "<td>3 (= v1) (<a href='https://www.gdpr-era.example/privacy'>" in html and html.count("(= v") == 1
    # a table per company linking each version, with its change and citable id
    assert "example.com/privacy@2024-01-15T00:00:00Z#sha256:" in html
    assert "href='http://127.0.0.1:8001/diff/" in html and "1 section changed: &#39;Your rights&#39;" in html
    assert "Your Rights" in html or "Your rights" in html  # the most-changed sections chart names it


def test_report_opens_offline_in_chromium_with_every_chart_drawn(report):
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900}, offline=True)
            page = context.new_page()
            requests, dialogs = [], []
            page.on("request", lambda r: requests.append(r.url))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(report.as_uri())
            page.wait_for_load_state("load")
            assert [u for u in requests if not u.startswith("file://")] == []
            assert dialogs == [] and page.evaluate("window.__pwned") is None
            page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
            for name in CHARTS:
                figure = page.locator(f"#chart-{name} svg")
                box = figure.bounding_box()
                assert box and box["width"] > 300 and box["height"] > 100, name
                png = figure.screenshot(path=str(ARTIFACTS / f"report-{name}.png"))
                image = Image.open(io.BytesIO(png)).convert("RGB")
                raw = image.tobytes()
                pixels = list(zip(raw[0::3], raw[1::3], raw[2::3]))
                inked = [px for px in pixels if min(px) < 200]
                assert len(inked) > 0.01 * len(pixels), f"{name} looks blank"
                marks = [px for px in inked if max(px) - min(px) > 60]  # coloured marks, not only black text
                assert len(marks) > 150, f"{name} has no coloured marks"
        finally:
            browser.close()


def test_a_report_of_japanese_sections_prints_no_font_warnings(tmp_path):
    """The charts keep their text as text, drawn by the reader's browser: matplotlib's note that its own font
    lacks a Japanese glyph was printed on stderr at every run, a line per character."""
    import subprocess
    import sys
    ja = ("<html lang='ja'><body><main><h1>個人情報保護方針</h1>" + "".join(
        f"<h2>個人情報の取扱い{i}</h2><p>当社は、お客様の個人情報を適切に取り扱い、利用目的の範囲内で利用し、法令に基づく場合を"
        f"除き第三者に提供しません。</p>" for i in range(1, 6)) + "</main></body></html>")
    edited = ja.replace("第三者に提供しません", "第三者に提供することはありません")
    warc = write_warc(tmp_path / "ja.warc.gz", [("https://www.sakura.example/privacy", at(1), 200, ja.encode()),
                                                ("https://www.sakura.example/privacy", at(9), 200, edited.encode())])
    db = tmp_path / "a.db"
    cli = [sys.executable, "-m", "crawler.cli", "--db", str(db)]
    subprocess.run([*cli, "import-warc", "--workers", "1", str(warc)], check=True, capture_output=True)
    result = subprocess.run([*cli, "report", "-o", str(tmp_path / "r.html")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Glyph" not in result.stderr and "個人情報の取扱い" in (tmp_path / "r.html").read_text()


def test_a_company_without_a_policy_is_listed_with_why_not_a_refused_report(report, tmp_path):
    """`report --site A --site B` where B's crawls found no policy: the report of A, B listed at its end with
    the crawl's reason (the whole report was refused); only B: one line, exit 2."""
    import shutil

    from click.testing import CliRunner

    from archive.cli import cli
    from archive.store import close_archive, ensure_site
    db_path = tmp_path / "archive.db"
    shutil.copy(report.parent / "archive.db", db_path)
    db = open_archive(db_path)
    ensure_site(db, "cog.example", "Cog Tools", "https://cog.example/")
    db.execute("UPDATE sites SET discovery_reason = 'blocked by robots.txt (https://cog.example/privacy)' "
               "WHERE key = 'cog.example'")
    db.conn.commit()
    close_archive(db)
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["--db", str(db_path), "report", "--site", "example.com", "--site", "cog",
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<h2>Companies without a policy</h2>" in html
    assert "Cog Tools (cog.example): the last crawl found none: blocked by robots.txt" in html
    assert "1 company, 3 versions" in html
    alone = CliRunner().invoke(cli, ["--db", str(db_path), "report", "--site", "cog", "-o", str(tmp_path / "x.html")])
    assert alone.exit_code == 2 and "Cog Tools (cog.example) has no policy in the archive" in alone.output
    assert not (tmp_path / "x.html").exists()


def test_a_company_with_two_addresses_heads_each_addresss_versions(tmp_path):
    """A bilingual site's two policies (or a policy that moved) in one company's table: each address heads its
    own versions, which are numbered per address (a fresh user's trial: German v1-v5 and English v1-v5 mixed in
    one list, nothing saying which was which)."""
    from click.testing import CliRunner

    from archive.cli import cli
    de, en = "https://www.example.com/de/privacy", "https://www.example.com/en/privacy"
    records = [(url, at(day, hour), 200, policy_html({2: f"We keep logs for {n} days."}))
               for day, n in ((0, 30), (40, 60)) for hour, url in ((0, de), (1, en))]
    db_path, out = tmp_path / "a.db", tmp_path / "r.html"
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(db_path), "import-warc", str(write_warc(tmp_path / "w.warc.gz", records))]
                         ).exit_code == 0
    assert runner.invoke(cli, ["--db", str(db_path), "report", "-o", str(out)]).exit_code == 0
    html = out.read_text(encoding="utf-8")
    rows = re.findall(r"<tr class='address'><th colspan='6'>([^<]+)</th></tr>|<tr><td>(\d+) \(<a href='([^']+)'", html)
    assert [(a or f"{url} v{n}") for a, n, url in rows] == [de, f"{de} v1", f"{de} v2", en, f"{en} v1", f"{en} v2"]


def test_a_few_months_of_changes_get_a_month_a_tick():
    """Changes in one month were drawn as one wide bar over day ticks (05, 09, 13…), which read as daily data."""
    from archive.report import Data, changes_chart
    versions = [{"previous_id": None, "first_seen": "2025-01-10T00:00:00Z", "kind": None},
                {"previous_id": 1, "first_seen": "2025-03-15T09:00:00Z", "kind": "edit"},
                {"previous_id": 2, "first_seen": "2025-03-20T09:00:00Z", "kind": "date_only"}]
    svg = changes_chart(Data(versions))
    assert re.findall(r"[A-Z][a-z]{2} \d{4}", svg) == ["Mar 2025"]
