"""Pages that need a browser: plain HTML first, Debian's Chromium (scrapy-playwright) only when the HTML
needs it, both captures kept.

Real Chromium (/usr/bin/chromium), real HTTP servers on 127.0.0.1 (the fixture web, reached through its
proxy as the crawler reaches it), real SQLite. Crawls run in a child process (Scrapy's reactor starts once
per process); their stats are read from the crawl's own log.
"""
from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from archive import open_archive
from archive.store import get_raw
from crawler import browser
from crawler.demo import crawl_subprocess
from crawler.demo.web import FixtureWeb, Page, Site, js_home_html, js_policy_html, make_site, policy_html

FAST = ("-s", "AUTOTHROTTLE_START_DELAY=0.1", "-s", "DOWNLOAD_DELAY=0")
WIDE = {"COLUMNS": "250"}


# --- the decision: pure functions over HTML -------------------------------------------------------------
def test_a_policy_whose_text_is_a_json_blob_rendered_by_script_is_a_javascript_shell():
    page = js_policy_html("en", "Acme").encode()
    assert b"Information we collect" in page or b"collect" in page  # the text is there, but only as data
    assert browser.needs_browser(page, "text/html; charset=utf-8") == "js_shell"


def test_an_empty_body_with_scripts_and_a_challenge_page_need_a_browser():
    assert browser.needs_browser(b"<html><head><script src='/app.js'></script></head><body></body></html>",
                                 "text/html") == "empty_body"
    challenge = (b"<html><head><title>Just a moment...</title></head><body><p>Checking your browser before "
                 b"accessing the site.</p><script>window._cf_chl_opt={}</script></body></html>")
    assert browser.needs_browser(challenge, "text/html") == "challenge"


def test_a_shell_behind_consent_dialogs_is_recognised_as_the_extractor_would():
    # several hundred words, all of them cookie and consent furniture, around an app that never ran
    said = ("We and our partners use cookies and similar technologies to store and access information on your "
            "device and to measure the audience. ")
    page = ("<html><body><div class='cookie-banner'><p>" + said * 5 + "</p><button>Accept</button></div>"
            "<div aria-modal='true' class='preferences'><p>" + said * 5 + "</p></div>"
            "<div class='newsletter-popup'><p>" + said * 4 + "</p></div>"
            "<noscript>You need to enable JavaScript to run this app.</noscript><div id='root'></div>"
            "<script src='/static/js/main.js'></script></body></html>").encode()
    assert browser.needs_browser(page, "text/html") == "challenge"
    from archive.extract import ExtractionRejected, try_extract
    rejected = try_extract(page, "text/html", "https://www.acme.example/privacy")
    assert isinstance(rejected, ExtractionRejected) and rejected.reason == "challenge"  # the same verdict


def test_a_plain_page_is_not_sent_to_the_browser_even_with_scripts():
    plain = policy_html("en", "Acme").encode()
    assert browser.needs_browser(plain, "text/html") is None
    with_analytics = plain.replace(b"</body>", b"<script src='/analytics.js'></script><script>track()</script></body>")
    assert browser.needs_browser(with_analytics, "text/html") is None
    # a page of chrome only (header, nav, footer) around an empty mount point is a shell
    shell = (b"<html><body><header><nav>" + b"<a href='/x'>Products and solutions for teams</a> " * 6 +
             b"</nav></header><div id='root'></div><footer>Copyright 2024 Example Incorporated, all rights "
             b"reserved worldwide</footer><script src='/bundle.js'></script></body></html>")
    assert browser.needs_browser(shell, "text/html") == "js_shell"
    assert browser.needs_browser(b"%PDF-1.4 <script>", "application/pdf") is None
    assert browser.needs_browser(b"<p>short</p><script>x()</script>", "text/plain") is None


def test_homepage_links_written_by_script_are_recognised():
    home = js_home_html("Acme", "en", [("Privacy Policy", "/privacy"), ("Terms", "/terms")]).encode()
    assert browser.links_script_built(home)
    plain_home, _ = make_site(0, "footer-en")
    assert not browser.links_script_built(plain_home.pages["/"].body)
    few_links = b"<html><body><h1>Welcome</h1><p>Hello</p><script src='/app.js'></script></body></html>"
    assert browser.links_script_built(few_links)
    no_script = b"<html><body><h1>Welcome</h1><p>Hello</p></body></html>"
    assert not browser.links_script_built(no_script)


