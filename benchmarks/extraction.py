"""Extraction benchmark: fidelity of versions on real capture histories, per collection, and throughput.

Why: extraction and change detection are judged on real capture histories nobody here wrote, the way the
project is judged on hidden collections: each collection's WARC is imported into a fresh archive with the
real command (`policy-archive import-warc`), exported (`export --format jsonl --all-versions`) and scored
with `../shared/tools/score_adjudicated.py`, which judges every change point where ours and the curated
history disagree by applying the collection's own CSS selectors to the captures. A naive pipeline (plain
trafilatura text + sha256, a new version on a new hash) is scored the same way in the same run.

Each collection is reported separately: a rule counts when it holds on the collection it was not
developed on.

    .venv/bin/python benchmarks/extraction.py [--data-root ../shared/data] [--collections ota-dating,ota-genai-contrib]
                                              [--no-baseline] [--no-throughput] [--write]

Writes benchmarks/out/<collection>/{baseline,ours}.jsonl and prints, per collection, the scorer's totals,
the pages where ours falls short, and the throughput ratio ours / plain trafilatura (on the first collection).
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import json
import logging
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from archive.extract import ExtractionRejected, extract

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def load_captures(warc: Path) -> dict[str, list[dict]]:
    """url -> captures in time order (date, status, content type, body)."""
    by_url: dict[str, list[dict]] = collections.defaultdict(list)
    with open(warc, "rb") as f:
        for rec in ArchiveIterator(f):
            if rec.rec_type != "response":
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI")
            date = rec.rec_headers.get_header("WARC-Date")
            status = int(rec.http_headers.get_statuscode()) if rec.http_headers else 200
            ctype = rec.http_headers.get_header("Content-Type") if rec.http_headers else None
            by_url[url].append({"date": iso_z(date), "status": status, "ctype": ctype,
                                "body": rec.content_stream().read()})
    for caps in by_url.values():
        caps.sort(key=lambda c: c["date"])
    return by_url


def iso_z(value: str) -> str:
    d = dt.datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(dt.timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def baseline_text(body: bytes, url: str) -> str | None:
    import trafilatura
    return trafilatura.extract(body.decode("utf-8", "replace"), url=url, favor_recall=True,
                               include_tables=True)


def run_baseline(by_url) -> list[dict]:
    rows = []
    for url, caps in by_url.items():
        last = None
        for c in caps:
            if c["status"] >= 400:
                continue
            text = baseline_text(c["body"], url)
            if not text:
                continue
            h = hashlib.sha256(re.sub(r"\s+", " ", text).strip().encode()).hexdigest()
            if h != last:
                rows.append({"url": url, "first_seen": c["date"], "text": text})
                last = h
    return rows


def write_jsonl(rows, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


COLLECTIONS = ("ota-dating", "ota-genai-contrib")
CLI = ROOT / ".venv" / "bin" / "policy-archive"


def find_root(arg: str | None) -> Path:
    if arg and not Path(arg).is_dir():
        sys.exit(f"--data-root {arg}: no such folder (it holds <collection>/manifest.json, snapshots.warc.gz)")
    for cand in ([arg] if arg else []) + [str(ROOT.parent / "shared/data"), "/work/shared/data"]:
        if cand and Path(cand).is_dir():
            return Path(cand)
    sys.exit("collections not found: pass --data-root DIR (holding <collection>/manifest.json, snapshots.warc.gz)")


def scorer_of(root: Path) -> Path:
    return root.parent / "tools" / "score_adjudicated.py"


def run_ours(data: Path, out: Path) -> tuple[Path, float, str]:
    """Import the collection's WARC into a fresh archive and export every version: (export, seconds, summary)."""
    cli = str(CLI) if CLI.exists() else "policy-archive"
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "a.db"
        t0 = time.perf_counter()
        imp = subprocess.run([cli, "--db", str(db), "import-warc", str(data / "snapshots.warc.gz")],
                             capture_output=True, text=True)
        secs = time.perf_counter() - t0
        if imp.returncode != 0:
            raise RuntimeError(f"import-warc failed: {imp.stderr[-2000:]}")
        export = out / "ours.jsonl"
        exp = subprocess.run([cli, "--db", str(db), "export", "--format", "jsonl", "--all-versions", "-o", str(export)],
                             capture_output=True, text=True)
        if exp.returncode != 0:
            raise RuntimeError(f"export failed: {exp.stderr[-2000:]}")
    return export, secs, (imp.stdout.strip().splitlines() or [""])[0]


