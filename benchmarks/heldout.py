"""Held-out pages: extraction and change detection on real pages of collections never developed on.

Why: the development collections (`ota-dating`, `ota-genai-contrib`) have been read page by page; the
project is judged on other collections, of other industries and languages. This benchmark runs the real
import on pages of such collections and compares what we keep with what that collection's curators select.

Input (`--dir`): `index*.jsonl` files, one document a line,
    {"collection", "service", "doc", "url", "declaration": <path>, "versions": [{"commit", "file": <path>}]}
with the captures' HTML and the collection's declaration (Open Terms Archive format) at the paths given,
relative to the folder. The set measured in RESULTS.md was taken from Open Terms Archive's public
`*-snapshots` and `*-declarations` repositories; index.jsonl names each snapshot's commit.

Per document, each version is one capture of the declared URL (a day apart, in the index's order) in one
WARC, imported with `policy-archive import-warc` into a fresh archive. Reported:
- kept: captures that became or matched a version. Refusing a real policy loses it for good;
- text: token precision, recall and F1 of the version's words against the words of the region the
  curators' CSS selectors pick, read by the adjudicating scorer's own functions
  (`../shared/tools/score_adjudicated.py`); link targets and Markdown syntax aside, as the region's
  words have neither;
- change: for a document with several captures, whether a new version came exactly where the region's
  words changed (as the scorer reads them: its prose blocks of three words or more);
- the kinds of noise and of edit of `robustness.py`, applied to these templates.
A plain trafilatura loop is scored the same way in the same run. `--write` replaces the ## Held-out pages
section of RESULTS.md.

    .venv/bin/python benchmarks/heldout.py --dir DIR [--show N] [--json OUT] [--collection OUT] [--write]
"""
from __future__ import annotations

import argparse
import ast
import collections
import datetime as dt
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import types
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from common import CLI  # noqa: E402
from extraction import baseline_text, find_root, scorer_of  # noqa: E402

START = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
TOKEN = re.compile(r"\w+", re.U)
MARKUP = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)|[<>#*_`\[\]()|-]")  # link targets and Markdown syntax; a URL shown as
# a link's text is a word of the page, as in the region


def scorer_functions(path: Path) -> dict:
    """The scorer's own `region_words` and what it needs, without running the script (it scores at import)."""
    tree = ast.parse(path.read_text())
    keep = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))
            or (isinstance(n, ast.FunctionDef) and n.name in {"prose", "region_words"})
            or (isinstance(n, ast.Assign) and {t.id for t in n.targets if isinstance(t, ast.Name)} & {"INVIS", "BLOCKS"})]
    keep = [n for n in keep if not (isinstance(n, ast.ImportFrom) and n.module == "warcio.archiveiterator")]
    ns: dict = {}
    exec(compile(_Markers().visit(ast.Module(body=keep, type_ignores=[])), str(path), "exec"), ns)
    # the region's whole text, as the curators' Markdown holds it: `prose` keeps only innermost blocks of
    # three words or more (the scorer's test of a change), which leaves out text set beside child blocks
    # ...and each selected element once: "main section" also selects the sections inside the first
    whole = dict(ns, prose=lambda el: " ".join(el.text_content().split()), CSSSelector=_outermost(ns["CSSSelector"]))
    ns["region_text"] = types.FunctionType(ns["region_words"].__code__, whole)
    return ns


def _outermost(selector):
    def compile_(css):
        match = selector(css)

        def select(doc):
            found = match(doc)
            ids = {id(e) for e in found}
            return [e for e in found if not any(id(a) in ids for a in e.iterancestors())]
        return select
    return compile_


class _Markers(ast.NodeTransformer):
    """The scorer marks a range's ends with U+0001 and U+0002, which lxml refuses in text ("All strings must be
    XML compatible"), so every `startAfter`/`endBefore` declaration reads as nothing there; private-use
    characters mark them here."""

    def visit_Constant(self, node):
        if isinstance(node.value, str) and node.value in ("\x01", "\x02"):
            return ast.copy_location(ast.Constant("\ue000" if node.value == "\x01" else "\ue001"), node)
        return node