def test_the_browsers_own_requests_follow_the_crawlers_rules():
    page = "http://www.acme.example/privacy"
    ok = browser.subrequest_refusal
    assert ok("http://www.acme.example/app.js", "script", page, addresses=["93.184.215.14"]) is None
    assert ok("http://cdn.acme.example/app.js", "xhr", page, addresses=["93.184.215.14"]) is None  # same site
    assert ok("http://tracker.example.net/t.js", "script", page) == "third-party"
    assert ok("http://www.acme.example/logo.png", "image", page) == "type"
    assert ok("ftp://www.acme.example/x", "script", page) == "scheme"
    assert ok("data:text/javascript,1", "script", page) is None
    assert ok("http://www.acme.example/private/x.js", "script", page, robots_allowed=False) == "robots"
    assert ok("http://intranet.acme.example/api", "fetch", page, addresses=["10.0.0.5"]) == "private"
    assert ok("http://127.0.0.1:8080/api", "fetch", "http://127.0.0.1/p") == "private"
    assert ok("http://169.254.169.254/latest", "xhr", "http://169.254.169.254/") == "private"
    assert ok("http://localhost/api", "fetch", "http://localhost/") == "private"
    assert ok("http://127.0.0.1:8080/api", "fetch", "http://127.0.0.1/p", allow_private=True) is None


def test_the_handler_is_installed_only_when_a_page_may_be_rendered():
    from scrapy.settings import Settings

    from crawler.seeds import parse_seeds

    def handlers(mode, lines):
        settings = Settings()
        settings.setmodule("crawler.settings", priority="project")
        settings.set("BROWSER", mode)
        browser.configure(settings, parse_seeds(lines))
        return settings.getdict("DOWNLOAD_HANDLERS"), settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS")

    assert handlers("never", ["https://a.example"])[0] == {}
    installed, options = handlers("never", ["https://a.example  A  browser=always"])
    assert installed == {"http": browser.HANDLER, "https": browser.HANDLER}
    assert options["executable_path"] == "/usr/bin/chromium" and options["headless"] is True
    assert "--disable-background-networking" in options["args"] and "--disable-dev-shm-usage" in options["args"]
    assert handlers("auto", ["https://a.example"])[0]["https"] == browser.HANDLER


# --- crawls of a local web ----------------------------------------------------------------------------
def _site(host: str, name: str, home: str, pages: dict, robots: str | None = None) -> Site:
    site = Site(host=host, name=name, kind="browser-test")
    site.pages["/"] = Page(home.encode())
    for path, body in pages.items():
        site.pages[path] = body if isinstance(body, Page) else Page(body.encode() if isinstance(body, str) else body)
    if robots is not None:
        site.robots = robots
    return site


def _footer_home(co: str, path: str = "/privacy") -> str:
    from crawler.demo.web import home_html
    return home_html(co, "en", [("Terms", "/terms"), ("Privacy Policy", path)])


SUBRESOURCES = ('<script src="/static/app.js"></script><script src="/private/secret.js"></script>'
                '<script src="http://cdn.tracker.test/t.js"></script><img src="/static/logo.png">')


def browser_web() -> FixtureWeb:
    jsblob = js_policy_html("en", "Blob Co").replace("<main", SUBRESOURCES + "<main", 1)
    sites = [
        _site("www.jsblob.test", "Blob Co", _footer_home("Blob Co"),
              {"/privacy": jsblob, "/static/app.js": Page(b"window.appLoaded = 1;", "application/javascript"),
               "/private/secret.js": Page(b"window.secret = 1;", "application/javascript"),
               "/static/logo.png": Page(b"\x89PNG", "image/png")},
              robots="User-agent: *\nDisallow: /private/\n"),
        _site("www.jsfooter.test", "Footer Co",
              js_home_html("Footer Co", "en", [("Terms", "/terms"), ("Privacy Policy", "/privacy-policy")]),
              {"/privacy-policy": policy_html("en", "Footer Co")}),
        _site("www.delayed.test", "Delayed Co", _footer_home("Delayed Co"),
              {"/privacy": js_policy_html("en", "Delayed Co", delay_ms=1500)}),
        _site("www.neversettles.test", "Restless Co", _footer_home("Restless Co"),
              {"/privacy": js_policy_html("en", "Restless Co", never_settles=True)}),
        _site("www.plain.test", "Plain Co", _footer_home("Plain Co"),
              {"/privacy": policy_html("en", "Plain Co").replace("</body>", "<script>var t = 1;</script></body>")}),
        _site("www.optout.test", "Optout Co", _footer_home("Optout Co"),
              {"/privacy": js_policy_html("en", "Optout Co")}),
        _site("www.forced.test", "Forced Co", _footer_home("Forced Co"), {"/privacy": policy_html("en", "Forced Co")}),
    ]
    tracker = Site(host="cdn.tracker.test", name="tracker", kind="third-party")
    tracker.pages["/t.js"] = Page(b"window.tracked = 1;", "application/javascript")
    web = FixtureWeb(sites)
    web.add(tracker, company=False)
    return web