def score(scorer: Path, data: Path, export: Path) -> dict:
    """The adjudicating scorer's totals and per-page figures for an export."""
    out = subprocess.run([sys.executable, str(scorer), str(data / "manifest.json"), str(data / "snapshots.warc.gz"),
                          str(data), str(export), "--show", "1000"], capture_output=True, text=True, check=True).stdout
    res: dict = {"raw": out, "pages": {}, "examples": []}
    for line in out.splitlines():
        m = re.match(r"(.+?)\s+snaps=\s*(\d+) curated=\s*(\d+) ours=\s*(\d+) tp=(\d+) fp=(\d+) fn=(\d+) "
                     r"text_f1=([\d.]+)", line)
        if m:
            res["pages"][m.group(1).strip()] = dict(zip(["snaps", "curated", "ours", "tp", "fp", "fn"],
                                                        map(int, m.groups()[1:7])), f1=float(m.group(8)))
        m = re.match(r"\s+(.+?\.html) (\S+) (false version|missed change)$", line)
        if m:
            res["examples"].append(m.groups())
        m = re.match(r"adjudicated change points: precision=([\d.]+) recall=([\d.]+) tp=(\d+) fp=(\d+) fn=(\d+) "
                     r"undecided=(\d+); text f1=([\d.]+)", line)
        if m:
            res.update(precision=float(m.group(1)), recall=float(m.group(2)), tp=int(m.group(3)), fp=int(m.group(4)),
                       fn=int(m.group(5)), undecided=int(m.group(6)), f1=float(m.group(7)))
    return res


def throughput(by_url, repeat: int = 2) -> dict:
    """Uncached: our extract() vs a plain trafilatura.extract loop over the same captures, in this process.

    CPU time (process_time) per capture, the two pipelines interleaved capture by capture (in alternating
    order) and each capture's best of `repeat` runs kept: the machine is shared, and a neighbour's burst
    then slows both pipelines alike or is dropped, instead of landing on whichever loop ran at the time.
    """
    import trafilatura
    caps = [(url, c) for url, cs in by_url.items() for c in cs]

    def base(url, c):
        trafilatura.extract(c["body"].decode("utf-8", "replace"), url=url, favor_recall=True, include_tables=True)

    def ours(url, c):
        try:
            extract(c["body"], c["ctype"], url)
        except ExtractionRejected:
            pass

    ours(*caps[0])  # warm-up: imports and langdetect profiles load once per process, not per capture
    base(*caps[0])
    total = {base: 0.0, ours: 0.0}
    w0 = time.perf_counter()
    for i, (url, c) in enumerate(caps):
        best = {base: float("inf"), ours: float("inf")}
        for r in range(repeat):
            for fn in ((base, ours) if (i + r) % 2 else (ours, base)):
                t0 = time.process_time()
                fn(url, c)
                best[fn] = min(best[fn], time.process_time() - t0)
        for fn in total:
            total[fn] += best[fn]
    n = len(caps)
    return {"captures": n, "repeat": repeat, "baseline_per_s": n / total[base], "ours_per_s": n / total[ours],
            "ratio": total[base] / total[ours], "baseline_ms": 1000 * total[base] / n,
            "ours_ms": 1000 * total[ours] / n, "wall_s": time.perf_counter() - w0}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-root", help="folder holding the collections (default ../shared/data)")
    ap.add_argument("--collections", default=",".join(COLLECTIONS))
    ap.add_argument("--out", default=str(HERE / "out"))
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--no-throughput", action="store_true")
    ap.add_argument("--write", action="store_true", help="replace the ## Extraction section of RESULTS.md")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    root = find_root(args.data_root)
    scorer = scorer_of(root)
    results: dict[str, dict] = {}
    tp = None
    for name in args.collections.split(","):
        data, out = root / name, Path(args.out) / name
        out.mkdir(parents=True, exist_ok=True)
        res: dict = {}
        export, secs, summary = run_ours(data, out)
        res["ours"] = score(scorer, data, export)
        res["ours"].update(import_s=secs, summary=summary, load=os.getloadavg()[0])
        by_url = None
        if not args.no_baseline or (tp is None and not args.no_throughput):
            by_url = load_captures(data / "snapshots.warc.gz")
        if not args.no_baseline:
            write_jsonl(run_baseline(by_url), out / "baseline.jsonl")
            res["baseline"] = score(scorer, data, out / "baseline.jsonl")
        results[name] = res
        report(name, res)
        if tp is None and not args.no_throughput:
            tp = throughput(by_url)
            tp["collection"] = name
            print(f"\nthroughput over {tp['captures']} captures of {name} (CPU time, best of {tp['repeat']}): plain "
                  f"trafilatura {tp['baseline_ms']:.1f} ms ({tp['baseline_per_s']:.1f}/s), ours {tp['ours_ms']:.1f} ms "
                  f"({tp['ours_per_s']:.1f}/s), ratio {tp['ratio']:.2f}x")
    if args.write:
        write_section(results, tp, " ".join(["benchmarks/extraction.py"] + (argv or sys.argv[1:])))
    return 0


