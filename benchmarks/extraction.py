"""Extraction benchmark: fidelity of versions on the OTA dating dev set, and extraction throughput.

Why: extraction and change detection are judged on real capture histories nobody here wrote, against a
naive pipeline (plain trafilatura text + sha256) measured in the same run, so the figures are ratios to a
baseline on the same machine and data rather than absolute numbers that drift with hardware.

    .venv/bin/python benchmarks/extraction.py [--data ../shared/data/ota-dating] [--no-throughput]

Writes benchmarks/out/{baseline,ours}.jsonl and prints the scorer's figures (total and per page where a
page falls short) and the throughput ratio ours / plain trafilatura.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import json
import logging
import re
import subprocess
import sys
import time
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from archive.changes import NEW, REVERT, SAME, VersionState, decide
from archive.extract import EXTRACTOR_VERSION, ExtractionRejected, extract

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def find_data(arg: str | None) -> Path:
    for cand in ([arg] if arg else []) + [str(ROOT.parent / "shared/data/ota-dating"),
                                           "/work/shared/data/ota-dating"]:
        if cand and Path(cand, "manifest.json").exists():
            return Path(cand)
    sys.exit("dev set not found: pass --data DIR (holding manifest.json and snapshots.warc.gz)")


def find_scorer(data: Path) -> Path:
    return data.parent.parent / "tools" / "score_versions.py"


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


def cached_extract(body: bytes, ctype, url, cache_dir: Path | None):
    """extract() memoised on disk by (sha256(body), EXTRACTOR_VERSION): only to speed up iteration."""
    if cache_dir is None:
        return extract(body, ctype, url)
    import pickle
    key = hashlib.sha256(body).hexdigest() + "-" + EXTRACTOR_VERSION
    path = cache_dir / key
    if path.exists():
        res = pickle.loads(path.read_bytes())
    else:
        try:
            res = extract(body, ctype, url)
        except ExtractionRejected as e:
            res = e
        path.write_bytes(pickle.dumps(res))
    if isinstance(res, ExtractionRejected):
        raise res
    return res


def run_ours(by_url, cache_dir: Path | None = None, trace: bool = False) -> tuple[list[dict], collections.Counter]:
    """Replays each page's captures through extract + decide the way archive.record applies them."""
    rows: list[dict] = []
    outcomes: collections.Counter = collections.Counter()
    for url, caps in by_url.items():
        versions: list[dict] = []  # {"state": VersionState, "row": dict}
        for c in caps:
            if c["status"] >= 400:
                outcomes["rejected:http_error"] += 1
                continue
            try:
                ex = cached_extract(c["body"], c["ctype"], url, cache_dir)
            except ExtractionRejected as e:
                outcomes[f"rejected:{e.reason}"] += 1
                if trace:
                    print(f"  {url} {c['date']} rejected {e.reason} {e.detail}")
                continue
            d = decide(ex, [v["state"] for v in versions])
            if trace:
                print(f"  {url} {c['date']} {d.kind} {d.reason or ''}")
            if d.kind == NEW:
                st = VersionState(number=len(versions) + 1, content_hash=ex.content_hash, text=ex.text,
                                  captures=1, **_extra_state(ex))
                row = {"url": url, "first_seen": c["date"], "text": ex.text, "markdown": ex.markdown,
                       "title": ex.title, "language": ex.language, "declared_date": ex.declared_date}
                versions.append({"state": st, "row": row})
                outcomes["new_version"] += 1
            elif d.kind == SAME:
                versions[-1]["state"].captures += 1
                outcomes["unchanged"] += 1
            elif d.kind == REVERT:
                versions.pop()
                versions[-1]["state"].captures += 1
                outcomes["reverted"] += 1
            else:
                outcomes[f"rejected:{d.reason}"] += 1
        rows.extend(v["row"] for v in versions)
    return rows, outcomes


def _extra_state(ex) -> dict:
    import dataclasses
    names = {f.name for f in dataclasses.fields(VersionState)}
    return {"markdown": ex.markdown} if "markdown" in names else {}