def seeds_file(web: FixtureWeb, path: Path) -> Path:
    lines = []
    for s in web.sites.values():
        line = f"{s.homepage}  {s.name}"
        if s.host == "www.neversettles.test":
            line += f"  {s.homepage}privacy"  # pinned: a failed check is a capture
        if s.host == "www.optout.test":
            line += "  browser=never"
        if s.host == "www.forced.test":
            line += "  browser=always"
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def stat(log: str, name: str) -> int:
    m = re.search(rf"'{re.escape(name)}': (\d+)", log)
    return int(m.group(1)) if m else 0


@dataclass
class Crawl:
    web: FixtureWeb
    db: Path
    first: subprocess.CompletedProcess
    second: subprocess.CompletedProcess
    split: int


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    web = browser_web().start()
    try:
        seeds = seeds_file(web, tmp / "seeds.txt")
        db = tmp / "archive.db"
        settings = ("-s", "BROWSER_SETTLE_TIMEOUT=3", "-s", "BROWSER_RESTART_EVERY=3", "--log-level", "INFO",
                    "--no-progress")
        first = crawl_subprocess(str(db), str(seeds), web, *FAST, *settings, capture=True, env=WIDE, timeout=240)
        assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-5000:]
        split = len(web.log)
        second = crawl_subprocess(str(db), str(seeds), web, *FAST, *settings, capture=True, env=WIDE, timeout=240)
        assert second.returncode == 0, second.stdout[-3000:] + second.stderr[-5000:]
        yield Crawl(web, db, first, second, split)
    finally:
        web.stop()


def captures(db, host: str) -> list[dict]:
    return list(db.query("SELECT * FROM captures WHERE url LIKE ? ORDER BY fetched_at, id", [f"%{host}%"]))


def hits(web: FixtureWeb, host: str, path: str, upto: int | None = None) -> int:
    return sum(1 for r in web.log[:upto] if r["host"] == host and r["path"] == path)


def test_a_json_blob_policy_is_rendered_and_both_captures_are_kept(crawl):
    db = open_archive(crawl.db, readonly=True)
    first = [c for c in captures(db, "jsblob.test") if c["fetched_at"] <= captures(db, "jsblob.test")[1]["fetched_at"]]
    html, rendered = first[0], first[1]
    assert (html["fetcher"], html["escalation"], html["outcome"], html["reason"]) == ("html", "js_shell", "rejected", "escalated")
    assert get_raw(db, html["raw_sha256"]) == crawl.web.sites["www.jsblob.test"].pages["/privacy"].body  # byte-exact
    assert (rendered["fetcher"], rendered["escalation"], rendered["outcome"]) == ("browser", "js_shell", "new_version")
    assert rendered["original_sha256"] == html["raw_sha256"]
    version = db.execute("SELECT text FROM versions WHERE id = ?", [rendered["version_id"]]).fetchone()[0]
    assert "Blob Co" in version and len(version.split()) > 200
    assert b"<article>" in get_raw(db, rendered["raw_sha256"])  # the rendered DOM, not the shell