NOTES = """What remains, by kind (each disputed point read in the captures, not in the curated texts):
- **Oracle-region noise counted as misses.** Where a collection's selector takes in the page's menus, a
  cookie banner, hidden form fields or Cloudflare-obfuscated addresses (`[email protected]`, which the
  curated engine saw decoded by the browser), the oracle sees "words changed" where the policy did not: a
  legal menu gaining "FAQs", a consent banner's vendor count, UTM field labels. We remove all of these
  by kind, so they stay misses (most of ota-genai-contrib's: one AI service's legal menu alone makes 7).
- **A different page served at the policy's URL**: a homepage is rejected as not a policy, a much shorter
  page sharing little of its wording (a privacy portal) as `other_page` until it has been served a month,
  then versioned (Wenxinyiyan: Baidu's privacy portal for seven months, two false versions to the oracle,
  whose selector does not match it); the curated history sometimes records the homepage (Berget AI: one
  miss, and that curated version's text F1 0.08).
- **Undecidable points** (the collection's selector no longer matches the page, e.g. generated class
  names): the curated history decides, so a real edit it did not record is a false version (Hily: three,
  each read: a row added to a data table and a new effective date, the site's own removal of its date line,
  a redesign moving the title out of the text; Coffee Meets Bagel: one).
- **Text outside the collection's selector**: the page's own summary boxes beside the legal text (Bumble's
  "good to know" panels, text trafilatura used to drop as a div's own text) are kept; a real edit of one
  is a false version to the oracle (one).
- **Text F1** is lowered where curated versions keep a page's duplicated blocks, menus or per-tab summaries
  that we keep once or drop, and on pages whose text is only rendered by scripts (JavaScript shells are
  rejected as `challenge`). A tried rule that widened the extracted block whenever prose stood beside it
  took in a page's hidden layout filler ("word word word…") and made a false version: it was not kept.

Each rule's figure on both collections, measured when it was added (at 6bb2907: the rule disabled alone,
everything else as then committed; P / R / text F1; `none` is the product as then committed). Hash rules were recomputed from the stored Markdown, tree rules
re-extracted on the pages where they fire. The last four rows (added later) give the figures without -> with the rule:

| rule disabled | developed on | ota-dating | ota-genai-contrib |
|---|---|---|---|
| none (as committed) | | 0.963 / 0.990 / 0.961 | 0.968 / 0.845 / 0.946 |
| hidden alternatives (other tabs / versions / documents of a switcher) | genai | unchanged | unchanged P, F1 0.942 (document segmentation alone keeps the legal hub's policy apart) |
| collapsed panels of any length kept | case `accordion-hidden-panels` | unchanged | unchanged |
| table of contents is navigation | neither | unchanged | unchanged |
| links that lead nowhere (`#`, `%2523`, `javascript:`) are text | genai | unchanged | P 0.952 |
| same-page anchors hash alike | neither | unchanged | unchanged |
| random-valued query parameters folded | neither | P 0.954 | unchanged |
| a structured query value ending in a random token folded (`lipi=urn:li:page:x;<token>`) | neither | fires on no page | fires on no page |
| a fragment that persists (3 captures over a day, no full text between) is a version from its first capture | neither (the kind reported on an unseen collection) | fires on no page | fires on no page |
| epoch-timestamp values folded (alone; with digit-named parameters, added in the same commit: dating P 0.954 -> 0.963, genai unchanged) | dating | unchanged | unchanged |
| `<article>` widened to `<main>` (a policy's own footer) | case `trafilatura-contact-footer` | fires on no page | fires on no page |
| document segmentation, focused re-read before refusing, show/hide toggles | neither | fire on no page | segmentation fires on the legal hub when the hidden-alternatives rule is off |
| a section's own `<header>` kept (title, date, opening paragraph; HTML-AAM's banner rule) | genai (one page) | fires on no page | unchanged at three decimals; that page's text F1 0.824 -> 0.868 |
| repeated list items kept (entries of a structure, not a widget) | genai (one page) | text F1 unchanged at three decimals; two pages up (0.990 -> 0.991, 0.992 -> 0.994), none down | text F1 0.944 -> 0.945; eight pages up, none down |
| an address shown as its link's text, most of a short line, kept as text | genai (one page) | one page up (0.976 -> 0.993), three down by 0.001-0.005 (the curated Markdown counts such an address twice, `[url](url)`) | text F1 0.945 -> 0.946 (that page 0.802 -> 0.908) |

Rules added since, most prompted by `benchmarks/robustness.py` (kinds of noise and edit applied to both
collections' real templates), each with its figures without -> with it on the real histories: text F1 per
curated version from extraction alone with the rule switched off (four decimals, so that small moves show),
change points from the full import. Product at 6bb2907: 0.963 / 0.990 / 0.961 and 0.968 / 0.845 / 0.946.

| rule added | found on | ota-dating | ota-genai-contrib |
|---|---|---|---|
| a div's own text is a paragraph (trafilatura 2.3 drops it, and the words before a div's first link) | dating (Mektoube) | F1 0.9634 -> 0.9633: Mektoube 0.470 -> 0.495, Bumble 0.907 -> 0.902; P 0.963 -> 0.954 (Bumble's summary box, outside the selector) | F1 unchanged at four decimals: Airon 0.868 -> 0.871, four pages up by <= 0.001, none down |
| a section id that is its heading's slug is no furniture word; a prose chapter whose id holds one neither | genai (Together), dating (Bumble) | F1 0.9619 -> 0.9633 (Bumble 0.888 -> 0.902: its whole sharing table was dropped) | Together 0.951 -> 0.990 (either rule alone keeps its section 2.3); F1 0.9460 -> 0.9462 |
| a header by class holding a title and prose is the document's | dating (Mektoube) | Mektoube 0.443 -> 0.495 | fires on no page |
| a policy laid out as sibling sections, or inside one `<p>`, is marked as the article | benchmark (announcement bars) | HER 0.994 -> 0.998 | fires on no page |
| a list of links a sentence introduces survives trafilatura's link-density cut | benchmark (accordions) | fires on no page | Cursor 0.992 -> 0.998, Wordtune 0.968 -> 0.970 |
| whitespace between blocks one newline; a heading's collapsed panel of links is no link farm, its box unwrapped | benchmark | fire on no page | one page moves by under 0.001 (Replit) |
| a policy without its title ends where another document titled above its headings begins | benchmark (other documents) | fires on no page | fires on no page |
| link destinations with balanced parentheses hashed whole | benchmark (GitHub's PDF links) | fires on no page | fires on no page in the histories |
| another page at the policy's address (`other_page`) until it has been served a month; fragments by words and runs of words; CJK characters as words | genai (Wenxinyiyan) | fires on no page | unchanged (refused for ever, Wenxinyiyan's privacy portal made P 0.968 -> 1.000; a reviewer showed that a long policy replaced by a short new one would then never be versioned, so a month of it is a version) |
| typographic quotes and dashes folded in hashing; page counters dropped | benchmark | one quote-only version fewer (LoveScout24, before the curated window) | fires on no page |
| a heading alone in its box beside the section's number (`<div>1.</div><div><h2 class=...>`) is judged by the text after the numbered block | benchmark (heading-classes on a Webflow template of genai) | fires on no page (heading-classes 0 / 34 before and after) | exports identical; heading-classes 3 -> 1 of 63 |
| an opening of a few paragraphs in a box of its own before the box of sections, speaking of the policy and not links, is the document's | dating (DisonsDemain, trial 10) | 3 versions' text gains its opening and declared date (DisonsDemain 0.976 -> 0.990); text F1 0.972 -> 0.973; change points unchanged | fires on no page |
| a collapsed table of contents (a heading's hidden panel of links to places on the page) goes with its title, as a shown one does | held-out texts (`unseen_texts` pages with the robustness kind collapsed-sections: Bluesky, Twitch) | fires on no page: exports identical | fires on no page: exports identical |
| a paragraph said twice in one section is told a repeat with its typography folded, as hashing folds it | held-out texts (robustness kind typography: FlixBus, Esprit) | fires on no page: exports identical | fires on no page: exports identical |
| a link target with an unbalanced ")" is written in <> and hashed whole; the policy check reads words, not link targets | the unseen texts' robustness (link-ids, link-params: Discord, Thomson Reuters, WhatsApp FR) | exports identical | exports identical |
| a list's links name other sites' statements by where they lead, not by a visit's parameters; a list an item's line introduces is its text | the unseen texts' robustness (link-params: Daily Mail) | exports identical | exports identical |
| a hidden "(opens in a new window)" hint (WCAG G201, 12 languages) is no link's name, beside a decorative image too | the unseen texts' robustness (screen-reader: Apple, Substack, OPay) | exports identical | exports identical |
| a heading classed as furniture that opens with its section number (not a date, not a count) is the document's (a first form also kept one standing among sibling section headings; a review showed it kept a widget's "Related articles" set among them, and quadratic on a page of many, so it went) | the unseen texts' robustness (heading-classes: Amazon Advertising, BBC) | exports identical | exports identical |
| a heading's collapsed panel of links is no link farm when its links lead to the site itself or to privacy pages (a first form let off every heading's panel; a review showed hidden spam links after a heading kept), and its lists are judged as the same lists shown (marked always kept only in a panel a widget is wired to) | the unseen texts' robustness (collapsed-sections: Criteo, Google, Verizon; 28 of 304 -> 2) | exports identical; collapsed kinds 0 / 30 and 0 / 29 before and after | exports identical; collapsed kinds unchanged (0 / 56; Jasper's one missed panel word as before) |
| an element HTML does not define that holds blocks is a container, its own text kept, judged by its name as a box by its class (`<social-share-bar>`); `<data>` is a word of its sentence | the unseen texts' robustness (LINE: 4 missed edits of its representatives' addresses) | exports identical | exports identical |
| an `<aside>` that is a list item's or a table cell's content is its text | the unseen texts' robustness (callout-word: Y Combinator) | exports identical | exports identical |
| a fragment-only link is a place in the page whatever the `<base href>` | site chrome (five real chromes' bases; 19 of 35 splits) | exports identical | exports identical |
| `<main>`s and `<article>`s all under a quarter of the text are plain boxes, the box holding 70 % of it the article | site chrome (a sports site's feed of teaser articles) | exports identical | exports identical |
| a box named for furniture that holds a box named by the same word, with twice its text beside it, is a layout (`zen-one-sidebar-second`, `content-sidebar-wrap`) | site chrome (a Drupal Panels news page) | exports identical | exports identical |
| a challenge's marker beside words that read as a policy is a widget, not an interstitial | site chrome (a reCAPTCHA comment form beside a 320-word policy) | exports identical | exports identical |
| a box of teasers (two or more cards, each headed by an http(s) link to another page of one site, under half the page's text, not speaking the policy's vocabulary) is not counted when the box holding 70 % of the text is looked for | site chrome (a news site's column of teasers after a short policy: 3 of its 4 splits) | exports identical | exports identical |
| a short div in a list item, a quotation or an address, or one whose words are all in a link or a bold run among a run of lines, is a line; three words ending with a colon over a block with words of its own too | the unseen texts' robustness (div-paragraphs: 111 -> 7 of 417; the colon: Pirr, genai) | exports identical | Bardeen gains its list of data-protection authorities (1 version); change points unchanged |
| `<br><br>` is a paragraph break, split before any block is judged, each piece with the paragraph's class and style | the unseen texts' robustness (br-paragraphs: 88 -> 0 of 417) | paragraph breaks in 3 pages' Markdown (Bumble, LEX, Tinder; a cell's `<br><br>`); hashes and change points unchanged | Wordtune loses a grid cell's sentence repeated from the row above (1 of 25 versions); change points unchanged |
| an e-mail address shown as its own link text, most of a short line, is text | the review of Bardeen's split contact block (genai) | Tinder's EU representative (8 versions) and Parship's DPO (3) gain their e-mail line; change points unchanged | Bardeen's support address kept; change points unchanged |
| typed "• item" lines and a record's short "Label: value" fields repeat as list items do; a link glued to a word set apart and a bold holding only a link read as the link in hashing | the unseen texts' robustness (typed-bullets: 29 -> 14 of 287); a colleague's review (fields) | happn gains a typed item (1 version); 20 content hashes change, change points unchanged | Jasper gains its typed items (3 versions); change points unchanged |
| relative times as moment.js writes them (Arabic's "منذ", Hungarian's "3 napja", Thai under its "updated" label); a documentation generator's last-commit stamp; Persian's zero-width non-joiner kept; `mailto:`/`tel:` targets hashed as the address and the number; "accept cookies" a banner's button only on a line of its own, quoted or after "click" | an audit of the language rules (twelfth session), an audit of kinds no benchmark had (thirteenth) | fire on no page: Markdown identical | fire on no page: Markdown identical |
| a box with `role="tablist"` holding its panels (or text besides its tabs' labels) is an accordion, not navigation; a link that works a heading's panel, or stands in a `role="tab"` title, is the title's words | an audit of missed changes (Elementor, Bootstrap 3, jQuery UI accordions: every edit inside lost) | exports identical (Bumble's tabs-only switcher stays navigation) | exports identical; robustness kinds tablist-accordion / tablist-panel-word 50 / 56 -> 2 / 56, 48 / 52 -> 1 / 52 (unseen texts, held out: 304 / 304 -> 38 / 304, 282 / 304 -> 0 / 304) |
| a box named after the heading that opens it is that section; a list of other sites' privacy pages under a heading, or introduced from a wrapper of its own (Intercom), is text; `role="heading"` a heading, `role="complementary"` among paragraphs an aside's text, a `<figcaption>` outside a `<figure>` a line | the same audit | exports identical | Anthropic's two versions gain a table's caption ("Use of personal data"); change points unchanged |
| declared dates: a label's other endings, "last modified / revised" labels in 18 languages, dates in a template's brackets, era years, a sentence naming the policy and its update with its date anywhere; a numeric order settled by a policy's other versions | three helper-built sets of real date lines (the third held out: 130 -> 140 of 158, no wrong date); a fresh user's trial (Replit, Fireworks) | exports identical but for dates: none moves | Replit's 2024-09-10 -> 2024-10-09, Fireworks' 2025-12-11 -> 2025-11-12; change points unchanged |
| a bundler's content hash in a linked asset's name folded in hashing (webpack/Next.js hex, Vite's dash-hex and 8-character base64url with digits and both cases; no year in a hash) | an audit's kind; a review's counter-examples (`-v2-Final`, `-1Dec2023`) | exports identical | exports identical; ota-doc-types: 4 of 19,045 link targets folded, all real hashes |
| React's streamed parts (`$RC`/`$RS`, the external runtime's templates) replayed at parse time | an audit's kind (Next.js App Router fetched without a browser) | fires on no page | exports identical (Fireworks' 2 streamed captures stream no policy text) |
| what a server prints for each visit is dropped (a session or request id, a render time, a hit counter's sentence, in 6 languages); a count is digits in groups of three, so a section's "12. Comments" stays; `_t`, `_ts`, `_dc`, `_cb` are cache-busters | a fresh user's trial (a version at every capture); held-out titles SurveyMonkey's "3.3 Visitor", DeviantArt's "12. Comments" | exports identical | exports identical |
| a consent wall served in place of a shorter policy's text (a notice under no more than a title, sharing little) is `other_page` | a fresh user's trial (a 68-word wall made a version of a 132-word policy) | fires on no page | fires on no page |
| declared dates: full-width digits, Thai "พ.ศ." years and abbreviated months, Serbian in Latin script, a date alone under the title, labels of 14 more languages' forms, not a law's date | a fourth set of 160 real date lines (held out 88 -> 88, then 137); the first three sets 135 -> 137, 118 -> 124, 140 -> 151, no wrong date | declared dates unchanged | one version's declared date (incredible.one: its title's "Tuesday, July 29, 2025") |
| a `<div>` of inline content holding `<br><br>` is paragraphs, split before any block is judged; a table cell's short div, and short divs after a line that introduces them, are lines | the robustness kind div-paragraphs (Bardeen's address: genai); two colleagues' reviews | exports identical | Bardeen's version 1 gains a list item's second paragraph; change points unchanged |
| an `<aside>` between two of the policy's `<section>`s is its text; a site's message named by its design system (Bootstrap's dismissible alert, a toast, GOV.UK's notification banner, DSFR's `fr-notice`) is furniture while it holds a line's words and no heading; an `<article>` holding the title starts the document | a fifth audit (per-visit noise of other industries, 10 languages: 94 kinds, 33 -> 26 failing) | fires on no page: exports identical | fires on no page: exports identical |
| a link set apart, in hashing, from a sentence's mark before it and from a word past a bold run's marks | held-out texts (typed-bullets: WhatsApp, Meetup) | 6 content hashes change; versions and change points unchanged | 2 content hashes change; versions and change points unchanged |
| a link that reads as a line is the section's text after a list as after a paragraph; a typed bullet is no word of it | held-out texts (typed-bullets: Google's "Go to My Ad Centre") | exports identical record by record at 0.5.84 (the full import) | exports identical record by record at 0.5.84 (the full import) |
| a refused text (a fragment, another page, a page not legal) in two captures a week or more apart (another page: a month), or followed as far apart by an edition of it (not its fragment, sharing half its runs, holding runs the version lacks), with no sight of the version between, is a version from its first capture | the robustness kind shortened (a history taken on change: held out 401 -> 6 of 406); a review's counter-examples (stubs cut at other points, a page printing the day) | fires on no page: exports identical | fires on no page: exports identical |
| a response cut in transfer (no `</body>`/`</html>` where the version's last capture had one) holding the policy's first paragraphs, the last perhaps cut in a cell or a tag, is a fragment | a fresh user's trial (a page cut after four of seven sections: two versions) | fires on no page (Meetic's group and x.ai never close their pages; one Finya capture is the version's text) | fires on no page |
| a furniture word joined to the widget's noun (`jp-relatedposts`, `relatedArticles`, `sociallinks`) is read as its two words | a fresh user's trial (Jetpack's related posts); a review (an id `socialLinks` over its section) | exports identical but for content hashes (below) | exports identical but for content hashes (below) |
| a line wholly in bold or italics hashes as the line, as a heading did | a fresh user's trial (a redesign's italic date line, bold version line) | versions, Markdown, captures and last sightings identical; 118 content hashes change | the same; 76 content hashes change |
| another legal document (the classifier's terms, cookies, imprint, other legal) than the policy and than the version in force, sharing little with it, is `other_document`, a version after a week; the policy in another language stays a version (a first form refused it: Hily's French copy between English captures, which the curators recorded: ota-dating 0.954 / 0.990 -> 0.952 / 0.952) | an audit of histories taken on change (the Terms served once at the policy's address) | fires on no page: exports identical | fires on no page: exports identical |

Before this work (a7a3a10, same scorer): ota-dating 0.945 / 0.990 / 0.962, ota-genai-contrib 0.800 / 0.845 / 0.931."""


