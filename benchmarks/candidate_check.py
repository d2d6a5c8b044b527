"""Candidate check benchmark: does the crawl's policy check accept real policy pages, and refuse other pages?

Discovery scores a homepage's links (`benchmarks/discovery.py`), then fetches the best candidates and keeps
the first whose page reads as a privacy policy (`crawler.discover.check_document`: the page-type classifier
over the text the archive would keep, with structural refusals before it). A check that refuses a real
policy leaves a company with "no policy found" although `import-warc` keeps the same bytes; one too easily
pleased archives a homepage or an article. Measured on real pages nobody here wrote:

- **dev policies**: the latest 200 capture of each policy URL of the development WARCs (`ota-dating`,
  `ota-genai-contrib`): must read as policies;
- **held-out policies** (`--heldout DIR`, optional): the last capture of each document of a held-out set
  in `benchmarks/heldout.py`'s layout (Open Terms Archive collections never developed on);
- **non-policies**: the homepages and articles of `realpages-dev` (and of `--realpages DIR`, optional, a
  held-out set in the same layout), at their own URLs: must not.

    .venv/bin/python benchmarks/candidate_check.py [--data-root ../shared/data] [--heldout DIR]
        [--realpages DIR] [--write]

`--write` replaces the ## Candidate check section of RESULTS.md.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import replace_section  # noqa: E402
from benchmarks.extraction import find_root  # noqa: E402
from crawler.discover import check_document  # noqa: E402


def latest_captures(warc: Path):
    """(url, body, content type) of each URL's latest 200 response in a WARC."""
    from warcio.archiveiterator import ArchiveIterator
    latest: dict[str, tuple] = {}
    with warc.open("rb") as fh:
        for r in ArchiveIterator(fh):
            if r.rec_type != "response" or r.http_headers is None or r.http_headers.get_statuscode() != "200":
                continue
            url, when = r.rec_headers.get_header("WARC-Target-URI"), r.rec_headers.get_header("WARC-Date")
            if url not in latest or when > latest[url][0]:
                latest[url] = (when, r.content_stream().read(), r.http_headers.get_header("Content-Type"))
    return [(url, body, ctype) for url, (_, body, ctype) in sorted(latest.items())]


def heldout_captures(folder: Path):
    """(url, body, content type) of the last capture of each document of a held-out set (index*.jsonl); a
    document without a URL gets a placeholder address naming no policy."""
    out = []
    for index in sorted(folder.glob("index*.jsonl")):
        for line in index.read_text().splitlines():
            doc = json.loads(line)
            url = doc.get("url") or f"https://{doc['service'].lower().replace(' ', '')}.example/"
            out.append((url, (folder / doc["versions"][-1]["file"]).read_bytes(), "text/html"))
    return out


def realpages(folder: Path):
    return [(e["page_url"], gzip.open(folder / e["file"]).read(), "text/html")
            for e in json.loads((folder / "manifest.json").read_text())]


def judge(items, want: bool) -> list[str]:
    """The pages judged otherwise than `want`, each as one line: URL, the check's reason and detail."""
    wrong = []
    for url, body, ctype in items:
        v = check_document(body, ctype, url)
        if v.is_policy != want:
            wrong.append(f"{url}: {v.reason} ({v.detail[:100]})")
    return wrong


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-root", help="folder holding ota-dating, ota-genai-contrib and realpages-dev")
    ap.add_argument("--heldout", metavar="DIR", help="a held-out set in benchmarks/heldout.py's layout")
    ap.add_argument("--realpages", metavar="DIR", help="held-out homepages and articles in realpages-dev's layout")
    ap.add_argument("--write", action="store_true", help="replace the ## Candidate check section of RESULTS.md")
    args = ap.parse_args(argv)
    root = find_root(args.data_root)
    sets = [("dev policies (latest capture of each URL of ota-dating, ota-genai-contrib)", True,
             [c for coll in ("ota-dating", "ota-genai-contrib") for c in latest_captures(root / coll / "snapshots.warc.gz")])]
    if args.heldout:
        sets.append((f"held-out policies ({Path(args.heldout).name})", True, heldout_captures(Path(args.heldout))))
    sets.append(("non-policies: realpages-dev homepages and articles", False, realpages(root / "realpages-dev")))
    if args.realpages:
        sets.append((f"non-policies: {Path(args.realpages).name}", False, realpages(Path(args.realpages))))
    rows, notes = [], []
    for name, want, items in sets:
        wrong = judge(items, want)
        rows.append(f"| {name} | {'policy' if want else 'not a policy'} | {len(items) - len(wrong)} / {len(items)} |")
        notes += [f"- {name}: {w}" for w in wrong]
    body = "\n".join(["| pages | must read as | right |", "|---|---|---|", *rows]) + \
        ("\n\nJudged otherwise:\n\n" + "\n".join(notes) if notes else "")
    print(body)
    if args.write:
        replace_section("Candidate check", "`.venv/bin/python benchmarks/candidate_check.py` "
                        "(`crawler.discover.check_document`, the crawl's check of a candidate page).\n\n" + body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
