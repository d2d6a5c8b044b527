"""Policy check benchmark: does `archive.extract` tell a privacy policy from another page, in any language?

Every capture passes `checks.reads_as_policy` before it can become a version: a page that fails is kept
as a capture but rejected as `not_a_policy`. A check that does not know a language refuses every capture
of a policy in it (no version, ever); a check too easily pleased makes a homepage or an article served at
the policy's address a version. Measured on real pages nobody here wrote:

- **policies**: the curated privacy policies of five Open Terms Archive collections (`ota-doc-types`,
  `type == "Privacy Policy"`, their curated Markdown): how many read as policies; the others are listed;
- **other legal documents** of the same collections (terms, cookie policies...): how many read as
  policies, for information only (a terms page is rich in the same words, and telling it from a policy
  is the page-type classifier's task, not this check's);
- **non-policies**: the 144 real homepages and articles of `realpages-dev` (30 languages), through the
  whole `extract()`: how many read as a policy; those are listed with the page-type classifier's verdict,
  which judges such a page when it replaces a policy (`changes.is_not_legal`).

    .venv/bin/python benchmarks/policy_check.py [--data-root ../shared/data] [--write]

`--write` replaces the ## Policy check section of RESULTS.md.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.classify import classify_text  # noqa: E402
from archive.extract import ExtractionRejected, checks, extract  # noqa: E402
from benchmarks.common import replace_section  # noqa: E402
from benchmarks.extraction import find_root  # noqa: E402


def curated(root: Path):
    """(collection, service, type, text) of every curated document of ota-doc-types."""
    with gzip.open(root / "ota-doc-types" / "documents.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            yield d["collection"], d["service"], d["type"], d["text"]


def real_pages(root: Path):
    """(id, language, bytes, charset, url) of every page of realpages-dev."""
    base = root / "realpages-dev"
    for m in json.loads((base / "manifest.json").read_text()):
        yield m["id"], m["lang"], gzip.open(base / m["file"]).read(), m.get("charset") or "utf-8", m["page_url"]


def measure(root: Path) -> dict:
    pol, other = collections.Counter(), collections.Counter()
    refused = []
    for coll, service, kind, text in curated(root):
        ok, why = checks.reads_as_policy(text)
        if kind == "Privacy Policy":
            pol[coll, "all"] += 1
            pol[coll, "read"] += ok
            if not ok:
                refused.append(f"{coll}/{service} ({why})")
        else:
            other["all"] += 1
            other["read"] += ok
    accepted, langs, n = [], set(), 0
    for page_id, lang, body, charset, url in real_pages(root):
        n += 1
        langs.add(lang)
        try:
            ex = extract(body, f"text/html; charset={charset}", url)
        except ExtractionRejected:
            continue
        accepted.append(f"{page_id} ({classify_text(ex.markdown).type})")
    return {"policies": pol, "refused": refused, "other": other, "pages": n, "languages": len(langs),
            "accepted": accepted}


def render(r: dict) -> str:
    pol = r["policies"]
    colls = sorted({c for c, _ in pol})
    read, total = sum(pol[c, "read"] for c in colls), sum(pol[c, "all"] for c in colls)
    lines = ["| pages | read as a policy | |", "|---|---|---|",
             f"| curated privacy policies ({len(colls)} collections) | **{read} / {total}** | " +
             ", ".join(f"{c} {pol[c, 'read']}/{pol[c, 'all']}" for c in colls) + " |",
             f"| other curated legal documents | {r['other']['read']} / {r['other']['all']} | for information |",
             f"| real homepages and articles ({r['languages']} languages) | **{len(r['accepted'])} / {r['pages']}** | "
             "through the whole `extract()` |", "",
             "Policies refused: " + ("; ".join(r["refused"]) or "none") + ".", "",
             "Non-policies accepted, with the page-type classifier's verdict (which decides when such a page "
             "replaces a policy: `changes.is_not_legal`): " + (", ".join(r["accepted"]) or "none") + "."]
    return "\n".join(lines)


READING = """Every capture must read as a policy before it can become a version (`checks.reads_as_policy`: 80
words, three distinct terms of one language of the 45-language vocabulary the page-type classifier uses).
The refused "policies" are what their curators captured instead of, or around, the policy (a login page, a
documentation home, a one-line stub, site menus of over 20,000 characters before the policy, which
`extract()` removes before this check); the non-policies that read as policies are news articles about data
protection and a terms page, and the classifier tells each from a policy."""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-root", help="folder holding ota-doc-types and realpages-dev (default ../shared/data)")
    ap.add_argument("--write", action="store_true", help="replace the ## Policy check section of RESULTS.md")
    args = ap.parse_args(argv)
    root = find_root(args.data_root)
    for need in ("ota-doc-types/documents.jsonl.gz", "realpages-dev/manifest.json"):
        if not (root / need).is_file():
            sys.exit(f"{root / need}: not found (--data-root names the folder holding the data sets)")
    text = render(measure(root))
    print(text)
    if args.write:
        replace_section("Policy check",
                        f"{READING}\n\n{text}\n\n`.venv/bin/python benchmarks/policy_check.py --write`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
