"""Browser: pages that need a browser, on a fixture web of 200 companies of which 20% need one.

The web is the crawler's own (crawler/demo/web.py): 160 ordinary sites of every kind (`KINDS`: footers in
12 languages, hubs, sitemaps, redirects, PDF, hosted policies, decoys, robots.txt...) and 40 script-built
ones (`JS_KINDS`, in rotation: a policy whose text is a JSON blob a script renders, a homepage whose footer
links a script writes, and both). Each site says which of its pages only a browser can read
(`Site.browser_pages`): 53 pages in all.

Measured, each crawl a `policy-archive crawl --allow-private` in its own process with the project's default
settings (politeness, BROWSER_MAX_PAGES, BROWSER_RESTART_EVERY...):
- the 200-site crawl with --browser auto: every policy found (by the right rule) and archived (a version);
  pages sent to the browser against the pages that need it; the escalation reasons (the crawl's stats); the
  peak RSS of the whole process tree (crawler, extraction processes, the Playwright driver and every
  Chromium process), sampled with psutil every 0.1 s, and the browser's own memory over the crawl;
- the 160 ordinary sites alone (a web of their own), crawled with --browser never and --browser auto, in
  alternation, three times each: the ratio of the medians says whether the escalation checks slow a plain
  crawl down (the baseline is --browser never, i.e. the crawler before this feature: no handler installed);
- the decision on real captures nobody here wrote (the dev WARC; ota-genai-contrib when it is beside the
  repository): what it sends to the browser against what the extractor rejects as `challenge`.

    .venv/bin/python benchmarks/browser.py [--quick]
"""
from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Context, Row, _pss, mb

SITES = 200
SHARE = 5  # every 5th company is script-built: 20%
RUNS = 3
MAX_RATIO = 1.1  # pages sent to the browser / pages that need it
MAX_RSS = 1_000_000_000
MAX_SLOWDOWN = 1.1  # plain crawl, auto / never: the same within a shared machine's noise
BROWSER_NAMES = ("chromium", "chrome", "headless_shell", "node")  # Chromium's processes and Playwright's driver