def write_jsonl(rows, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def score(scorer: Path, manifest: Path, export: Path) -> dict:
    out = subprocess.run([sys.executable, str(scorer), str(manifest), str(export)], capture_output=True,
                         text=True, check=True).stdout
    res = {"raw": out, "pages": {}}
    for line in out.splitlines():
        m = re.match(r"(.+?)\s+snaps=\s*(\d+) gold=\s*(\d+) ours=\s*(\d+) tp=(\d+) fp=(\d+) fn=(\d+)", line)
        if m:
            res["pages"][m.group(1).strip()] = dict(zip(["snaps", "gold", "ours", "tp", "fp", "fn"],
                                                        map(int, m.groups()[1:])))
        m = re.match(r"text vs curated: precision=([\d.]+) recall=([\d.]+) f1=([\d.]+)", line)
        if m:
            res["text_p"], res["text_r"], res["f1"] = map(float, m.groups())
        m = re.match(r"change points: precision=([\d.]+) recall=([\d.]+)", line)
        if m:
            res["precision"], res["recall"] = map(float, m.groups())
    return res


def page_f1(manifest: Path, rows: list[dict]) -> dict[str, float]:
    """Mean token F1 per page, computed the way the scorer does (it only prints the total)."""
    spec = {}
    man = json.load(open(manifest))
    tok = re.compile(r"\w+", re.U)

    def f1(a, b):
        A = collections.Counter(tok.findall(a.lower()))
        B = collections.Counter(tok.findall(b.lower()))
        inter = sum((A & B).values())
        if not A or not B:
            return 0.0
        p, r = inter / sum(A.values()), inter / sum(B.values())
        return 2 * p * r / (p + r) if p + r else 0.0

    def canon(u):
        return re.sub(r"/+$", "", re.sub(r"^https?://(www\.)?", "", u))

    by = collections.defaultdict(list)
    for r in rows:
        by[canon(r["url"])].append(r)
    for name, m in man.items():
        date_of = {s["snapshot"]: iso_z(s["date"]) for s in m["snapshots"]}
        gold = [g for g in m["gold"] if g["snapshot"] in date_of]
        if not gold:
            continue
        vs = sorted(by.get(canon(m["url"]), []), key=lambda r: r["first_seen"])
        fs = []
        for g in gold:
            t = date_of[g["snapshot"]]
            cur = [r for r in vs if r["first_seen"] <= t]
            gt = re.sub(r"[#*_`>\[\]()|-]", " ", g["text"])
            fs.append(f1(cur[-1]["text"], gt) if cur else 0.0)
        spec[name] = sum(fs) / len(fs)
    return spec


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
    ap.add_argument("--data")
    ap.add_argument("--out", default=str(HERE / "out"))
    ap.add_argument("--cache", help="directory to memoise extractions in while iterating (not for final figures)")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--no-throughput", action="store_true")
    ap.add_argument("--trace", help="print every decision for URLs containing this string")
    ap.add_argument("--write", action="store_true", help="replace the ## Extraction section of RESULTS.md")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    data = find_data(args.data)
    manifest, scorer, out = data / "manifest.json", find_scorer(data), Path(args.out)
    by_url = load_captures(data / "snapshots.warc.gz")
    cache = Path(args.cache) if args.cache else None
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    results = {}
    if not args.no_baseline:
        rows = run_baseline(by_url)
        write_jsonl(rows, out / "baseline.jsonl")
        results["baseline"] = score(scorer, manifest, out / "baseline.jsonl")
        results["baseline"]["page_f1"] = page_f1(manifest, rows)
    if args.trace:
        sel = {u: c for u, c in by_url.items() if args.trace in u}
        run_ours(sel, cache, trace=True)
    rows, outcomes = run_ours(by_url, cache)
    write_jsonl(rows, out / "ours.jsonl")
    results["ours"] = score(scorer, manifest, out / "ours.jsonl")
    results["ours"]["page_f1"] = page_f1(manifest, rows)
    results["ours"]["outcomes"] = dict(outcomes)
    report(results)
    tp = None
    if not args.no_throughput:
        tp = throughput(by_url)
        print(f"\nthroughput over {tp['captures']} captures (CPU time, best of {tp['repeat']}): plain trafilatura "
              f"{tp['baseline_ms']:.1f} ms ({tp['baseline_per_s']:.1f}/s), ours {tp['ours_ms']:.1f} ms "
              f"({tp['ours_per_s']:.1f}/s), ratio {tp['ratio']:.2f}x")
    if args.write:
        write_section(results, tp, " ".join(["benchmarks/extraction.py"] + (argv or sys.argv[1:])))
    return 0


NOTES = """Where ours falls short, and why it is left so: Mektoube's first curated version starts at a
capture that is a JavaScript shell (the text is not in the HTML: rejected as `challenge`); the HER miss is
a curated change made only of app-download call-to-action links, Coffee Meets Bagel's only of removed
images, LoveScout24's only of line breaks inside an address (all boilerplate or formatting we do not
version); Bumble's text F1 is low because the curated selector keeps one copy of the page's per-tab
summaries and drops the summary boxes we keep once.

What bounds throughput, per stage (best of 3 per capture, every third capture, ms per capture):
trafilatura's extraction on the pre-cleaned tree 18.0 (a third of it its XPath rules, whose regular
expressions call back into Python for every element), preclean 5.0, postclean 3.3, our Markdown writer
2.2, hash 1.5, parse 1.5, policy check 1.2, the rest 2.3. trafilatura's own Markdown writer (escaping every
text node on a copy of the tree) took 12 ms of the 25 it cost before extractor 0.4.0; spans unwrapped
before trafilatura runs, function-word language detection for French and German, and line-by-line text
passes took the rest of the gap. What is left in our stages is Python-level work per element and per
block, not one hot spot."""


def write_section(results: dict, tp: dict | None, command: str) -> None:
    """The `## Extraction` section of RESULTS.md (the rest of the file belongs to benchmarks/run.py)."""
    import io
    from contextlib import redirect_stdout
    buf = io.StringIO()
    with redirect_stdout(buf):
        report(results)
    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                             cwd=ROOT).stdout.strip()
    except OSError:
        rev = "?"
    lines = ["## Extraction",
             f"Command: `.venv/bin/python {command}` (last run {when} at {rev}). Development set: "
             "`../shared/data/ota-dating` (1228 real captures of 25 dating-site policies, curated versions), "
             "scored with `../shared/tools/score_versions.py`; the baseline (plain `trafilatura.extract("
             "favor_recall=True, include_tables=True)`, whitespace folded, sha256, new version on a new hash) "
             "is computed in the same run. Targets: precision, recall, F1 >= 0.95; throughput >= 0.8x.", ""]
    lines += buf.getvalue().rstrip().splitlines()
    if tp:
        lines += ["", f"Throughput over {tp['captures']} captures, uncached, CPU time of this process, the two "
                  f"pipelines interleaved per capture and each capture's best of {tp['repeat']} runs kept (the "
                  f"machine is shared): plain trafilatura {tp['baseline_ms']:.1f} ms per capture "
                  f"({tp['baseline_per_s']:.1f}/s), ours {tp['ours_ms']:.1f} ms ({tp['ours_per_s']:.1f}/s): "
                  f"**{tp['ratio']:.2f}x** (target >= 0.8x)."]
    lines += ["", NOTES]
    path = HERE / "RESULTS.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    section = "\n".join(lines) + "\n"
    m = re.search(r"^## Extraction\n.*?(?=^## |\Z)", text, flags=re.S | re.M)
    text = text[:m.start()] + section + ("\n" + text[m.end():] if text[m.end():] else "") if m else \
        text.rstrip() + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def report(results: dict) -> None:
    print("| pipeline | change-point precision | recall | text F1 |")
    print("|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} |")
    if "ours" in results:
        print("\noutcomes:", results["ours"].get("outcomes"))
    print("\nper page where a pipeline falls short (fp, fn, mean text F1):")
    names = list(results)
    pages = sorted(set().union(*(r["pages"] for r in results.values())))
    print("| page | gold | " + " | ".join(f"{n} tp/fp/fn | {n} F1" for n in names) + " |")
    print("|---|---|" + "---|---|" * len(names))
    for p in pages:
        cells, short = [], False
        for n in names:
            pg = results[n]["pages"].get(p, {})
            f = results[n]["page_f1"].get(p, 0.0)
            short |= bool(pg.get("fp") or pg.get("fn")) or f < 0.95
            cells += [f"{pg.get('tp')}/{pg.get('fp')}/{pg.get('fn')}", f"{f:.3f}"]
        if short:
            gold = next(iter(results.values()))["pages"].get(p, {}).get("gold")
            print(f"| {p} | {gold} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    sys.exit(main())