def prf(ours: str, region: str) -> tuple[float, float, float]:
    """Token precision, recall and F1 of `ours` against `region` (multisets of lower-cased words)."""
    a = collections.Counter(TOKEN.findall(ours.lower()))
    b = collections.Counter(TOKEN.findall(region.lower()))
    inter = sum((a & b).values())
    if not a or not b:
        return 0.0, 0.0, 0.0
    p, r = inter / sum(a.values()), inter / sum(b.values())
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _text(body: bytes) -> str | bytes:
    """The page as text for the region reader: lxml reads undeclared bytes as Latin-1, which would turn every
    accented word of a UTF-8 page into two tokens that match nothing."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return body
    return re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses text that declares its own encoding


def load(folder: Path) -> list[dict]:
    """Every document of the folder's `index*.jsonl` files, with its captures' bodies and declaration(s)."""
    indexes = sorted(folder.glob("index*.jsonl"))
    if not indexes:
        sys.exit(f"--dir {folder}: no index.jsonl (one document a line: service, url, declaration, versions)")
    docs = []
    for line in (line for index in indexes for line in index.read_text().splitlines()):
        if not line.strip():
            continue
        d = json.loads(line)
        same = next((x for x in docs if (x["service"], x["doc"]) == (d["service"], d["doc"])), None)
        if same:  # fetched twice: one document, every version once
            seen = {v["commit"] for v in same["versions"]}
            d["versions"] = same["versions"] + [v for v in d["versions"] if v["commit"] not in seen]
            docs.remove(same)
        d["url"] = d.get("url") or f"https://{re.sub(r'[^a-z0-9]+', '-', d['service'].lower())}.example/privacy"
        d["captures"] = [{"date": START + dt.timedelta(days=i), "body": (folder / v["file"]).read_bytes(),
                          "commit": v["commit"]} for i, v in enumerate(d["versions"])]
        d["decls"] = declarations(folder / d["declaration"], d["doc"]) if d.get("declaration") else []
        docs.append(d)
    return docs


def declarations(path: Path, doc: str) -> list[dict]:
    """The document's declaration now, then the ones it replaced (newest first): a capture's date is not known
    here, so the region is read with the first of them whose selectors match the page."""
    decl = json.loads(path.read_text())
    terms = (decl.get("terms") or decl.get("documents") or {}).get(doc) or {}  # "documents": the older format
    history = path.with_name(path.name.replace(".json", ".history.json"))
    past = json.loads(history.read_text()).get(doc, []) if history.is_file() else []
    past = [past] if isinstance(past, dict) else past  # older history files hold one entry, not a list
    out = [terms] + sorted(past, key=lambda h: h.get("validUntil", ""), reverse=True)
    return [t["combine"][0] if "combine" in t else t for t in out]


def write_warc(docs: list[dict], path: Path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for d in docs:
            for c in d["captures"]:
                http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                w.write_record(w.create_warc_record(
                    d["url"], "response", payload=io.BytesIO(c["body"]), http_headers=http,
                    warc_headers_dict={"WARC-Date": c["date"].strftime("%Y-%m-%dT%H:%M:%SZ")}))


def write_collection(docs: list[dict], out: Path) -> None:
    """The documents as a collection robustness.py reads: manifest (service, doc, url, snapshots), WARC and the
    declaration each capture's region was read with."""
    (out / "declarations").mkdir(parents=True, exist_ok=True)
    write_warc(docs, out / "snapshots.warc.gz")
    manifest = {}
    for d in docs:
        manifest[f'{d["service"]}/{d["doc"]}.html'] = {
            "service": d["service"], "doc": d["doc"], "url": d["url"], "gold": [],
            "snapshots": [{"snapshot": c["commit"], "date": c["date"].strftime("%Y-%m-%dT%H:%M:%SZ")}
                          for c in d["captures"]]}
        if d["decls"]:
            (out / "declarations" / f'{d["service"]}.json').write_text(json.dumps(
                {"name": d["service"], "terms": {d["doc"]: d["decls"][0]}}, ensure_ascii=False, indent=1))
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1))


