"""Fetch safety: only http(s); private, loopback and link-local addresses refused by default (literal
addresses, and host names after DNS), with a per-URL reason; allowed with --allow-private."""
import json
import sys

import pytest

from archive import open_archive
from crawler.demo import crawl_subprocess
from crawler.demo.web import FixtureWeb, Page, Site, policy_html
from crawler.middlewares import address_problem

WIDE = {"COLUMNS": "250"}
FAST = ["-s", "AUTOTHROTTLE_START_DELAY=0.1", "-s", "DOWNLOAD_DELAY=0"]


@pytest.mark.parametrize("ip,kind", [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.1.2.3", "private"), ("192.168.0.10", "private"),
    ("172.16.5.4", "private"), ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
    ("0.0.0.0", "unspecified"), ("224.0.0.1", "multicast"), ("100.64.0.1", "non-public"),
    ("::ffff:127.0.0.1", "loopback"), ("8.8.8.8", None), ("2606:4700::1111", None), ("example.com", None),
])
def test_address_kinds(ip, kind):
    assert address_problem(ip) == kind


def local_web():
    site = Site(host="127.0.0.1", name="Local", kind="local")
    site.pages["/"] = Page(b'<html><body><footer><a href="/privacy">Privacy Policy</a></footer></body></html>')
    site.pages["/privacy"] = Page(policy_html("en", "Local").encode())
    web = FixtureWeb([site])
    web.add(Site(host="localhost", name="Local", kind="local", pages=dict(site.pages)))
    return web


def direct_crawl(db, seeds_file, web, *args):
    # no proxy: the crawler connects to the addresses in the URLs themselves
    return crawl_subprocess(str(db), str(seeds_file), web, *args, *FAST, "--no-progress", capture=True,
                            env={**WIDE, "http_proxy": "", "HTTP_PROXY": ""})


def test_private_addresses_are_refused_by_default_with_a_reason(tmp_path):
    with local_web() as web:
        seeds = tmp_path / "seeds.txt"
        seeds.write_text(f"http://127.0.0.1:{web.port}/  Loopback IP\nhttp://localhost:{web.port}/  Loopback name\n")
        db = tmp_path / "a.db"
        # crawl_subprocess passes --allow-private; here we want the default, so call the CLI directly
        import subprocess
        result = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(db), "crawl", "--no-progress", *FAST,
                                 str(seeds)], capture_output=True, text=True, timeout=120,
                                env={**__import__("os").environ, **WIDE, "http_proxy": "", "HTTP_PROXY": ""})
        # no company could be fetched: the run failed, in a line that says why and what allows it
        assert result.returncode == 1, result.stderr[-2000:]
        last = result.stderr.strip().splitlines()[-1]
        assert last.startswith("Error: none of the 2 companies could be reached") and "--allow-private" in last
        # a crawl of real sites with the project's contact URL says so in one line of its own, not a log record
        assert "warning: the User-Agent names the project's contact URL; give site owners yours with --contact " \
               "URL (or $POLICY_ARCHIVE_CONTACT)" in result.stderr.splitlines()
        for own in ("USER_AGENT=acme-crawler (+mailto:ops@acme.example)", "CONTACT_URL=mailto:ops@acme.example"):
            mine = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(tmp_path / "b.db"), "crawl",
                                   "--no-progress", *FAST, "-s", own, str(seeds)], capture_output=True, text=True,
                                  timeout=120, env={**__import__("os").environ, **WIDE, "http_proxy": "",
                                                    "HTTP_PROXY": ""})
            assert mine.returncode == 1 and "names the project's contact URL" not in mine.stderr, own  # (a review)
        assert web.log == []  # not one request reached the server, not even robots.txt
        out = result.stdout
        assert f"refused http://127.0.0.1:{web.port}/: 127.0.0.1, a loopback address (allowed with --allow-private)" in out
        assert f"refused http://localhost:{web.port}/: localhost resolves to 127.0.0.1, a loopback address" in out
        archive = open_archive(db, readonly=True)
        assert archive.execute("SELECT count(*) FROM captures").fetchone()[0] == 0
        assert {r["key"] for r in archive.query("SELECT key FROM sites")} == {f"127.0.0.1:{web.port}", f"localhost:{web.port}"}
        # a refusal of this crawl's own says nothing of the sites: no rediscovery back-off, so the same crawl with
        # --allow-private looks at them now (it used to say they are "looked at again later")
        assert archive.execute("SELECT count(*) FROM sites WHERE next_discovery IS NOT NULL").fetchone()[0] == 0
        archive.close()
        again = direct_crawl(db, seeds, web)
        assert again.returncode == 0 and "looked at again later" not in again.stdout, again.stdout + again.stderr
        assert len(open_archive(db, readonly=True).execute("SELECT url FROM documents").fetchall()) == 2


