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

    .venv/bin/python benchmarks/policy_check.py [--data-root ../shared/data] [--texts DIR] [--write]

`--write` replaces the ## Policy check section of RESULTS.md.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
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


_STRINGS = re.compile(r"`([^`]{20,})`|>([^<>{}]{3,})<|\"([^\"\n]{12,})\"|'([^'\n]{12,})'")
_CODE = re.compile(r"[{};=]|^[\w./@-]+$|className|px|rem")


def text_of(path: Path) -> tuple[str, str]:
    """(markdown, heading) of one file of the texts corpus: Markdown with its front matter read as the
    classifier reads it, HTML through the whole `extract()`, plain text as it is, and a page component's
    source (JSX, Blade, PHP: most of the corpus) by its string literals and element texts of two words or
    more: the words a reader sees, without the code. ExtractionRejected for an HTML page extract() refuses."""
    from archive.classify.features import markdown_text
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".html":
        ex = extract(raw.encode(), "text/html; charset=utf-8", "https://example.org/privacy")
        return ex.markdown, ex.title or ""
    if path.suffix == ".md":
        text, heading = markdown_text(raw)
        return text, heading
    if re.search(r"^\s*(import|export|const|function|<\?php|@extends|def |class )", raw, re.M):
        parts = []
        for m in _STRINGS.finditer(raw):
            t = next(g for g in m.groups() if g)
            if len(t.split()) >= 2 and not _CODE.search(t):
                parts.append(t.strip() if m.group(1) else " ".join(t.split()))
        raw = "\n\n".join(parts)
    return raw, next((line.strip() for line in raw.splitlines() if line.strip()), "")[:200]


def measure_texts(folder: Path) -> dict:
    """Real privacy policies and other legal texts in other languages (`manifest.jsonl`: file, lang, type,
    effective_date_iso): per language, how many policies read as policies, how many the page-type classifier
    calls privacy_policy, and how many stated dates are read."""
    from archive.extract import meta, normalise
    out = collections.defaultdict(collections.Counter)
    refused, called = [], []
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        path = folder.parent / d["file"] if not (folder / d["file"]).exists() else folder / d["file"]
        lang = d["lang"]
        try:
            markdown, heading = text_of(path)
        except ExtractionRejected as e:
            markdown, heading = "", f"({e.reason})"
        plain = normalise.plain_text(markdown)
        if d["type"] != "privacy_policy":
            out[lang]["other"] += 1
            out[lang]["other called a policy"] += classify_text(markdown, heading).type == "privacy_policy"
            continue
        out[lang]["policies"] += 1
        ok, why = checks.reads_as_policy(plain) if plain else (False, heading)
        out[lang]["read"] += ok
        if not ok:
            refused.append(f"{d['file']} ({why})")
        verdict = classify_text(markdown, heading, lang=meta.language(plain) if plain else None)
        out[lang]["called"] += verdict.type == "privacy_policy"
        if verdict.type != "privacy_policy":
            called.append(f"{d['file']}: {verdict.type} ({verdict.reason[:70]})")
        if d.get("effective_date_iso"):
            out[lang]["dated"] += 1
            out[lang]["date read"] += meta.declared_date(plain, meta.language(plain)) == d["effective_date_iso"]
    return {"langs": out, "refused": refused, "called": called}


def render_texts(r: dict) -> str:
    langs = r["langs"]
    total = collections.Counter()
    for c in langs.values():
        total.update(c)
    lines = ["| language | policies | read as a policy | classified privacy_policy | stated dates read | other legal "
             "texts called a policy |", "|---|---|---|---|---|---|"]
    for lang in sorted(langs):
        c = langs[lang]
        lines.append(f"| {lang} | {c['policies']} | {c['read']} | {c['called']} | {c['date read']} / {c['dated']} | "
                     f"{c['other called a policy']} / {c['other']} |")
    lines.append(f"| **all ({len(langs)})** | {total['policies']} | **{total['read']}** | {total['called']} | "
                 f"{total['date read']} / {total['dated']} | {total['other called a policy']} / {total['other']} |")
    return "\n".join(lines + ["", "Policies refused: " + ("; ".join(r["refused"]) or "none") + ".", "",
                               "Policies the classifier calls otherwise: " + ("; ".join(r["called"]) or "none") + "."])


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
             "replaces a policy: `changes.other_kind`): " + (", ".join(r["accepted"]) or "none") + "."]
    return "\n".join(lines)


READING = """Every capture must read as a policy before it can become a version (`checks.reads_as_policy`: 40
words, three distinct terms of one language of the 45-language vocabulary the page-type classifier uses).
The refused "policies" are what their curators captured instead of, or around, the policy (a login page, a
documentation home, a stub or notice whose few lines name fewer than three policy terms, site menus of over 20,000 characters before the policy, which
`extract()` removes before this check); the non-policies that read as policies are news articles about data
protection and a terms page, and the classifier tells each from a policy."""


TEXTS_READING = """Real privacy policies (and other legal texts) of organisations in 27 languages, mostly page
components of public websites' source repositories (React, Blade, PHP: read by their string literals) and
Markdown pages, copied verbatim from public code for this check and kept outside the repository (the first
16,000 characters each). Nothing here was developed on them; the classifier's model knows English and French
only, the vocabulary the rest, and a component whose heading is a CSS class name or a JSX expression gives
the classifier no title to read."""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-root", help="folder holding ota-doc-types and realpages-dev (default ../shared/data)")
    ap.add_argument("--write", action="store_true", help="replace the ## Policy check section of RESULTS.md")
    ap.add_argument("--texts", metavar="DIR", help="also a folder of real policy texts in other languages "
                    "(manifest.jsonl: file, lang, type, effective_date_iso), held out: not in the repository")
    args = ap.parse_args(argv)
    root = find_root(args.data_root)
    for need in ("ota-doc-types/documents.jsonl.gz", "realpages-dev/manifest.json"):
        if not (root / need).is_file():
            sys.exit(f"{root / need}: not found (--data-root names the folder holding the data sets)")
    text = render(measure(root))
    if args.texts:
        text += ("\n\n### Policies in other languages (held out)\n\n" + TEXTS_READING + "\n\n"
                 + render_texts(measure_texts(Path(args.texts))))
    print(text)
    if args.write:
        replace_section("Policy check",
                        f"{READING}\n\n{text}\n\n`.venv/bin/python benchmarks/policy_check.py --write`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