def write_section(results: dict, tp: dict | None, command: str) -> None:
    """The `## Extraction` section of RESULTS.md (the rest of the file belongs to benchmarks/run.py)."""
    import io
    from contextlib import redirect_stdout
    buf = io.StringIO()
    with redirect_stdout(buf):
        for name, res in results.items():
            report(name, res)
    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                             cwd=ROOT).stdout.strip()
    except OSError:
        rev = "?"
    lines = ["## Extraction",
             f"Command: `.venv/bin/python {command}` (last run {when} at {rev}). Collections: "
             "`../shared/data/ota-dating` (25 dating services, 1228 captures) and `../shared/data/ota-genai-contrib` "
             "(38 AI services, 1496 captures), real Open Terms Archive histories. Each WARC is imported into a fresh "
             "archive with `policy-archive import-warc`, exported with `export --format jsonl --all-versions` and "
             "scored with `../shared/tools/score_adjudicated.py` (change points where ours and the curated history "
             "disagree are judged by the collection's own selectors applied to the captures). The baseline (plain "
             "`trafilatura.extract(favor_recall=True, include_tables=True)`, whitespace folded, sha256, a new version "
             "on a new hash) is scored the same way in the same run. Targets: precision, recall >= 0.97 and text "
             "F1 >= 0.95 on each collection.", ""]
    lines += buf.getvalue().rstrip().splitlines()
    if tp:
        lines += ["", f"Extraction throughput over the {tp['captures']} captures of {tp['collection']}, uncached, CPU time "
                  f"of this process, the two pipelines interleaved per capture and each capture's best of {tp['repeat']} "
                  f"runs kept (the machine is shared): plain trafilatura {tp['baseline_ms']:.1f} ms per capture "
                  f"({tp['baseline_per_s']:.1f}/s), ours {tp['ours_ms']:.1f} ms ({tp['ours_per_s']:.1f}/s): "
                  f"**{tp['ratio']:.2f}x**. Import throughput (the real command, process pool) is in the Ingest section."]
    lines += ["", NOTES]
    path = HERE / "RESULTS.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    section = "\n".join(lines) + "\n"
    m = re.search(r"^## Extraction\n.*?(?=^## |\Z)", text, flags=re.S | re.M)
    text = text[:m.start()] + section + ("\n" + text[m.end():] if text[m.end():] else "") if m else \
        text.rstrip() + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def report(name: str, res: dict) -> None:
    print(f"\n### {name}\n")
    print("| pipeline | change-point precision | recall | text F1 | tp / fp / fn | undecided |")
    print("|---|---|---|---|---|---|")
    for pipe, r in res.items():
        print(f"| {pipe} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['tp']} / {r['fp']} / {r['fn']} "
              f"| {r['undecided']} |")
    ours = res["ours"]
    print(f"\nimport: {ours.get('summary')} ({ours.get('import_s', 0):.1f} s wall, load average "
          f"{ours.get('load', 0):.1f} after it)")
    short = {p: v for p, v in ours["pages"].items() if v["fp"] or v["fn"] or v["f1"] < 0.95}
    if short:
        print("\npages where ours falls short (curated / ours versions, tp / fp / fn, text F1):\n")
        print("| page | curated | ours | tp / fp / fn | text F1 |")
        print("|---|---|---|---|---|")
        for p, v in sorted(short.items()):
            print(f"| {p.replace('/Privacy Policy.html', '')} | {v['curated']} | {v['ours']} | {v['tp']} / {v['fp']} / "
                  f"{v['fn']} | {v['f1']:.3f} |")
    if ours["examples"]:
        print("\ndisputed points left: " + "; ".join(f"{p.replace('/Privacy Policy.html', '')} {t} ({k})"
                                                     for p, t, k in ours["examples"]))


if __name__ == "__main__":
    sys.exit(main())
