"""Discovery on real saved pages: does the spider's homepage step put the right privacy link first?

Runs `crawler.discover.homepage_candidates` -- the very function the spider's `parse_home` calls -- on
each page of `../shared/data/realpages-dev/` (real pages of real sites, 30 languages, labelled by hand;
its README gives the labelling rules) and reports, overall, per half and per language:

- top-1 right: of the pages labelled with a policy link, how often the first candidate is one of them;
- "none" right: of the pages labelled with none, how often there is no candidate at all;
- decoy first: how often the first candidate is a sibling page (terms, imprint, cookie page, privacy
  choices, security page, a news article, a legal hub) instead of the policy. The judge of "sibling" is a
  fixed word list in this file, independent of the vocabularies discovery uses, so a before/after
  comparison uses the same judge.

The pages are split in two halves (per language, alternate pages by id): `dev` is the half whose failures
were looked at while developing, `check` the half that was not; both are reported. No rule of discovery
is taken from these pages (vocabularies come from general knowledge of each language).

    .venv/bin/python benchmarks/discovery.py                # tables (Markdown) on stdout
    .venv/bin/python benchmarks/discovery.py --failures     # and every wrong page: expected vs first candidate
    .venv/bin/python benchmarks/discovery.py --data DIR --half check
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler import discover  # noqa: E402

DATA_CANDIDATES = [ROOT.parent / "shared/data/realpages-dev", Path("/work/shared/data/realpages-dev")]

# The judge of "a sibling page came first" (fixed, not discovery's vocabulary): words of link labels and
# URLs naming terms, imprints, cookie pages, privacy choices, security pages, news, legal hubs.
SIBLING_WORDS = [
    "terms", "conditions", "agreement", "tos", "eula", "imprint", "impressum", "legal notice", "mentions",
    "cookie", "choices", "do not sell", "opt-out", "settings", "preferences", "security", "news", "blog",
    "press", "article", "legal", "agb", "nutzungsbedingungen", "condiciones", "términos", "termos",
    "condizioni", "voorwaarden", "aviso legal", "note legali", "regulamin", "feltételek", "podmínky",
    "vilkår", "villkor", "ehdot", "условия", "соглашение", "умови", "koşul", "sözleşme", "شروط",
    "利用規約", "约款", "条款", "協議", "协议", "이용약관", "kiyaku", "riyou", "yakkan",
]


def canon(url: str) -> str:
    """URL as the README compares them: percent-decoded, host lower-case, scheme, trailing slash and
    fragment ignored."""
    parts = urlsplit(url.strip())
    path = unquote(parts.path).rstrip("/")
    query = unquote(parts.query)
    return f"{(parts.netloc or '').lower()}{path}{'?' + query if query else ''}"


def is_sibling(cand) -> bool:
    label = discover.norm(cand.label)
    path = discover.norm(unquote(urlsplit(cand.url).path + "?" + urlsplit(cand.url).query))
    text = f"{label} {path.replace('-', ' ').replace('_', ' ').replace('/', ' ')}"
    privacy = re.search(r"privacy|priva|datenschutz|confidential|données|datos|dados|個人情報|隐私|隱私|개인정보|"
                        r"персональн|конфиденц", text)
    return bool(any(w in text for w in SIBLING_WORDS) and not (privacy and "choices" not in text
                                                               and "settings" not in text))


def half_of(manifest: list[dict]) -> dict[str, str]:
    """Per language, pages sorted by id alternate between `dev` and `check`."""
    by_lang = defaultdict(list)
    for page in manifest:
        by_lang[page["lang"]].append(page["id"])
    halves = {}
    for ids in by_lang.values():
        for i, pid in enumerate(sorted(ids)):
            halves[pid] = "dev" if i % 2 == 0 else "check"
    return halves


def load_html(data: Path, page: dict) -> str:
    body = gzip.decompress((data / page["file"]).read_bytes())
    if page.get("charset"):
        return body.decode(page["charset"], "replace")
    return discover.decode_html(body, None)


def evaluate(data: Path) -> list[dict]:
    manifest = json.loads((data / "manifest.json").read_text())
    halves = half_of(manifest)
    results = []
    for page in manifest:
        html = load_html(data, page)
        t0 = time.perf_counter()
        cands = discover.homepage_candidates(html, page["page_url"], page["page_url"])
        ms = (time.perf_counter() - t0) * 1000
        top = cands[0] if cands else None
        wanted = {canon(u) for u in page["policy_urls"]}
        if wanted:
            right = top is not None and canon(top.url) in wanted
        else:
            right = top is None
        decoy = top is not None and not (wanted and canon(top.url) in wanted) and (
            is_sibling(top) or canon(top.url) in {canon(u) for u in page.get("hub_urls", [])})
        results.append({"id": page["id"], "lang": page["lang"], "half": halves[page["id"]],
                        "has_policy": bool(wanted), "right": right, "decoy": decoy, "ms": ms,
                        "expected": page["policy_urls"], "got": top.url if top else None,
                        "label": top.label if top else "", "rule": top.rule if top else "",
                        "score": top.score if top else None,
                        "found_in": next((i for i, c in enumerate(cands) if canon(c.url) in wanted), None)})
    return results


def summarise(rows: list[dict]) -> dict:
    pos = [r for r in rows if r["has_policy"]]
    neg = [r for r in rows if not r["has_policy"]]
    return {"pages": len(rows), "pos": len(pos), "top1": sum(r["right"] for r in pos),
            "neg": len(neg), "none_right": sum(r["right"] for r in neg), "decoy": sum(r["decoy"] for r in rows)}


def pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f} %)" if b else "-"


def table(results: list[dict]) -> str:
    out = ["| set | pages | top-1 right (pages with a policy link) | \"none\" right | decoy first |",
           "|---|---|---|---|---|"]
    groups = [("all", results)] + [(f"half {h}", [r for r in results if r["half"] == h]) for h in ("dev", "check")]
    for name, rows in groups:
        s = summarise(rows)
        out.append(f"| **{name}** | {s['pages']} | {pct(s['top1'], s['pos'])} | {pct(s['none_right'], s['neg'])} "
                   f"| {s['decoy']} |")
    out += ["", "| language | pages | top-1 right | \"none\" right | decoy first |", "|---|---|---|---|---|"]
    by_lang = defaultdict(list)
    for r in results:
        by_lang[r["lang"]].append(r)
    for lang in sorted(by_lang, key=lambda lang: (-len(by_lang[lang]), lang)):
        s = summarise(by_lang[lang])
        out.append(f"| {lang} | {s['pages']} | {pct(s['top1'], s['pos'])} | {pct(s['none_right'], s['neg'])} "
                   f"| {s['decoy']} |")
    return "\n".join(out)


def failures(results: list[dict], half: str | None) -> str:
    out = []
    for r in results:
        if r["right"] or (half and r["half"] != half):
            continue
        kind = ("decoy first" if r["decoy"] else "wrong first") if r["got"] else "no candidate"
        if r["got"] and not r["has_policy"]:
            kind += " (page has none)"
        out.append(f"- [{r['half']}] {r['id']} ({r['lang']}): {kind}; expected {r['expected'] or 'none'}; "
                   f"got {r['got']} [{r['label']!r}, {r['rule']}, {r['score']}]; right one at rank {r['found_in']}")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="the realpages directory (manifest.json + pages/)")
    ap.add_argument("--failures", action="store_true", help="list every wrong page")
    ap.add_argument("--half", choices=["dev", "check"], help="list failures of this half only")
    ap.add_argument("--json", help="write the per-page results to this file")
    args = ap.parse_args(argv)
    data = Path(args.data) if args.data else next((p for p in DATA_CANDIDATES if p.is_dir()), None)
    if data is None or not (data / "manifest.json").is_file():
        print("realpages data not found: pass --data DIR", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    results = evaluate(data)
    print(table(results))
    ms = sorted(r["ms"] for r in results)
    print(f"\n{len(results)} pages in {time.perf_counter() - t0:.1f} s; homepage step median "
          f"{ms[len(ms) // 2]:.1f} ms, max {ms[-1]:.0f} ms per page")
    if args.failures:
        print("\n" + failures(results, args.half))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
