"""A rendered page whose own script throws: the reason names the error, and the log holds no traceback.

A fresh user's trial: a client-side-rendered policy whose new bundle threw at once (a broken deploy: the shell
and its spinner were all the browser ever showed) was rejected as "timed out (browser: the page did not settle
within 10 s)", though the page had settled and its script had failed, and the crawl printed scrapy-playwright's
15-line warning with a traceback at the default log level. The page's uncaught errors are kept while it
renders; when its text never comes, the capture's reason is "the page's script failed: <the first error>".
That is the site's trouble for now (as a 503 is): the policy is not looked for elsewhere. A script error on a
page whose policy does render changes nothing.

Real Chromium (/usr/bin/chromium), a real HTTP server on 127.0.0.1 (through the fixture web's proxy), real
SQLite; crawls in a child process at the default log level.
"""
from __future__ import annotations

import json

from archive import open_archive
from crawler.demo import crawl_subprocess
from crawler.demo.web import FixtureWeb, Page, Site, home_html, html_page, js_policy_html

FAST = ("-s", "AUTOTHROTTLE_START_DELAY=0.1", "-s", "DOWNLOAD_DELAY=0", "-s", "BROWSER_SETTLE_TIMEOUT=3",
        "--no-progress")
SECTIONS = [(f"{i}. {h}", "We collect the personal data you give us when you create an account, such as your name "
             "and email address, and the data your device sends when you use the service. We use it to run the "
             f"service, keep your account secure and meet our legal obligations. {h} applies to every user.")
            for i, h in enumerate(["Data we collect", "How we use data", "Sharing", "Retention", "Your rights"], 1)]
RENDER = ("(function(){var d=JSON.parse(document.getElementById('policy-data').textContent);"
          "var h='<article><h1>'+d.title+'</h1>';d.sections.forEach(function(s){h+='<h2>'+s[0]+'</h2><p>'+s[1]+'</p>';});"
          "document.getElementById('app').innerHTML=h+'</article>';})();")
BROKEN = "(function(){var e=window.__appConfig__.routes;e.forEach(function(){});})();"


def shell(bundle: str) -> bytes:
    """An application shell: a spinner, the policy as data, and the bundle that renders it."""
    data = json.dumps({"title": "Privacy Policy", "sections": SECTIONS})
    return html_page("Privacy Policy - Bundle Co", '<div id="app"><div class="spinner"></div>Loading…</div>'
                     f'<script type="application/json" id="policy-data">{data}</script>'
                     f'<script src="{bundle}"></script>').encode()


def test_a_broken_bundle_is_named_as_the_pages_script_failing_without_a_traceback(tmp_path):
    broken = Site(host="www.bundle.test", name="Bundle Co", kind="browser-test")
    broken.pages["/"] = Page(home_html("Bundle Co", "en", [("Terms", "/terms"), ("Privacy Policy", "/privacy")]).encode())
    broken.pages["/privacy"] = Page(shell("/static/app.1.js"))
    broken.pages["/static/app.1.js"] = Page(RENDER.encode(), "application/javascript")
    noisy = Site(host="www.noisy.test", name="Noisy Co", kind="browser-test")  # an analytics script that throws
    noisy.pages["/"] = Page(home_html("Noisy Co", "en", [("Terms", "/terms"), ("Privacy Policy", "/privacy")]).encode())
    noisy.pages["/privacy"] = Page(js_policy_html("en", "Noisy Co").replace(
        "</body>", "<script>window.analytics.track('view');</script></body>").encode())
    web = FixtureWeb([broken, noisy]).start()
    try:
        seeds = tmp_path / "seeds.txt"
        seeds.write_text("".join(f"{s.homepage}  {s.name}\n" for s in (broken, noisy)), encoding="utf-8")
        db = tmp_path / "archive.db"
        crawl = lambda: crawl_subprocess(str(db), str(seeds), web, *FAST, capture=True, env={"COLUMNS": "250"},
                                         timeout=240)
        first = crawl()
        assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
        archive = open_archive(db, readonly=True)
        rendered = dict(archive.execute("SELECT url, outcome FROM captures WHERE fetcher = 'browser'").fetchall())
        assert rendered == {"http://www.bundle.test/privacy": "new_version", "http://www.noisy.test/privacy": "new_version"}
        archive.close()

        # a new deploy: its bundle throws before rendering anything
        broken.pages["/privacy"] = Page(shell("/static/app.2.js"))
        broken.pages["/static/app.2.js"] = Page(BROKEN.encode(), "application/javascript")
        split = len(web.log)
        second = crawl()
        assert second.returncode == 0, second.stdout[-3000:] + second.stderr[-3000:]
        assert "Traceback" not in second.stderr and "scrapy-playwright" not in second.stderr, second.stderr
        archive = open_archive(db, readonly=True)
        reason = archive.execute("SELECT reason FROM captures WHERE fetcher = 'browser' AND url LIKE '%bundle.test%' "
                                 "ORDER BY id DESC").fetchone()[0]
        assert reason.startswith("the page's script failed: TypeError: ") and "'routes'" in reason, reason
        assert "timed out" not in reason
        assert archive.execute("SELECT url, state FROM documents WHERE url LIKE '%bundle.test%'").fetchall() == [
            ("http://www.bundle.test/privacy", "active")]
        archive.close()
        row = next(line for line in second.stdout.splitlines() if "bundle.test" in line)
        assert "/privacy" in row and "script failed" in row and "none" not in row, second.stdout
        # the site's trouble for now: the policy is not looked for elsewhere
        assert [r["path"] for r in web.log[split:] if r["host"] == broken.host and r["path"] != "/robots.txt"] \
            == ["/privacy", "/privacy", "/static/app.2.js"]  # plain, then rendered with its bundle
    finally:
        web.stop()