def test_status_counts_an_escalated_plain_capture_as_sent_to_the_browser_not_as_refused(crawl):
    """The plain response a crawl rendered is kept (outcome rejected, reason escalated, so it is never a
    version), but nothing was refused: `status` says where it went, as the crawl's own counts do."""
    db = open_archive(crawl.db, readonly=True)
    sent = db.execute("SELECT count(*) FROM captures WHERE reason = 'escalated'").fetchone()[0]
    assert sent >= 1
    out = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(crawl.db), "status"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert f"sent to the browser (escalated; each rendering is a capture above): {sent}" in out.stdout
    assert "rejected (escalated)" not in out.stdout


def test_the_browsers_requests_obey_robots_and_stay_on_the_site(crawl):
    web = crawl.web
    assert hits(web, "www.jsblob.test", "/static/app.js", crawl.split) == 1  # what the page needs, on its site
    assert hits(web, "www.jsblob.test", "/private/secret.js") == 0  # robots.txt: Disallow: /private/
    assert hits(web, "cdn.tracker.test", "/t.js") == 0  # third party
    assert hits(web, "www.jsblob.test", "/static/logo.png") == 0  # an image: text does not need it
    log = crawl.first.stderr
    assert stat(log, "browser/aborted/robots") >= 1 and stat(log, "browser/aborted/third-party") >= 1
    assert stat(log, "browser/aborted/type") >= 1


def test_a_homepage_whose_footer_links_are_written_by_script_is_rendered_for_discovery(crawl):
    db = open_archive(crawl.db, readonly=True)
    doc = db.execute("SELECT url, found_by FROM documents WHERE url LIKE '%jsfooter.test%'").fetchone()
    assert doc == ("http://www.jsfooter.test/privacy-policy", "footer-link")
    assert hits(crawl.web, "www.jsfooter.test", "/", crawl.split) == 2  # plain, then the browser
    policy = captures(db, "jsfooter.test")[0]
    assert (policy["fetcher"], policy["escalation"], policy["outcome"]) == ("html", None, "new_version")
    assert stat(crawl.first.stderr, "browser/escalated/script_links") == 1


def test_a_page_ready_only_after_a_delay_is_waited_for(crawl):
    db = open_archive(crawl.db, readonly=True)
    rendered = [c for c in captures(db, "delayed.test") if c["fetcher"] == "browser"]
    assert rendered and rendered[0]["outcome"] == "new_version"
    text = db.execute("SELECT text FROM versions WHERE id = ?", [rendered[0]["version_id"]]).fetchone()[0]
    assert "Delayed Co" in text


def test_a_page_that_never_settles_is_a_rejected_capture_and_the_crawl_goes_on(crawl):
    db = open_archive(crawl.db, readonly=True)
    caps = captures(db, "neversettles.test")
    failed = [c for c in caps if c["fetcher"] == "browser"]
    assert failed and all(c["status"] == 0 and c["outcome"] == "rejected" for c in failed)
    assert "did not settle within 3 s" in failed[0]["reason"]
    assert any(c["fetcher"] == "html" and c["escalation"] == "js_shell" for c in caps)  # the plain answer is kept
    assert db.execute("SELECT count(*) FROM versions v JOIN documents d ON d.id = v.document_id "
                      "WHERE d.url LIKE '%neversettles%'").fetchone()[0] == 0
    sites_with_versions = db.execute("SELECT count(DISTINCT d.site_id) FROM versions v "
                                     "JOIN documents d ON d.id = v.document_id").fetchone()[0]
    assert sites_with_versions == 5  # every other company but optout.test (browser=never: its shell stays rejected)


def test_a_plain_page_is_never_sent_to_the_browser(crawl):
    db = open_archive(crawl.db, readonly=True)
    caps = captures(db, "plain.test")
    assert [(c["fetcher"], c["escalation"]) for c in caps] == [("html", None)] * len(caps)
    assert hits(crawl.web, "www.plain.test", "/", crawl.split) == 1
    assert hits(crawl.web, "www.plain.test", "/privacy", crawl.split) == 1


def test_per_seed_override_never_and_always(crawl):
    db = open_archive(crawl.db, readonly=True)
    assert captures(db, "optout.test") == []  # browser=never: its shell is not a policy, and not rendered
    assert hits(crawl.web, "www.optout.test", "/privacy", crawl.split) == 1
    assert "optout.test" in crawl.first.stdout and "not a policy (too-short)" in crawl.first.stdout
    forced = [c for c in captures(db, "forced.test") if c["fetcher"] == "browser"]
    assert forced and forced[0]["escalation"] == "always" and forced[0]["outcome"] == "new_version"


