"""Simulated hidden collections: the judged path (import-warc, export, the adjudicating scorer) on two
collections in Open Terms Archive's layout that nobody who wrote the rules had seen.

The project is judged on OTA collections of other industries and languages than its development sets. Two
helpers, each given only README.md and the development collections' *format* (not their pages, not the
code), wrote a generator of such a collection from their own knowledge of how those sites are built and of
what changes on them between visits, with the real edits recorded in a `truth.json`:

- `simulated/finance_asia`: banks, insurers and telecom operators in Japanese (Shift_JIS), Korean (EUC-KR),
  Thai, Vietnamese, Hindi, Indonesian, Brazilian Portuguese and English; 8 pages, 237 captures, 38 real
  edits (AEM, Liferay, Drupal, Next.js, Elementor, Salesforce; tickers, tabs, accordions, redesigns).
- `simulated/commerce_emea`: marketplaces, airlines, food delivery and games in Spanish, Italian, Dutch,
  Greek, Arabic, Hebrew, Swedish and Turkish; 8 pages, 234 captures, 40 real edits (Magento, Shopify-like,
  Angular, Gatsby, Zendesk; product widgets, regional tabs, a page of three documents).

Like OTA's snapshots, a capture is written whenever the page's bytes changed, so most captures differ from
the one before by noise only. Each run builds both collections afresh (the generators are seeded), imports
each with the archive in this checkout and scores the export with `../shared/tools/score_adjudicated.py`
and with the collection's own `compare.py` (versions against `truth.json`):

    .venv/bin/python benchmarks/simulated.py [--data-root ../shared/data] [--keep DIR]

(about a minute). The faults these collections showed at their first run are listed in RESULTS.md
("Simulated hidden collections"); since then they are development data for the rules they prompt.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
COLLECTIONS = ("finance_asia", "commerce_emea")


def run(name: str, out: Path, scorer: Path) -> str:
    """Build, import, export and score one collection in `out`; returns the two scorers' last lines."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    py = sys.executable
    src = HERE / "simulated" / name
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([py, str(src / "build.py"), str(out)], check=True, env=env, capture_output=True)
    cli = [py, "-c", "import sys; from crawler.cli import main; sys.argv[0] = 'policy-archive'; main()",
           "--db", str(out / "archive.db")]
    subprocess.run(cli + ["import-warc", str(out / "snapshots.warc.gz")], check=True, env=env,
                   capture_output=True)
    subprocess.run(cli + ["export", "--format", "jsonl", "--all-versions", "-o", str(out / "export.jsonl")],
                   check=True, env=env, capture_output=True)
    score = subprocess.run([py, str(scorer), "manifest.json", "snapshots.warc.gz", ".", "export.jsonl",
                            "--show", "40"], cwd=out, env=env, capture_output=True, text=True, check=True)
    compare = subprocess.run([py, str(src / "compare.py"), "export.jsonl"], cwd=out, env=env,
                             capture_output=True, text=True, check=True)
    return f"## {name}\n\n```\n{score.stdout.strip()}\n```\n\n```\n{compare.stdout.strip()}\n```\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-root", default=str(ROOT.parent / "shared" / "data"),
                    help="folder of the shared collections; the scorer is in its sibling tools/")
    ap.add_argument("--keep", help="build in this folder and keep it (default: a temporary folder)")
    args = ap.parse_args()
    scorer = Path(args.data_root).resolve().parent / "tools" / "score_adjudicated.py"
    if not scorer.is_file():
        sys.exit(f"error: no scorer at {scorer} (--data-root)")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(args.keep) if args.keep else Path(tmp)
        for name in COLLECTIONS:
            print(run(name, base / name, scorer), flush=True)


if __name__ == "__main__":
    main()