def run_ours(docs: list[dict]) -> None:
    """Import every capture; set each capture's `ours` (version text in force, or None) and `outcome`."""
    with tempfile.TemporaryDirectory() as tmp:
        warc, db, export = Path(tmp) / "h.warc.gz", Path(tmp) / "a.db", Path(tmp) / "v.jsonl"
        write_warc(docs, warc)
        for args in (["import-warc", str(warc)], ["export", "--format", "jsonl", "--all-versions", "-o", str(export)]):
            r = subprocess.run([CLI, "--db", str(db), *args], capture_output=True, text=True)
            if r.returncode:
                sys.exit(f"{args[0]} failed: {r.stderr.strip()[-500:]}")
        rows = collections.defaultdict(list)
        for line in export.read_text().splitlines():
            r = json.loads(line)
            rows[r["url"]].append(r)
        con = sqlite3.connect(db)
        outcome = {(u, t[:10]): (o, why) for u, t, o, why in
                   con.execute("SELECT url, fetched_at, outcome, reason FROM captures")}
        con.close()
    for d in docs:
        vs = sorted(rows.get(d["url"], []), key=lambda r: r["first_seen"])
        for c in d["captures"]:
            day = c["date"].strftime("%Y-%m-%d")
            in_force = [r for r in vs if r["first_seen"][:10] <= day]
            c["ours"] = in_force[-1]["markdown"] if in_force else None
            c["version"] = in_force[-1]["first_seen"] if in_force else None
            c["outcome"] = outcome.get((d["url"], day), ("missing", None))


def evaluate(docs: list[dict], fns: dict, show: int) -> dict:
    region_words = fns["region_words"]
    rows, changes, kept = [], collections.Counter(), collections.Counter()
    for d in docs:
        ours_last, region_last = None, None
        for i, c in enumerate(d["captures"]):
            decl = next((x for x in d["decls"] if region_words(_text(c["body"]), x)), None)
            region = decl and region_words(_text(c["body"]), decl)
            whole = decl and fns["region_text"](_text(c["body"]), decl)
            base = baseline_text(c["body"], d["url"]) or ""
            ours = MARKUP.sub(" ", c["ours"] or "")
            kept["captures"] += 1
            kept["kept"] += c["ours"] is not None and c["outcome"][0] != "rejected"
            row = {"service": d["service"], "collection": d["collection"], "capture": i,
                   "outcome": "/".join(x for x in c["outcome"] if x), "region_words": len((whole or "").split())}
            if whole:
                row["ours"] = prf(ours, whole)
                row["baseline"] = prf(base, whole)
            rows.append(row)
            if i:
                real = None if region is None or region_last is None else region != region_last
                ours_new = c["version"] is not None and c["version"] != ours_last
                changes[(real, ours_new)] += 1
            region_last, ours_last = region, c["version"]
    scored = [r for r in rows if "ours" in r]
    mean = lambda k, j: sum(r[k][j] for r in scored) / len(scored) if scored else 0.0
    res = {"documents": len(docs), "captures": kept["captures"], "kept": kept["kept"], "scored": len(scored),
           "ours": [mean("ours", j) for j in range(3)], "baseline": [mean("baseline", j) for j in range(3)],
           "changes": {f"real={k[0]} ours={k[1]}": v for k, v in changes.items()}, "rows": rows}
    print("Each capture (cap: its place in the document's captures), worst F1 first, captures the curators' "
          "selectors do not read (-) last;\nwords: the words of the region they select; P/R/F1: our text's tokens "
          "against that region's.\n")
    print(f"{'service':28s} {'coll':10s} cap outcome              words   ours P/R/F1        trafilatura P/R/F1")
    for r in sorted(rows, key=lambda r: r["ours"][2] if "ours" in r else 2)[:show or len(rows)]:
        o = "/".join(f"{x:.2f}" for x in r["ours"]) if "ours" in r else "-"
        b = "/".join(f"{x:.2f}" for x in r["baseline"]) if "baseline" in r else "-"
        print(f"{r['service'][:28]:28s} {r['collection'][:10]:10s} {r['capture']:3d} {r['outcome'][:20]:20s} "
              f"{r['region_words']:6d}   {o:17s}  {b}")
    print(f"\n{res['documents']} documents, {res['captures']} captures: kept {res['kept']}; "
          f"scored against the curators' region: {res['scored']}")
    print("text P/R/F1  ours {:.3f} / {:.3f} / {:.3f}   trafilatura {:.3f} / {:.3f} / {:.3f}".format(
        *res["ours"], *res["baseline"]))
    names = {"real=True ours=True": "region changed, new version", "real=True ours=False": "region changed, MISSED",
             "real=False ours=True": "region unchanged, new version (false, or a change the prose reader skips)",
             "real=False ours=False": "region unchanged, no version",
             "real=None ours=True": "region unreadable, new version", "real=None ours=False": "region unreadable, none"}
    print("change decisions between consecutive captures of a document:")
    for key, n in sorted(res["changes"].items()):
        print(f"  {n:3d}  {names.get(key, key)}")
    return res