def test_every_page_and_context_is_closed_and_the_browser_restarts(crawl):
    log = crawl.first.stderr
    pages = stat(log, "playwright/page_count")
    assert pages >= 6
    assert stat(log, "playwright/page_count/closed") == pages
    assert stat(log, "browser/contexts_closed") == stat(log, "playwright/context_count")
    assert stat(log, "playwright/page_count/max_concurrent") <= 2  # BROWSER_MAX_PAGES
    assert stat(log, "browser/restarts") >= 1  # BROWSER_RESTART_EVERY=3


def test_a_recrawl_of_a_rendered_policy_asks_the_server_conditionally(crawl):
    db = open_archive(crawl.db, readonly=True)
    last = captures(db, "jsblob.test")[-1]
    assert (last["status"], last["fetcher"], last["outcome"]) == (304, "html", "unchanged")
    assert hits(crawl.web, "www.jsblob.test", "/static/app.js") == 1  # not rendered again


def test_browser_never_renders_nothing(tmp_path):
    web = FixtureWeb([_site("www.jsonly.test", "JS Co", _footer_home("JS Co"),
                            {"/privacy": js_policy_html("en", "JS Co")})]).start()
    try:
        seeds = tmp_path / "seeds.txt"
        seeds.write_text("http://www.jsonly.test/  JS Co  http://www.jsonly.test/privacy\n")  # pinned: captured
        result = crawl_subprocess(str(tmp_path / "a.db"), str(seeds), web, *FAST, "--browser", "never",
                                  "--no-progress", "--log-level", "INFO", capture=True, env=WIDE)
        assert result.returncode == 0, result.stderr[-3000:]
    finally:
        web.stop()
    db = open_archive(tmp_path / "a.db", readonly=True)
    assert [(c["fetcher"], c["outcome"], c["reason"]) for c in captures(db, "jsonly.test")] == \
        [("html", "rejected", "challenge")]
    assert "scrapy-playwright" not in result.stderr  # the handler was not even loaded


def test_a_crawl_where_no_page_needs_the_browser_does_not_load_it(tmp_path):
    web = FixtureWeb([_site("www.plainonly.test", "Plain Only", _footer_home("Plain Only"),
                            {"/privacy": policy_html("en", "Plain Only")})]).start()
    try:
        seeds = tmp_path / "seeds.txt"
        seeds.write_text("http://www.plainonly.test/  Plain Only\n")
        result = crawl_subprocess(str(tmp_path / "a.db"), str(seeds), web, *FAST, "--browser", "auto",
                                  "--no-progress", "--log-level", "DEBUG", capture=True, env=WIDE)
        assert result.returncode == 0, result.stderr[-3000:]
    finally:
        web.stop()
    assert "playwright" not in result.stderr.lower().replace("'playwright': true", "")  # not imported, not started
    db = open_archive(tmp_path / "a.db", readonly=True)
    assert [(c["fetcher"], c["outcome"]) for c in captures(db, "plainonly.test")] == [("html", "new_version")]


def test_fetch_with_escalation_for_one_url(tmp_path, monkeypatch):
    web = FixtureWeb([_site("www.one.test", "One Co", _footer_home("One Co"),
                            {"/privacy": js_policy_html("en", "One Co"), "/plain": policy_html("en", "One Co")})])
    web.start()
    try:
        monkeypatch.setenv("http_proxy", web.proxy_url)
        rendered = browser.fetch_with_escalation("http://www.one.test/privacy", allow_private=True,
                                                 settings_overrides={"DOWNLOAD_DELAY": 0})
        plain = browser.fetch_with_escalation("http://www.one.test/plain", allow_private=True,
                                              settings_overrides={"DOWNLOAD_DELAY": 0})
    finally:
        web.stop()
    assert (rendered["fetcher"], rendered["escalation"], rendered["status"]) == ("browser", "js_shell", 200)
    assert b"<article>" in rendered["body"] and rendered["error"] is None
    assert rendered["original"]["body"] == web.sites["www.one.test"].pages["/privacy"].body
    assert (plain["fetcher"], plain["escalation"], plain["original"]) == ("html", None, None)
    assert plain["body"] == web.sites["www.one.test"].pages["/plain"].body