def test_allow_private_fetches_local_addresses(tmp_path):
    with local_web() as web:
        seeds = tmp_path / "seeds.txt"
        seeds.write_text(f"http://127.0.0.1:{web.port}/  Loopback IP\n")
        db = tmp_path / "a.db"
        result = direct_crawl(db, seeds, web)
        assert result.returncode == 0, result.stderr[-2000:]
        docs = [r["url"] for r in open_archive(db, readonly=True).query("SELECT url FROM documents")]
        assert docs == [f"http://127.0.0.1:{web.port}/privacy"]
        # the next crawl forgets --allow-private: the check it refuses to make is no failed capture of the site
        import os
        import subprocess
        again = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(db), "crawl", "--no-progress", *FAST,
                                str(seeds)], capture_output=True, text=True, timeout=120,
                               env={**os.environ, **WIDE, "http_proxy": "", "HTTP_PROXY": ""})
        assert "a loopback address (allowed with --allow-private)" in again.stdout, again.stdout + again.stderr
        archive = open_archive(db, readonly=True)
        assert archive.execute("SELECT count(*) FROM captures WHERE status = 0").fetchone()[0] == 0


def test_resolver_refuses_private_answers_even_without_the_middleware(tmp_path):
    """Defence in depth: the DNS resolver itself refuses a name that resolves to a private address (a name
    that re-resolves between the check and the connection)."""
    with local_web() as web:
        seeds = tmp_path / "seeds.txt"
        seeds.write_text(f"http://localhost:{web.port}/  Loopback name\n")
        db = tmp_path / "a.db"
        mws = {"crawler.middlewares.FetchSafetyMiddleware": None,
               "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
               "crawler.middlewares.PoliteRetryMiddleware": 550}
        import os
        import subprocess
        result = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(db), "crawl", "--no-progress", *FAST,
                                 "-s", f"DOWNLOADER_MIDDLEWARES={json.dumps(mws)}", "-s", "RETRY_TIMES=0",
                                 str(seeds)], capture_output=True, text=True, timeout=120,
                                env={**os.environ, **WIDE, "http_proxy": "", "HTTP_PROXY": ""})
        assert result.returncode == 1, result.stderr[-2000:]  # the only company could not be fetched
        assert web.log == []
        assert "localhost resolves to 127.0.0.1, a loopback address" in result.stdout


def test_redirect_to_a_private_address_is_refused(tmp_path):
    """A public-looking site (through the proxy) whose policy link redirects to a loopback address."""
    with local_web() as web:
        site = Site(host="www.public.test", name="Public", kind="t")
        site.pages["/"] = Page(b'<html><body><footer><a href="/privacy">Privacy Policy</a></footer></body></html>')
        site.pages["/privacy"] = Page(status=302, location=f"http://127.0.0.1:{web.port}/privacy")
        web.add(site)
        seeds = tmp_path / "seeds.txt"
        seeds.write_text("http://www.public.test/  Public\n")
        db = tmp_path / "a.db"
        # through the proxy, without --allow-private: .test names do not resolve, so they pass to the proxy;
        # the redirect target is a literal loopback address and must be refused
        import os
        import subprocess
        result = subprocess.run([sys.executable, "-m", "crawler.cli", "--db", str(db), "crawl", "--no-progress", *FAST,
                                 str(seeds)], capture_output=True, text=True, timeout=120,
                                env={**os.environ, **WIDE, "http_proxy": web.proxy_url, "no_proxy": ""})
        assert result.returncode == 0, result.stderr[-2000:]
        assert web.requests_to("www.public.test", "/privacy")
        assert web.requests_to("127.0.0.1") == []
        assert open_archive(db, readonly=True).execute("SELECT count(*) FROM captures").fetchone()[0] == 0
        assert f"refused http://127.0.0.1:{web.port}/privacy" in result.stdout
