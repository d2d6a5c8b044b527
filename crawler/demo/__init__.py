"""The offline demo: a small web of companies built from the seed policies (demo/data/*.txt, real policy
texts collected from the web, injected casino-spam titles and all), served on 127.0.0.1, crawled twice
around an edit of one policy, then shown as history and diff.

The same server and page builders (demo/web.py) serve the tests and the crawl benchmark.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .web import FixtureWeb, Page, Site, esc, home_html, html_page, js_home_html, js_policy_html, text_page, write_seeds
from . import texts

DATA = Path(__file__).parent / "data"


def _is_heading(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) < 70 and not s.endswith((".", ";", ",", ":")) and not s.startswith(("(", "“"))


def policy_from_text(text: str, co: str) -> str:
    """An HTML page for a seed policy text: the spam title and cookie banner the real page carried stay in
    the page chrome (title, header, banner); the policy is the <h1> and what follows."""
    from ..discover import STRONG, _has, norm

    lines = [l.rstrip() for l in text.splitlines()]
    start = next((i for i, l in enumerate(lines[:12]) if _has(norm(l), STRONG) and len(l) < 60), 0)
    chrome = [l for l in lines[:start] if l.strip()]
    spam = chrome[0] if chrome else None
    banner = next((l for l in chrome if "cookie" in l.lower()), None)
    heading = lines[start].strip()
    body = []
    for l in lines[start + 1:]:
        s = l.strip()
        if not s or s.replace(" ", "").lower() == ("home" + heading).replace(" ", "").lower():
            continue
        body.append(f"<h2>{esc(s)}</h2>" if _is_heading(s) else f"<p>{esc(s)}</p>")
    page = (f'<header><div class="logo">{esc(spam or co)}</div><nav><a href="/">Home</a></nav></header>\n'
            + (f'<div class="cookie-banner">{esc(banner)} <a href="/cookies">Cookies</a></div>\n' if banner else "")
            + f'<main><article><h1>{esc(heading)}</h1>\n' + "\n".join(body) + "</article></main>\n"
            + f"<footer><p>© {esc(co)}</p></footer>")
    return html_page(spam or f"{heading} - {co}", page)


def _seed_text(prefix: str) -> str:
    return next(DATA.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def demo_web() -> FixtureWeb:
    """Six companies, one discovery rule each, with their terms / cookie / imprint decoys; the sixth is an app
    whose footer links and policy text only JavaScript writes (rendered in Chromium: crawler/browser.py)."""
    specs = [
        # host, name, seed file, how the policy is reachable
        ("www.szclou.test", "Kelu", "000", "footer"),
        ("www.example-messaging.test", "Messaging Co.", "001", "rel"),
        ("www.example-games.test", "Games & Pay Co.", "002", "hub"),
        ("www.wezhuiyi.test", "Zhuiyi Technology", "003", "sitemap"),
        ("www.laiye.test", "Laiye", "004", "footer"),
    ]
    sites = []
    for host, name, prefix, how in specs:
        site = Site(host=host, name=name, kind=f"demo-{how}", lang="zh-Hans")
        policy = policy_from_text(_seed_text(prefix), name).encode()
        decoys = [("用户协议 Terms of Service", "/terms"), ("Cookie Policy", "/cookies"), ("网站备案 Imprint", "/imprint")]
        site.pages["/terms"] = Page(text_page("Terms of Service", texts.TERMS_EN, name).encode())
        site.pages["/cookies"] = Page(text_page("Cookie Policy", texts.COOKIES_EN, name).encode())
        site.pages["/imprint"] = Page(text_page("Imprint", texts.IMPRINT_EN, name).encode())
        site.pages["/news/2023/privacy-day"] = Page(text_page("How we protect your privacy", texts.BLOG_EN, name,
                                                              head='<meta property="og:type" content="article">'
                                                              ).encode())
        site.decoys = [site.url(p) for p in ("/terms", "/cookies", "/imprint", "/news/2023/privacy-day")]
        main = [("我们如何保护您的隐私 How we protect your privacy", "/news/2023/privacy-day")]
        footer, kw = list(decoys), {}
        if how == "footer":
            path = "/privacy-policy.html"
            label = "隐私政策 Privacy Policy" if prefix == "004" else "隐私协议 Privacy Agreement"
            footer.insert(1, (label, path))
            rule = "footer-link"
        elif how == "rel":
            path = "/about/your-information"
            kw["raw_footer"] = f' | <a rel="privacy-policy" href="{path}">Your information</a>'
            rule = "rel=privacy-policy"
        elif how == "hub":
            path = "/legal/privacy.html"
            site.pages["/legal/"] = Page(home_html(name, "zh-Hans", [("用户协议", "/terms"), ("隐私政策", path),
                                                                     ("Cookie政策", "/cookies")]).encode())
            footer = [("法律声明", "/legal/"), ("联系我们 Contact", "/about")]
            rule = "legal-hub"
        else:
            path = "/about/privacy-policy"
            site.robots = "User-agent: *\nDisallow: /admin/\nSitemap: http://%s/sitemap-pages.xml\n" % host
            site.pages["/sitemap-pages.xml"] = Page((
                '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + "".join(f"<url><loc>http://{host}{p}</loc></url>" for p in ("/", "/about", path, "/terms"))
                + "</urlset>").encode(), content_type="application/xml")
            footer = [("联系我们 Contact", "/about")]
            rule = "sitemap"
        site.pages[path] = Page(policy)
        spam = policy.decode().split("<title>")[1].split("</title>")[0]
        site.pages["/"] = Page(home_html(name, "zh-Hans", footer, main_links=main, spam=spam if "体育" in spam
                                         or "凯发" in spam else None, **kw).encode())
        site.pages["/about"] = Page(text_page("About us", [f"{name} was founded in 2010."], name).encode())
        site.expected, site.expected_rule = site.url(path), rule
        sites.append(site)
    app = Site(host="www.app-studio.test", name="App Studio", kind="demo-javascript")
    app.pages["/"] = Page(js_home_html("App Studio", "en", [("Terms of Service", "/terms"),
                                                           ("Privacy Policy", "/legal/privacy")]).encode())
    app.pages["/legal/privacy"] = Page(js_policy_html("en", "App Studio").encode())
    app.pages["/terms"] = Page(text_page("Terms of Service", texts.TERMS_EN, "App Studio").encode())
    app.decoys = [app.url("/terms")]
    app.browser_pages = [app.homepage, app.url("/legal/privacy")]
    app.expected, app.expected_rule = app.url("/legal/privacy"), "footer-link"
    sites.append(app)
    return FixtureWeb(sites)


def crawl_subprocess(db: str, seeds: str, web: FixtureWeb, *extra: str, capture: bool = False,
                     timeout: float = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """`policy-archive crawl` in a child process (Scrapy's reactor starts once per process), routed to the
    local web through its proxy."""
    env = {**os.environ, "http_proxy": web.proxy_url, "HTTP_PROXY": web.proxy_url, "no_proxy": "", "NO_PROXY": "",
           "PYTHONUNBUFFERED": "1", **(env or {})}
    cmd = [sys.executable, "-m", "crawler.cli", "--db", db, "crawl", "--allow-private", *extra, seeds]
    return subprocess.run(cmd, env=env, text=True, capture_output=capture, timeout=timeout)


def _run_cli(*args: str):
    from archive.cli import cli
    try:
        cli.main(args=list(args), prog_name="policy-archive", standalone_mode=False)
    except SystemExit:
        pass


# the demo's edit: one sentence of Kelu's policy changes and a paragraph is added after it (its seed text is in
# normal sentence case, so the diff reads as prose)
EDIT_FROM = "Normally, we will reply within 15 days."
EDIT_TO = "Normally, we will reply within 10 days."
EDIT_ADDED = ("<p>What is new: we may use de-identified data to train and improve our AI models. You can object "
              "at any time in your account settings.</p>")


def edit_policy(html: str) -> str:
    """The demo's edit of Kelu's policy page (EDIT_FROM -> EDIT_TO, and EDIT_ADDED after that paragraph)."""
    at = html.index(EDIT_FROM)
    end = html.index("</p>", at) + len("</p>")
    return html[:at] + EDIT_TO + html[at + len(EDIT_FROM):end] + "\n" + EDIT_ADDED + html[end:]


def command_hint() -> tuple[str, str | None]:
    """How the user can run policy-archive from their shell: the command, and a note when it is not on PATH
    (`make demo` runs .venv/bin/policy-archive, which a fresh shell does not find)."""
    import shutil
    running = Path(sys.argv[0]).resolve() if Path(sys.argv[0]).name == "policy-archive" else None
    on_path = shutil.which("policy-archive")
    if running and on_path and Path(on_path).resolve() == running:
        return "policy-archive", None
    if running:
        return str(running), (f"({running.parent} is not on your PATH: run `source {running.parent}/activate` "
                              "to type just `policy-archive`)")
    if on_path:
        return "policy-archive", None
    return f"{sys.executable} -m crawler.cli", None


DEMO_RUN = "demo"  # the kind of the run that signs an archive the demo made (`runs`): the one file it replaces


def _refuse_other_archive(out: str) -> None:
    """The demo recreates its archive: refuse to replace a file that is anything but an earlier demo's, one
    signed by a run of kind DEMO_RUN and holding nothing else: no run but the demo's own crawls (their args are
    the seeds file the signature names, in a folder of its own), no site off the demo web's `.test` domain. So a
    researcher's archive is never lost, nor one crawled from the demo web (its sites are on `.test` too), nor
    a demo archive crawled into since."""
    from archive.errors import ArchiveError
    from archive.store import open_archive

    path = Path(out)
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        db = open_archive(path, readonly=True)
        keys = [r[0] for r in db.execute("SELECT key FROM sites")]
        runs = db.execute("SELECT kind, args FROM runs").fetchall()
        db.close()
    except ArchiveError:
        raise ArchiveError(f"{out} exists and is not a demo archive; the demo writes its own: give --out a new "
                           "file (nothing was changed)") from None
    if not keys and not runs:
        return  # an empty archive
    signed = {args for kind, args in runs if kind == DEMO_RUN}
    theirs = [kind for kind, args in runs if kind != DEMO_RUN and args not in signed]
    others = [k for k in keys if not k.endswith(".test")]
    if not signed or theirs or others:
        why = ("the demo did not make it (an older demo's archive is not signed: delete it if it is one)"
               if not signed else f"it holds {others[0]}, off the demo web" if others else
               f"it was crawled into since the demo made it ({len(theirs)} run{'s' if len(theirs) > 1 else ''})")
        raise ArchiveError(f"{out} holds an archive of {len(keys)} site(s) that the demo would replace, but {why}; "
                           "give --out a new file (nothing was changed)")


def _sign(out: str, seeds: str) -> None:
    """Make the demo's archive, signed as the demo's by a run of kind DEMO_RUN naming the demo's own seeds file
    (`_refuse_other_archive`)."""
    from archive import schedule
    from archive.store import open_archive
    db = open_archive(out)
    try:
        schedule.finish_run(db, schedule.start_run(db, DEMO_RUN, seeds), {}, [])
    finally:
        db.close()


def run_demo(out: str = "demo.db", keep_serving: bool = False):
    from rich.console import Console

    _refuse_other_archive(out)
    console = Console()
    for suffix in ("", "-wal", "-shm"):
        Path(out + suffix).unlink(missing_ok=True)
    web = demo_web().start()
    t0 = time.monotonic()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            seeds = str(write_seeds(web, Path(tmp) / "seeds.txt"))
            _sign(out, seeds)
            console.rule("[bold]policy-archive demo")
            console.print(f"A local web of {len(web.sites)} companies on {web.proxy_url}, built from real policy "
                          "texts (spam titles, cookie banners, legal hubs and decoy pages included):")
            for s in web.sites.values():
                console.print(f"  {s.homepage}  {s.name}")
            console.rule("1. first crawl: discover each policy and archive it")
            _check(crawl_subprocess(out, seeds, web))
            _show_rendered(console, out)
            kelu = web.sites["www.szclou.test"]
            path = "/privacy-policy.html"
            old = kelu.pages[path].body.decode()
            new = edit_policy(old)
            web.edit(kelu.host, path, new.encode())
            console.rule("2. Kelu edits its policy; second crawl (conditional GET: unchanged pages answer 304)")
            _check(crawl_subprocess(out, seeds, web))
            console.rule("3. history of szclou.test")
            _run_cli("--db", out, "history", "szclou.test")
            console.rule("4. what changed")
            _run_cli("--db", out, "diff", "szclou.test")
            console.rule(f"done in {time.monotonic() - t0:.0f} s")
            cmd, note = command_hint()
            console.print(f"The archive is {out}. Try:\n  {cmd} --db {out} sites\n"
                          f"  {cmd} --db {out} show laiye.test\n"
                          f"  {cmd} --db {out} export --format jsonl --all-versions -o demo.jsonl"
                          + (f"\n{note}" if note else ""), soft_wrap=True, highlight=False)
            if keep_serving:
                console.print(f"The demo web keeps running (HTTP proxy {web.proxy_url}); Ctrl-C to stop. To crawl it "
                              f"yourself, put these lines in a seeds file and run\n  http_proxy={web.proxy_url} "
                              f"{cmd} --db mine.db crawl --allow-private seeds.txt", soft_wrap=True, highlight=False)
                for s in web.sites.values():
                    console.print(f"  {s.homepage}  {s.name}", soft_wrap=True, highlight=False)
                while True:
                    time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        web.stop()


def _show_rendered(console, out: str):
    """What the browser rendered: each page whose plain HTML held no policy, and why it was sent."""
    from archive import open_archive
    db = open_archive(out, readonly=True)
    try:
        rows = list(db.query("SELECT c.url, c.escalation, c.outcome, v.word_count FROM captures c LEFT JOIN versions v "
                             "ON v.id = c.version_id WHERE c.fetcher = 'browser' ORDER BY c.id"))
    finally:
        db.close()
    for r in rows:
        console.print(f"rendered in Chromium: {r['url']} (its HTML: {r['escalation']}) -> {r['outcome']}"
                      + (f", {r['word_count']} words" if r["word_count"] else "")
                      + "; the plain HTML is kept too (captures.fetcher = html)")


def _check(result: subprocess.CompletedProcess):
    if result.returncode != 0:
        from archive import ArchiveError
        raise ArchiveError(f"the demo crawl failed (exit {result.returncode})")