def test_bad_browser_modes_are_one_line_errors(tmp_path):
    bad_seed = tmp_path / "seeds.txt"
    bad_seed.write_text("https://a.example  A  browser=sometimes\n", encoding="utf-8")
    run = [sys.executable, "-m", "crawler.cli", "--db", str(tmp_path / "a.db"), "crawl"]
    result = subprocess.run([*run, str(bad_seed)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "seeds.txt:1: 'browser=sometimes': browser= takes never, auto or always" in result.stderr
    assert "Traceback" not in result.stderr
    result = subprocess.run([*run, "--browser", "maybe", "https://a.example"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2 and "maybe" in result.stderr and "Traceback" not in result.stderr
    result = subprocess.run([*run, "-s", "BROWSER=sometimes", "https://a.example"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2 and "Error: BROWSER 'sometimes': use never, auto or always" in result.stderr


def test_schema_6_describes_the_new_capture_columns(tmp_path):
    db = open_archive(tmp_path / "a.db")
    columns = {c.name for c in db["captures"].columns}
    assert {"fetcher", "escalation", "original_sha256"} <= columns
    described = {r[0] for r in db.execute("SELECT column_name FROM descriptions WHERE table_name = 'captures'")}
    assert {"fetcher", "escalation", "original_sha256"} <= described


def test_an_escalated_plain_capture_is_kept_but_never_versioned_even_on_replay(tmp_path):
    import datetime as dt

    from archive import Capture, record

    db = open_archive(tmp_path / "a.db")
    url = "https://www.acme.example/privacy"
    t0 = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    html = {"content-type": "text/html; charset=utf-8"}
    plain = Capture(url=url, fetched_at=t0, status=200, body=policy_html("en", "Acme").encode(), headers=html,
                    fetcher="html", escalation="always")
    rendered = Capture(url=url, fetched_at=t0 + dt.timedelta(seconds=2), status=200,
                       body=policy_html("en", "Acme", extra="<p>Rendered by script: we never sell data.</p>").encode(),
                       headers=html, fetcher="browser", escalation="always", original_sha256=plain.body_sha256)
    assert (record(db, plain).status, record(db, rendered).status) == ("rejected", "new_version")
    earlier = Capture(url=url, fetched_at=t0 - dt.timedelta(days=1), status=404, body=b"gone", headers=html)
    assert record(db, earlier).status == "rejected"  # out of order: the document's history is replayed
    rows = [(r["fetcher"], r["escalation"], r["outcome"], r["reason"]) for r in
            db.query("SELECT * FROM captures ORDER BY fetched_at")]
    assert rows == [("html", None, "rejected", "http_404"), ("html", "always", "rejected", "escalated"),
                    ("browser", "always", "new_version", None)]
    assert db.execute("SELECT count(*) FROM versions").fetchone()[0] == 1
    stored = db.execute("SELECT original_sha256 FROM captures WHERE fetcher = 'browser'").fetchone()[0]
    assert get_raw(db, stored) == plain.body  # the server's answer, byte-exact, beside its rendering


def test_an_archive_from_before_the_browser_gains_the_fetcher_columns(tmp_path):
    import datetime as dt

    from archive import Capture, record

    path = tmp_path / "old.db"
    db = open_archive(path)
    url = "https://www.acme.example/privacy"
    when = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    record(db, Capture(url=url, fetched_at=when, status=200, body=policy_html("en", "Acme").encode(),
                       headers={"content-type": "text/html"}))
    for column in ("fetcher", "escalation", "original_sha256"):
        db.execute(f"ALTER TABLE captures DROP COLUMN {column}")
    db.execute("PRAGMA user_version=7")  # the schema before the fetcher columns (archive/store.py, step 8)
    db.conn.close()
    db = open_archive(path)
    from archive.store import SCHEMA_VERSION
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("SELECT fetcher, escalation FROM captures").fetchall() == [(None, None)]  # read as html
    later = Capture(url=url, fetched_at=when - dt.timedelta(days=1), status=200, body=policy_html("en", "Acme").encode(),
                    headers={"content-type": "text/html"})
    assert record(db, later).status == "new_version"  # replayed: the older capture now makes the version