def robustness_on(folder: Path, workers: int) -> tuple[dict, int]:
    """`robustness.py`'s kinds on these pages (each capture a template): ({kind: failed/tried/fails}, pages)."""
    from concurrent.futures import ProcessPoolExecutor

    import robustness
    kinds = [*robustness.NOISE, *robustness.EDITS]
    with ProcessPoolExecutor(workers) as pool:
        results = list(pool.map(robustness.run_page, robustness.jobs_for(folder, kinds)))
    return robustness.summarise(results, kinds), sum("skipped" not in r for r in results)


def report(docs: list[dict], res: dict, rob: dict, pages: int) -> str:
    """The RESULTS.md section: the set, then kept / text / change decisions, then the robustness kinds."""
    import robustness
    by = collections.Counter(d["collection"] for d in docs)
    refused = collections.Counter(r["outcome"] for r in res["rows"] if r["outcome"].startswith("rejected"))
    ch = res["changes"]
    lines = [
        f"{res['documents']} documents at privacy-policy addresses ({', '.join(f'{k} {v}' for k, v in sorted(by.items()))}), "
        f"{res['captures']} captures, {sum(len(d['captures']) > 1 for d in docs)} documents with two.",
        "",
        "| figure | ours | plain trafilatura |", "|---|---|---|",
        f"| captures kept (a version made or matched) | {res['kept']} / {res['captures']} | |",
        "| refused | " + (", ".join(f"{k} {v}" for k, v in sorted(refused.items())) or "none") + " | |",
        "| text precision / recall / F1 against the curators' region (mean of {} captures) | {:.3f} / {:.3f} / {:.3f} | "
        "{:.3f} / {:.3f} / {:.3f} |".format(res["scored"], *res["ours"], *res["baseline"]),
        "| pairs of consecutive captures: region changed, new version made | {} of {} | |".format(ch.get("real=True ours=True", 0),
                                                                   ch.get("real=True ours=True", 0) +
                                                                   ch.get("real=True ours=False", 0)),
        "| pairs: region unchanged, no version made | {} of {} | |".format(ch.get("real=False ours=False", 0),
                                                                    ch.get("real=False ours=False", 0) +
                                                                    ch.get("real=False ours=True", 0)),
        "| pairs of consecutive captures whose region is unreadable (the selectors miss that template) | {} | |".format(
            ch.get("real=None ours=True", 0) + ch.get("real=None ours=False", 0)),
        "", "Kinds of noise and of edit (`robustness.py`) on these pages:", "",
        robustness.render({"held-out": rob}, {"held-out": pages}, 20)]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", required=True, help="folder holding index*.jsonl and the pages and declarations they name")
    ap.add_argument("--data-root", help="the shared data folder; the scorer is read from ../tools/score_adjudicated.py "
                                        "beside it (default ../shared/data)")
    ap.add_argument("--show", type=int, default=0, help="print only the N captures of lowest text F1 (default all)")
    ap.add_argument("--json", help="write the figures and every capture's row here")
    ap.add_argument("--collection", metavar="DIR", help="also write the pages as a collection in the layout of "
                    "../shared/data (manifest.json, snapshots.warc.gz, declarations/)")
    ap.add_argument("--workers", type=int, default=2, help="processes for the robustness kinds")
    ap.add_argument("--write", action="store_true", help="replace the ## Held-out pages section of RESULTS.md")
    a = ap.parse_args(argv)
    fns = scorer_functions(scorer_of(find_root(a.data_root)))
    docs = load(Path(a.dir))
    run_ours(docs)
    res = evaluate(docs, fns, a.show)
    if a.json:
        Path(a.json).write_text(json.dumps(res, indent=1, ensure_ascii=False))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(a.collection or tmp)
        write_collection(docs, folder)
        rob, pages = robustness_on(folder, a.workers)
    text = report(docs, res, rob, pages)
    print("\n" + text)
    if a.write:
        from common import replace_section
        head = __doc__.split("\n\n")[1].replace("\n", " ")
        replace_section("Held-out pages", f"{head}\n\n{text}\n\n`.venv/bin/python benchmarks/heldout.py --dir DIR "
                                          f"--write` (run {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