def build_web(n: int):
    from crawler.demo.web import JS_KINDS, KINDS, FixtureWeb, make_site

    web = FixtureWeb([])
    plain = js = 0
    for i in range(n):
        if i % SHARE == SHARE - 1:
            site, extras = make_site(i, JS_KINDS[js % len(JS_KINDS)], nth=js // len(JS_KINDS))
            js += 1
        else:
            site, extras = make_site(i, KINDS[plain % len(KINDS)], nth=plain // len(KINDS))
            plain += 1
        web.add(site)
        for e in extras:
            if e.host in web.extra:
                web.extra[e.host].pages.update(e.pages)
            else:
                web.add(e, company=False)
    return web


def crawl_measured(web, db: Path, seeds: Path, *extra: str, interval: float = 0.2) -> dict:
    """One crawl in its own process: wall time, and the memory of its process tree and of the browser's
    processes over time, sampled every `interval` s: the sum of RSS (which counts the pages every Chromium
    process shares, its code above all, once per process: a multi-process browser's sum is an overcount)
    and the sum of PSS (shared pages divided among their sharers: what the tree really holds)."""
    import psutil

    for suffix in ("", "-wal", "-shm", ".robots.sqlite", ".robots.sqlite-wal", ".robots.sqlite-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    env = {**os.environ, "http_proxy": web.proxy_url, "HTTP_PROXY": web.proxy_url, "no_proxy": "", "NO_PROXY": "",
           "COLUMNS": "200"}
    cmd = [sys.executable, "-m", "crawler.cli", "--db", str(db), "crawl", "--allow-private", "--no-progress",
           "--log-level", "INFO", *extra, str(seeds)]
    samples: list[tuple] = []  # (t, tree rss, browser rss, browser processes, tree pss, browser pss)
    stop = threading.Event()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def sample():
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not stop.is_set():
            try:
                procs = [root] + root.children(recursive=True)
            except psutil.NoSuchProcess:
                break
            tree = brow = nb = tree_pss = brow_pss = 0
            for p in procs:
                try:
                    rss = p.memory_info().rss
                    name = p.name()
                except psutil.Error:
                    continue
                pss = _pss(p.pid, rss)
                tree += rss
                tree_pss += pss
                if any(b in name for b in BROWSER_NAMES):
                    brow += rss
                    brow_pss += pss
                    nb += 1
            samples.append((time.perf_counter() - t0, tree, brow, nb, tree_pss, brow_pss))
            stop.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate(timeout=1800)
    wall = time.perf_counter() - t0
    stop.set()
    sampler.join()
    assert proc.returncode == 0, out[-2000:] + err[-4000:]
    return {"wall": wall, "out": out, "err": err, "samples": samples,
            "peak_tree": max((s[1] for s in samples), default=0), "peak_browser": max((s[2] for s in samples), default=0),
            "peak_tree_pss": max((s[4] for s in samples), default=0),
            "peak_browser_pss": max((s[5] for s in samples), default=0)}


def stats(log: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r"'([a-z_/\-]+)': (\d+)[,}]", log)}


def memory_timeline(samples, parts: int = 8) -> str:
    """The browser's memory (all its processes: PSS, and the RSS sum) at its peak in each of `parts` equal
    stretches of the crawl, with its process count."""
    if not samples:
        return "no samples"
    end = samples[-1][0]
    out = []
    for k in range(1, parts + 1):
        t = end * k / parts
        window = [s for s in samples if end * (k - 1) / parts <= s[0] <= t] or [samples[-1]]
        peak = max(window, key=lambda s: s[5])
        out.append(f"to {t:.0f} s: PSS {peak[5] / 1e6:.0f} MB / RSS {peak[2] / 1e6:.0f} MB ({peak[3]} procs)")
    return "; ".join(out)


def score_browser(web, db: Path) -> dict:
    from archive import host_of, open_archive
    conn = open_archive(db, readonly=True)
    docs = {r["key"]: (r["url"], r["found_by"], r["versions"]) for r in conn.query(
        "SELECT s.key, d.url, d.found_by, (SELECT count(*) FROM versions v WHERE v.document_id = d.id) AS versions "
        "FROM documents d JOIN sites s ON s.id = d.site_id")}
    expected = [s for s in web.sites.values() if s.expected]
    archived = [s for s in expected if (got := docs.get(host_of(s.homepage))) and got[0] == s.expected and got[2]]
    right_rule = [s for s in archived if docs[host_of(s.homepage)][1] == s.expected_rule]
    js = [s for s in web.sites.values() if s.browser_pages]
    js_archived = [s for s in js if s in archived]
    decoys = {u for s in web.sites.values() for u in s.decoys}
    captured = {r["url"] for r in conn.query("SELECT url FROM captures")}
    fetchers = {(r["fetcher"], r["n"]) for r in conn.query("SELECT fetcher, count(*) AS n FROM captures GROUP BY fetcher")}
    conn.close()
    return {"expected": len(expected), "archived": len(archived), "right_rule": len(right_rule), "js": len(js),
            "js_archived": len(js_archived), "decoys": len(decoys & captured), "fetchers": dict(fetchers),
            "missed": [(s.kind, s.expected) for s in expected if s not in archived][:5]}


def main(ctx: Context) -> list[Row]:
    from crawler.demo.web import write_seeds

    n = 20 if ctx.quick else SITES
    runs = 1 if ctx.quick else RUNS
    quick = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0"] if ctx.quick else []
    web = build_web(n).start()
    try:
        seeds = write_seeds(web, ctx.work / "browser-seeds.txt")
        auto = crawl_measured(web, ctx.work / "browser-auto.db", seeds, "--browser", "auto", *quick)
        found = score_browser(web, ctx.work / "browser-auto.db")
    finally:
        web.stop()
    needed = sum(len(s.browser_pages) for s in web.sites.values())
    st = stats(auto["err"])
    sent = st.get("playwright/page_count", 0)
    reasons = {k.rsplit("/", 1)[1]: v for k, v in st.items() if k.startswith("browser/escalated/")}
    aborted = {k.rsplit("/", 1)[1]: v for k, v in st.items() if k.startswith("browser/aborted/")}

    plain_web = build_web(n)  # the same ordinary sites, on a web of their own
    plain_web.sites = {h: s for h, s in plain_web.sites.items() if not s.browser_pages}
    plain_web.start()
    walls = {"never": [], "auto": []}
    cpus = {"never": [], "auto": []}
    try:
        pseeds = write_seeds(plain_web, ctx.work / "browser-plain-seeds.txt")
        for i in range(runs):
            for mode in (("never", "auto") if i % 2 == 0 else ("auto", "never")):
                before = _children_cpu()
                r = crawl_measured(plain_web, ctx.work / f"browser-plain-{mode}.db", pseeds, "--browser", mode, *quick)
                walls[mode].append(r["wall"])
                cpus[mode].append(_children_cpu() - before)
                if mode == "auto":
                    plain_sent = stats(r["err"]).get("playwright/page_count", 0)
    finally:
        plain_web.stop()
    w_never, w_auto = statistics.median(walls["never"]), statistics.median(walls["auto"])
    c_never, c_auto = statistics.median(cpus["never"]), statistics.median(cpus["auto"])
    ratio = sent / needed if needed else float("inf")
    slowdown = w_auto / w_never
    every = found["archived"] == found["expected"]
    return [
        Row(f"{n}-site crawl, {found['js']} script-built: policies found and archived (a version)",
            f"{found['archived']}/{found['expected']} ({found['js_archived']}/{found['js']} script-built)",
            target="all", ok=every,
            note=f"by the expected rule {found['right_rule']}/{found['expected']}; decoys captured {found['decoys']}; "
                 f"captures by fetcher {found['fetchers']}; wall {auto['wall']:.1f} s"
                 + (f"; missed e.g. {found['missed']}" if found["missed"] else "")),
        Row("pages sent to the browser / pages that need it", f"{sent} / {needed}", ratio=f"{ratio:.2f}x",
            target=f"<= {MAX_RATIO}x", ok=ratio <= MAX_RATIO,
            note=f"escalation reasons {reasons}; browser requests aborted by rule {aborted}; browser restarts "
                 f"{st.get('browser/restarts', 0)}; contexts {st.get('playwright/context_count', 0)} opened, "
                 f"{st.get('browser/contexts_closed', 0)} closed; pages closed "
                 f"{st.get('playwright/page_count/closed', 0)}/{sent}; at most "
                 f"{st.get('playwright/page_count/max_concurrent', 0)} pages at once"),
        Row(f"peak memory of the {n}-site crawl, whole process tree with the browser (PSS; RSS sum)",
            f"{mb(auto['peak_tree_pss'])}; {mb(auto['peak_tree'])}",
            target="<= 1000 MB", ok=auto["peak_tree_pss"] <= MAX_RSS,
            note=f"judged on PSS: the RSS sum counts Chromium's shared code once per process (a dozen processes); "
                 f"RSS sum {'within' if auto['peak_tree'] <= MAX_RSS else 'over'} 1000 MB. Of the tree, the browser "
                 f"(Playwright's driver and every Chromium process) at most PSS {mb(auto['peak_browser_pss'])}, RSS sum "
                 f"{mb(auto['peak_browser'])}; the browser over the crawl (peak of each eighth): "
                 f"{memory_timeline(auto['samples'])}"),
        Row(f"plain-HTML crawl ({len(plain_web.sites)} sites, none script-built): wall time, --browser auto",
            f"{w_auto:.1f} s", f"{w_never:.1f} s (--browser never)", f"{slowdown:.2f}x",
            target=f"<= {MAX_SLOWDOWN}x", ok=slowdown <= MAX_SLOWDOWN,
            note=f"median of {runs} each, alternating; runs auto {_fmt(walls['auto'])} s, never {_fmt(walls['never'])} s; "
                 f"CPU (crawler and extraction processes) auto {c_auto:.1f} s vs never {c_never:.1f} s "
                 f"({c_auto / c_never:.2f}x); pages sent to the browser in auto: {plain_sent}"),
    ] + real_rows(ctx)


GENAI_WARC = [Path(__file__).resolve().parent.parent.parent / "shared/data/ota-genai-contrib/snapshots.warc.gz",
              Path("/work/shared/data/ota-genai-contrib/snapshots.warc.gz")]


def decisions_on_real_captures(warc: Path) -> dict:
    """The decision (crawler.browser.needs_browser, as for a policy page) on every capture of a real WARC,
    against the extractor's verdict: it should flag what the archive rejects as `challenge` (a JavaScript
    shell, a bot challenge) and nothing else. The rule was written on the fixture web, not on these."""
    from warcio.archiveiterator import ArchiveIterator

    from archive.extract import ExtractionRejected, try_extract
    from crawler.browser import needs_browser

    out = {"captures": 0, "flagged": 0, "rejected_challenge": 0, "both": 0, "reasons": {}, "seconds": 0.0}
    with open(warc, "rb") as f:
        for rec in ArchiveIterator(f):
            if rec.rec_type != "response":
                continue
            body = rec.content_stream().read()
            ctype = rec.http_headers.get_header("Content-Type") if rec.http_headers else None
            url = rec.rec_headers.get_header("WARC-Target-URI")
            t0 = time.perf_counter()
            reason = needs_browser(body, ctype, url)
            out["seconds"] += time.perf_counter() - t0
            extraction = try_extract(body, ctype, url)
            challenge = isinstance(extraction, ExtractionRejected) and extraction.reason == "challenge"
            out["captures"] += 1
            out["flagged"] += reason is not None
            out["rejected_challenge"] += challenge
            out["both"] += bool(reason) and challenge
            if reason:
                out["reasons"][reason] = out["reasons"].get(reason, 0) + 1
    return out


def real_rows(ctx: Context) -> list[Row]:
    rows = []
    sources = [("the dev WARC (ota-dating)", ctx.warc)]
    genai = next((p for p in GENAI_WARC if p.is_file()), None)
    if genai is not None and not ctx.quick:
        sources.append(("ota-genai-contrib", genai))
    for name, warc in sources:
        d = decisions_on_real_captures(warc)
        false_escalations = d["flagged"] - d["both"]
        missed = d["rejected_challenge"] - d["both"]
        rows.append(Row(f"real captures of {name}: sent to the browser / rejected as challenge by the extractor",
                        f"{d['flagged']} / {d['rejected_challenge']} of {d['captures']}",
                        ratio=f"{false_escalations} sent needlessly, {missed} missed", target="0 needless, 0 missed",
                        ok=false_escalations == 0 and missed == 0,
                        note=f"reasons {d['reasons']}; the decision took {d['seconds'] / max(d['captures'], 1) * 1000:.1f} "
                             "ms per capture (a parse only when the page has a script)"))
    return rows


def _children_cpu() -> float:
    import resource
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime


def _fmt(values) -> str:
    return " / ".join(f"{v:.1f}" for v in values)


if __name__ == "__main__":
    from benchmarks.run import standalone
    standalone("browser")
